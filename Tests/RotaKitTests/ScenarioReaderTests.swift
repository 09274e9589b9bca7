import Foundation
import RotaKit
import TestSupport
import Testing

@Suite("Reading scenarios")
struct ScenarioReaderTests {
    static let minimal = """
        team: Data Engineering
        period: { start: 2027-01-04, weeks: 52 }
        people: [Alice, Bob, Charlie, David]
        """

    @Test("defaults follow PRODUCT.md")
    func defaults() throws {
        let scenario = try ScenarioReader.read(Self.minimal, file: "s.yaml").scenario
        #expect(scenario.rules.roles == [.primary])
        #expect(scenario.rules.minGapWeeks == 2)
        #expect(scenario.rules.holidayCover == .notWeekOwner)
        #expect(scenario.rules.pipelineCoverage)
        #expect(scenario.people.map(\.capacity) == [1, 1, 1, 1])
        #expect(scenario.period.handoff.description == "09:00")
        #expect(scenario.period.timezone == "UTC")
        #expect(scenario.holidays.calendar == .usFederal)
        #expect(scenario.period.end.iso == "2028-01-02")
    }

    @Test("the seed scenario reads with its owners and investor flags")
    func seed() throws {
        let loaded = try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml"))
        let scenario = loaded.scenario
        #expect(scenario.people.map(\.name) == ["Alice", "Bob", "Charlie", "David"])
        #expect(scenario.pipelines.count == 8)
        #expect(scenario.pipelines.filter(\.investors).map(\.name) == ["Aggregate Profit", "Aggregate Growth", "Aggregate Engagement"])
        #expect(scenario.pipelines[0].primary == "Alice" && scenario.pipelines[0].secondary == "Bob")
        #expect(!scenario.assignsOwners)
        #expect(loaded.warnings.isEmpty)
    }

    @Test("JSON is read by the same rules, with line numbers")
    func json() throws {
        let text = """
            {
              "team": "T",
              "period": {"start": "2027-01-04", "weeks": 4},
              "people": [{"name": "Alice"}, {"name": "Bob", "capacity": 0.5}],
              "rules": {"min-gap-weeks": 1}
            }
            """
        let scenario = try ScenarioReader.read(text, file: "s.json").scenario
        #expect(scenario.people[1].capacity == 0.5)
        #expect(scenario.rules.minGapWeeks == 1)
    }

    @Test("`end` instead of `weeks` gives whole weeks")
    func endDate() throws {
        let scenario = try ScenarioReader.read("period: { start: 2027-01-04, end: 2028-01-02 }\npeople: [A, B]", file: "s.yaml").scenario
        #expect(scenario.period.weeks == 52)
    }

    /// Every problem is reported at once, each naming the file, the line and the field.
    @Test("all problems at once, with file, line and field")
    func manyProblems() throws {
        let text = """
            team: T
            period:
              start: 2027-01-04
              weeks: 0
            people:
              - name: Alice
                away: [2027-02-30, 2027-07-18..2027-07-05]
              - name: Bob
                capacity: 1.5
              - name: Alice
            pipelines:
              - { name: Profit, primary: Charlee, secondary: Bob }
              - { name: Growth, primary: Bobb }
            rules:
              roles: [primary, secondry]
              holiday-cover: nobody
            colour: blue
            """
        let errors = #expect(throws: InputErrors.self) { try ScenarioReader.read(text, file: "team.yaml") }
        let messages = errors?.errors.map(\.description) ?? []
        let expected = [
            "team.yaml:4:10: error: period.weeks: the number of weeks must be between 1 and 520, found 0",
            "team.yaml:7:12: error: people[0].away[0]: \"2027-02-30\" is not a date: February 2027 has 28 days (write a date as YYYY-MM-DD or a range as YYYY-MM-DD..YYYY-MM-DD)",
            "team.yaml:7:24: error: people[0].away[1]: the range \"2027-07-18..2027-07-05\" ends before it starts (write it as 2027-07-05..2027-07-18)",
            "team.yaml:9:15: error: people[1].capacity: capacity must be more than 0 and at most 1 (a share of a full-time load), found 1.5",
            "team.yaml:10:11: error: people[2].name: \"Alice\" is listed twice (first on line 6) (names must be unique)",
            "team.yaml:12:30: error: pipelines[0].primary: \"Charlee\" is not in people",
            "team.yaml:13:30: error: pipelines[1].primary: \"Bobb\" is not in people (did you mean \"Bob\"?)",
            "team.yaml:15:20: error: rules.roles[1]: unknown role \"secondry\" (did you mean \"secondary\"?)",
            "team.yaml:16:18: error: rules.holiday-cover: unknown holiday-cover rule \"nobody\" (one of not-week-owner, week-owner, anyone)",
            "team.yaml:17:1: error: colour: unknown field \"colour\" in a scenario (known fields: \"team\", \"title\", \"period\", \"people\", \"holidays\", \"pipelines\", \"risks\", \"notes\", \"rules\", \"history\", \"away-calendar\")",
        ]
        for line in expected {
            #expect(messages.contains(line), "missing: \(line)\nall:\n\(messages.joined(separator: "\n"))")
        }
    }

    @Test("a YAML syntax error names the line")
    func syntax() throws {
        let errors = #expect(throws: InputErrors.self) { try ScenarioReader.read("team: T\npeople: [Alice, Bob\nperiod: x", file: "bad.yaml") }
        let problem = try #require(errors?.problems.first)
        #expect(problem.file == "bad.yaml")
        #expect(problem.line != nil)
        #expect(problem.message.hasPrefix("syntax error"))
    }

    @Test("more roles than people is refused")
    func moreRolesThanPeople() throws {
        let text = "period: { start: 2027-01-04, weeks: 4 }\npeople: [Alice]\nrules: { roles: [primary, secondary] }"
        let errors = #expect(throws: InputErrors.self) { try ScenarioReader.read(text, file: "s.yaml") }
        #expect(errors?.errors.contains { $0.message.contains("2 roles need at least 2 people, and the team has 1") } == true)
    }

    @Test("away dates outside the period are a warning, not an error")
    func awayOutside() throws {
        let text = "period: { start: 2027-01-04, weeks: 4 }\npeople: [{ name: Alice, away: [2026-01-01] }, Bob]"
        let loaded = try ScenarioReader.read(text, file: "s.yaml")
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings[0].message.contains("outside the period"))
    }

    @Test("an unknown holiday in `only` gets a suggestion")
    func unknownHoliday() throws {
        let text = "period: { start: 2027-01-04, weeks: 4 }\npeople: [A, B]\nholidays: { only: [Memorial Dya] }"
        let errors = #expect(throws: InputErrors.self) { try ScenarioReader.read(text, file: "s.yaml") }
        #expect(errors?.errors.first?.message == "\"Memorial Dya\" is not a holiday of the us-federal calendar; did you mean \"Memorial Day\"?")
        #expect(errors?.errors.first?.hint?.hasPrefix("the us-federal calendar has \"New Year's Day\", ") == true)
    }

    @Test("nicknames get the holiday they stand for, and the calendar's names: Xmas, July 4th")
    func holidayNicknames() throws {
        let text = "period: { start: 2027-01-04, weeks: 4 }\npeople: [A, B]\nholidays: { only: [July 4th], weights: { Xmas: 2 } }"
        let errors = try #require(#expect(throws: InputErrors.self) { try ScenarioReader.read(text, file: "s.yaml") })
        #expect(
            errors.errors.map(\.message) == [
                "\"July 4th\" is not a holiday of the us-federal calendar; did you mean \"Independence Day\"?",
                "no holiday called \"Xmas\"; did you mean \"Christmas Day\"?",
            ])
        #expect(errors.errors.allSatisfy { $0.hint?.contains("\"Christmas Day\"") == true && $0.hint?.contains("\"Labor Day\"") == true })
    }

    @Test("a tab in the YAML is named as a tab, with its file and line")
    func tab() throws {
        let text = "period: { start: 2027-01-04, weeks: 4 }\npeople:\n  - A\n\t- B\n"
        let errors = try #require(#expect(throws: InputErrors.self) { try ScenarioReader.read(text, file: "team.yaml") })
        #expect(
            errors.errors.first?.description
                == "team.yaml:4:1: error: a tab character in the indentation: YAML indents with spaces only (replace the tab with spaces)")
    }
}
