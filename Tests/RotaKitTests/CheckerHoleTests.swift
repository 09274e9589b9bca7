import RotaKit
import Testing

/// The loose ends of `rota check` that an independent verifier found: a name that is not quite
/// a name, a hole in the schedule in any of its forms, one owner twice, dates that contradict the
/// period, fairness with leavers, and a period that ends inside a week.
@Suite("Checker: holes in any form, exact names, leavers' loads and short last weeks")
struct CheckerHoleTests {
    typealias F = CheckerFixture

    /// A `rota.schedule/1` document for Ann, Ben and Cat over 3 weeks from 2027-01-04, with
    /// `primaries` written as JSON values (`"\"Ann\""`, `"null"`).
    static func json(primaries: [String], people: [String] = ["Ann", "Ben", "Cat"], end: (week: Int, day: String)? = nil) -> String {
        let weeks = primaries.enumerated().map { index, value in
            let start = F.start.adding(days: 7 * index)
            let last = end?.week == index + 1 ? end!.day : start.adding(days: 6).iso
            return "{\"week\": \(index + 1), \"start\": \"\(start.iso)\", \"end\": \"\(last)\", \"oncall\": {\"primary\": \(value)}}"
        }
        return """
            {"format": "rota.schedule/1", "team": "Test",
             "period": {"start": "2027-01-04", "weeks": \(primaries.count)},
             "people": [\(people.map { "{\"name\": \"\($0)\"}" }.joined(separator: ", "))],
             "weeks": [\(weeks.joined(separator: ",\n"))],
             "holidays": [], "pipelines": []}
            """
    }

    // MARK: names

    @Test(
        "a name with a blank at either end, or a line break, is bad input, shown quoted and escaped",
        arguments: [
            ("Ann ", #"the name "Ann " ends with a space (names are matched exactly; write "Ann")"#),
            ("Ann\t", #"the name "Ann\t" ends with a tab (names are matched exactly; write "Ann")"#),
            ("Ann\u{A0}", #"the name "Ann\u{00A0}" ends with a non-breaking space (names are matched exactly; write "Ann")"#),
            ("Ann\n", #"the name "Ann\n" ends with a line break (names are matched exactly; write "Ann")"#),
            (" Ann", #"the name " Ann" starts with a space (names are matched exactly; write "Ann")"#),
        ])
    func blanksInNames(name: String, expected: String) throws {
        let escaped = name.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n")
        let text = Self.json(primaries: ["\"Ann\"", "\"\(escaped)\"", "\"Cat\""])
        let error = #expect(throws: InputErrors.self) { try ScheduleReader.readJSON(text, file: "s.json") }
        #expect(error?.errors.map(\.field) == ["weeks[1].oncall.primary"])
        #expect(error?.errors.map { $0.message + ($0.hint.map { " (\($0))" } ?? "") } == [expected])
    }

    @Test("a stranger's name with a line break is printed escaped, never raw")
    func strangerShownEscaped() {
        let scenario = F.scenario(F.abc, weeks: 3)
        let schedule = F.schedule(scenario, primaries: ["Ann", "Zed\n", "Cat"])
        let lines = Checker.check(schedule: schedule, scenario: scenario).violations.map(\.line)
        #expect(lines.allSatisfy { !$0.contains("\n") })
        #expect(lines.contains("coverage: week 2 (2027-01-11 – 01-17) has no primary from the team: \"Zed\\n\" is not a person of the scenario"))
    }

    // MARK: holes

    @Test("a null or empty role is a hole, a coverage violation like a missing role, not bad input")
    func nullAndEmptyRoles() throws {
        let scenario = F.scenario(F.abc, weeks: 3)
        for value in ["null", "\"\"", "\"  \""] {
            let schedule = try ScheduleReader.readJSON(Self.json(primaries: ["\"Ann\"", value, "\"Cat\""]), file: "s.json")
            let result = Checker.check(schedule: schedule, scenario: scenario)
            #expect(result.violations(of: .coverage).map(\.line) == ["coverage: week 2 (2027-01-11 – 01-17) has no primary"], "\(value)")
            #expect(!result.ok)
        }
    }

    @Test("a stranger holding a week is a coverage hole too: the invariants table no longer says coverage ok")
    func strangerIsAHole() {
        let scenario = F.scenario(F.abc)
        let result = Checker.check(schedule: F.schedule(scenario, primaries: ["Ann", "Ben", "Cat", "Ann", "Eve", "Cat"]), scenario: scenario)
        #expect(
            result.violations(of: .coverage).map(\.message) == [
                "week 5 (2027-02-01 – 02-07) has no primary from the team: Eve is not a person of the scenario"
            ])
        #expect(result.invariants.first { $0.rule == .coverage }?.status == .violated(1))
        #expect(result.violations(of: .consistency).map(\.message) == ["Eve holds week 5 in the schedule, but is not a person of the scenario"])
    }

    @Test("a stranger covering a holiday or owning a pipeline leaves a coverage hole as well")
    func strangerCoverAndOwner() {
        let scenario = F.scenario(F.abc, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))], pipelines: [Pipeline(name: "Profit")])
        let schedule = F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Eve"], owners: [("Profit", "Ann", "Eve")])
        let result = Checker.check(schedule: schedule, scenario: scenario)
        #expect(
            result.violations(of: .coverage).map(\.message) == [
                "Founders Day (Wed 2027-01-20) has no cover from the team: Eve is not a person of the scenario",
                "pipeline Profit has no secondary owner from the team: Eve is not a person of the scenario",
            ])
    }

    @Test("a week listed twice is a coverage violation that names the week")
    func weekTwice() {
        let scenario = F.scenario(F.abc)
        var schedule = F.schedule(scenario, primaries: F.rotation)
        var again = schedule.weeks[2]
        again.oncall[.primary] = "Ann"
        schedule.weeks.append(again)
        let result = Checker.check(schedule: schedule, scenario: scenario)
        #expect(
            result.violations.map(\.line) == [
                "coverage: week 3 (2027-01-18 – 01-24) is listed twice in the schedule (Cat, then Ann); a week has one entry, and only the first was judged"
            ])
        #expect(result.invariants.first { $0.rule == .coverage }?.status == .violated(1))
    }

    // MARK: pipelines

    @Test("pipeline-coverage: both owners the same away person leave the pipeline uncovered")
    func sameOwnerTwice() {
        let people = [Person(name: "Ann", away: [DayRange(F.day("2027-01-12"))]), Person(name: "Ben"), Person(name: "Cat")]
        let scenario = F.scenario(people, pipelines: [Pipeline(name: "Profit")])
        let schedule = F.schedule(scenario, primaries: ["Ann", "Ben", "Cat", "Ann", "Ben", "Cat"], owners: [("Profit", "Ann", "Ann")])
        let result = Checker.check(schedule: schedule, scenario: scenario)
        #expect(
            result.violations(of: .pipelineCoverage).map(\.message) == [
                "in week 2 (2027-01-11 – 01-17) no owner of Profit is available: Ann, its primary and secondary owner, is away 2027-01-12"
            ])
        #expect(result.violations(of: .distinct).count == 1)
    }

    // MARK: dates and the schedule's own people

    @Test("a week whose end contradicts its start is a violation that names the week")
    func endContradictsStart() throws {
        let scenario = F.scenario(F.abc, weeks: 3)
        let schedule = try ScheduleReader.readJSON(Self.json(primaries: ["\"Ann\"", "\"Ben\"", "\"Cat\""], end: (2, "2027-01-14")), file: "s.json")
        #expect(
            Checker.check(schedule: schedule, scenario: scenario).violations.map(\.line) == [
                "consistency: week 2 ends on Thu 2027-01-14, but the period's week 2 ends on Sun 2027-01-17"
            ])
    }

    @Test("someone on call who is missing from the schedule's own list of people is warned about")
    func missingFromPeople() throws {
        let scenario = F.scenario(F.abc, weeks: 3)
        let schedule = try ScheduleReader.readJSON(Self.json(primaries: ["\"Ann\"", "\"Ben\"", "\"Cat\""], people: ["Ann", "Ben"]), file: "s.json")
        let result = Checker.check(schedule: schedule, scenario: scenario)
        #expect(result.ok)
        #expect(
            result.warnings.map(\.line) == [
                "consistency: Cat is on call in week 3 but missing from the schedule's list of people; the scenario's record of Cat was used"
            ])
    }

    // MARK: fairness with a leaver

    @Test("a leaver's load is prorated: a fair plan no longer looks unfair")
    func leaverLoads() {
        // Dan leaves on Monday of week 5: weeks 1–4 are split four ways, weeks 5–8 three ways, so
        // the shares are 1 for Dan and 1 + 4/3 for the others; fair load 8 ÷ 4 = 2.
        let people = [Person(name: "Ann"), Person(name: "Ben"), Person(name: "Cat"), Person(name: "Dan", leaves: F.day("2027-02-01"))]
        let scenario = F.scenario(people, weeks: 8, minGap: 1)
        let schedule = F.schedule(scenario, primaries: ["Ann", "Ben", "Cat", "Dan", "Ann", "Ben", "Cat", "Ann"])
        let result = Checker.check(schedule: schedule, scenario: scenario)
        #expect(result.ok)
        let metrics = result.metrics
        #expect(metrics.people.map(\.load) == [2.571428571, 1.714285714, 1.714285714, 2])
        // Weeks ÷ capacity would give loads 3, 2, 2, 1: spread 2.
        #expect(metrics.team.spread == 0.857142857)
        #expect(metrics.loadMeaning == Metrics.proratedLoadDefinition)
        #expect(
            Checker.check(schedule: F.schedule(F.scenario(F.abc), primaries: F.rotation), scenario: F.scenario(F.abc)).metrics.loadMeaning
                == Metrics.loadDefinition)
    }

    // MARK: a period ending inside a week

    @Test("end: off a week boundary gives a short last week to the end date, planned and checked")
    func shortLastWeek() throws {
        let loaded = try ScenarioReader.read(
            "period: { start: 2027-01-04, end: 2027-12-31 }\npeople: [Ann, Ben, Cat, Dan]\nholidays: { calendar: none }", file: "s.yaml")
        #expect(loaded.warnings.isEmpty)
        let period = loaded.scenario.period
        #expect(period.weeks == 52)
        #expect(period.end == F.day("2027-12-31"))
        #expect(period.dates(ofWeek: 52) == DayRange(F.day("2027-12-27"), F.day("2027-12-31")))
        let plan = try Planner().plan(PlanningInput(scenario: loaded.scenario))
        #expect(plan.weeks.count == 52)
        #expect(plan.weeks.last?.end == F.day("2027-12-31"))
        #expect(plan.weeks.last?.oncall[.primary] != nil)
        #expect(Checker.check(schedule: plan, scenario: loaded.scenario).ok)
        // Read back from JSON, the short week keeps its end; without its week 52 it has a hole.
        let read = try ScheduleReader.readJSON(plan.json(), file: "plan.json")
        #expect(read.period == period)
        #expect(Checker.check(schedule: read, scenario: loaded.scenario).ok)
        // Through the one-table CSV, with and without the scenario, the short week is kept.
        let csv = plan.csv()
        #expect(csv.contains("52,2027-12-27,2027-12-31,"))
        let fromCSV = try ScheduleReader.readCSV(csv, file: "plan.csv", scenario: loaded.scenario)
        #expect(fromCSV.weeks.last?.end == F.day("2027-12-31"))
        #expect(Checker.check(schedule: fromCSV, scenario: loaded.scenario).ok)
        let bare = try ScheduleReader.readCSV(csv, file: "plan.csv", scenario: nil)
        #expect(bare.period.end == F.day("2027-12-31"))
        #expect(Checker.check(schedule: bare, scenario: loaded.scenario).ok)
        var cut = plan
        cut.weeks.removeLast()
        #expect(
            Checker.check(schedule: cut, scenario: loaded.scenario).violations(of: .coverage).map(\.line) == [
                "coverage: week 52 (2027-12-27 – 12-31) is missing from the schedule, so nobody is primary"
            ])
    }
}
