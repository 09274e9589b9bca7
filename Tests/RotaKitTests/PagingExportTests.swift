import Foundation
import TestSupport
import Testing

@testable import RotaKit

/// Runs `scripts/paging_check.py`: the exports validated against PagerDuty's and Opsgenie's
/// published schemas (Tests/RotaKitTests/Fixtures/paging/), rendered as the vendors document, and
/// compared with the plan.
enum PagingOracle {
    /// Whether `python3` can import `jsonschema` and `hcl2` (python-hcl2); checked once.
    static let isAvailable: Bool = (try? PythonOracle.run(["-c", "import jsonschema, hcl2"]).status) == 0

    static let unavailable: Comment =
        "python3 with jsonschema and python-hcl2 is not installed (pip install jsonschema python-hcl2); the paging-tool schema and rendering checks are skipped"

    /// Writes the plan, the ids and the three exports to a fresh folder and runs the script on them.
    /// - Parameter responses: where the script writes the tools' GET responses for what the exports
    ///   render to (a temporary folder, removed, when `nil`).
    static func check(_ schedule: Schedule, scenario: Scenario, responses: URL? = nil) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-paging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ text: String) throws -> String {
            let url = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
        let ids = JSONValue.object(
            scenario.people.map { ($0.name, .object([("pagerduty", .string($0.pagerduty ?? "")), ("opsgenie", .string($0.opsgenie ?? ""))])) })
        let output = ScheduleOutput(schedule: schedule, scenario: scenario)
        let terraform = try output.pagingExport(as: .terraform)
        return try PythonOracle.run([
            "scripts/paging_check.py", "--plan", try write("plan.json", schedule.json()), "--ids", try write("ids.json", ids.rendered()),
            "--pagerduty", try write("pagerduty.json", try schedule.pagerDuty(scenario: scenario)),
            "--opsgenie", try write("opsgenie.json", try schedule.opsgenie(scenario: scenario)),
            "--terraform", try write("schedules.tf", terraform.text), "--terraform-overrides", try write("schedules.overrides.json", terraform.overrides ?? ""),
            "--responses", (responses ?? folder.appendingPathComponent("responses")).path,
        ])
    }
}

/// The round-robin sample of the iCalendar tests, with everyone's PagerDuty id and Opsgenie username.
enum PagingSample {
    static func scenario(weeks: Int = 52, roles: [Role] = [.primary], timezone: String = "America/New_York", handoff: String = "09:00") -> Scenario {
        var scenario = ICalendarSample.scenario(weeks: weeks, roles: roles, timezone: timezone, handoff: handoff)
        for index in scenario.people.indices {
            scenario.people[index].pagerduty = "P\(scenario.people[index].name.uppercased().prefix(4))0\(index)"
            scenario.people[index].opsgenie = scenario.people[index].email
        }
        return scenario
    }

    /// The round robin with some weeks handed to others: runs of weeks the layer gets wrong.
    static func irregular(_ scenario: Scenario) -> Schedule {
        var schedule = ICalendarSample.schedule(of: scenario)
        let people = ICalendarSample.people
        for (index, week) in [3, 4, 5, 11, 20, 21, 33].enumerated() where week < schedule.weeks.count {
            schedule.weeks[week].oncall[.primary] = people[index % 2 == 0 ? 0 : 3]
        }
        return schedule
    }
}

@Suite("Paging-tool exports, checked against the vendors' schemas and rendered back", .enabled(if: PagingOracle.isAvailable, PagingOracle.unavailable))
struct PagingOracleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var weeks: Int
        var roles: [Role]
        var timezone: String
        var handoff: String
        var irregular: Bool
        var testDescription: String {
            "\(weeks) weeks, \(roles.map(\.rawValue).joined(separator: "+")), \(timezone) \(handoff)\(irregular ? ", irregular" : "")"
        }
    }

    @Test(
        "every export validates and renders to the plan, every week and holiday cover",
        arguments: [
            Case(weeks: 52, roles: [.primary], timezone: "America/New_York", handoff: "09:00", irregular: false),
            Case(weeks: 52, roles: [.primary], timezone: "America/New_York", handoff: "09:00", irregular: true),
            Case(weeks: 104, roles: [.primary, .secondary], timezone: "Europe/Berlin", handoff: "10:30", irregular: true),
            Case(weeks: 60, roles: [.primary, .secondary], timezone: "Australia/Sydney", handoff: "00:00", irregular: false),
            Case(weeks: 20, roles: [.primary], timezone: "Asia/Kolkata", handoff: "23:30", irregular: true),
        ])
    func sample(_ example: Case) throws {
        let scenario = PagingSample.scenario(weeks: example.weeks, roles: example.roles, timezone: example.timezone, handoff: example.handoff)
        let schedule = example.irregular ? PagingSample.irregular(scenario) : ICalendarSample.schedule(of: scenario)
        let result = try PagingOracle.check(schedule, scenario: scenario)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the plan of Scenarios/paging-tools.yaml exports and renders back to itself")
    func pagingToolsScenario() throws {
        let (plan, scenario) = try PagingExportTests.planPagingTools()
        let result = try PagingOracle.check(plan, scenario: scenario)
        #expect(result.status == 0, "\(result.output)")
    }

    /// The plan exported, rendered by the script as the tools would, and read back from each response
    /// the script writes: the same weeks, holiday covers and verdict as the plan.
    static func roundTrip(_ plan: Schedule, scenario: Scenario, files: [String]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-paging-responses-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try PagingOracle.check(plan, scenario: scenario, responses: folder)
        try #require(result.status == 0, "\(result.output)")
        let verdict = Checker.check(schedule: plan, scenario: scenario)
        for file in files {
            let (read, notes) = try ScheduleReader.read(path: folder.appendingPathComponent(file).path, scenario: scenario)
            #expect(notes == [], "\(file)")
            #expect(read.weeks == plan.weeks, "\(file)")
            #expect(read.holidays.map { "\($0.date) \($0.name) \($0.cover)" } == plan.holidays.map { "\($0.date) \($0.name) \($0.cover)" }, "\(file)")
            let again = Checker.check(schedule: read, scenario: scenario)
            #expect(again.ok == verdict.ok, "\(file)")
            #expect(again.violations.map(\.message) == verdict.violations.map(\.message), "\(file)")
            #expect(again.warnings.map(\.message) == verdict.warnings.map(\.message), "\(file)")
            #expect(abs(again.metrics.team.maxDeviation - verdict.metrics.team.maxDeviation) < 1e-9, "\(file)")
        }
    }

    @Test("round trip: the plan of Scenarios/paging-tools.yaml read back from /oncalls and the Opsgenie timeline gets the plan's verdict")
    func roundTripTwoRoles() throws {
        let (plan, scenario) = try PagingExportTests.planPagingTools()
        try Self.roundTrip(plan, scenario: scenario, files: ["pagerduty-oncalls.json", "opsgenie-timeline.json"])
    }

    @Test("round trip: one role read back from GET /schedules/{id}, /oncalls and the timeline, in New York across changes of clocks")
    func roundTripOneRole() throws {
        let scenario = PagingSample.scenario(weeks: 52, handoff: "09:30")
        try Self.roundTrip(
            PagingSample.irregular(scenario), scenario: scenario,
            files: ["pagerduty-schedule-primary.json", "pagerduty-oncalls.json", "opsgenie-timeline.json"])
    }

    @Test("round trip: a period ending on a Wednesday, its short last week exported, rendered and read back as the plan has it")
    func roundTripShortLastWeek() throws {
        var scenario = try ScenarioReader.load(path: RotaPaths.scenario("paging-tools.yaml")).scenario
        let period = scenario.period
        scenario.period = Period(start: period.start, weeks: period.weeks, handoff: period.handoff, timezone: period.timezone, end: Day(iso: "2027-06-30"))
        let plan = try Planner().plan(PlanningInput(scenario: scenario, history: HistorySummary(schedules: [], before: scenario.period.start)))
        #expect(plan.weeks.last?.end == Day(iso: "2027-06-30"))
        try Self.roundTrip(plan, scenario: scenario, files: ["pagerduty-oncalls.json", "opsgenie-timeline.json"])
    }

    @Test("the checks catch a wrong layer order and a missing override")
    func catchesMistakes() throws {
        let scenario = PagingSample.scenario(weeks: 12)
        let schedule = PagingSample.irregular(scenario)
        var wrong = schedule
        wrong.weeks[7].oncall[.primary] = "Bob"  // the exports are of `schedule`, the plan given is `wrong`
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-paging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json")
        let ids = folder.appendingPathComponent("ids.json")
        let export = folder.appendingPathComponent("pagerduty.json")
        try Data(wrong.json().utf8).write(to: plan)
        try Data(JSONValue.object(scenario.people.map { ($0.name, .object([("pagerduty", .string($0.pagerduty!))])) }).rendered().utf8).write(to: ids)
        try Data(try schedule.pagerDuty(scenario: scenario).utf8).write(to: export)
        let result = try PythonOracle.run(["scripts/paging_check.py", "--plan", plan.path, "--ids", ids.path, "--pagerduty", export.path])
        #expect(result.status == 1)
        #expect(result.output.contains("pagerduty primary: rendered segment"), "\(result.output)")
    }
}

@Suite("Paging-tool exports")
struct PagingExportTests {
    static func planPagingTools() throws -> (Schedule, Scenario) {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("paging-tools.yaml")).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario, history: HistorySummary(schedules: [], before: scenario.period.start)))
        return (plan, scenario)
    }

    static func parsed(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("a round robin needs no week overrides: only the holiday covers, on the first role")
    func roundRobinLayer() throws {
        let scenario = PagingSample.scenario(weeks: 52, roles: [.primary, .secondary])
        let schedule = ICalendarSample.schedule(of: scenario)
        let timeline = PagingTimeline(schedule: schedule)
        let primary = PagerDutyLayer(role: .primary, timeline: timeline)
        #expect(primary.users == ["Alice", "Bob", "Charlie", "David"])
        #expect(primary.overrides == timeline.holidayShifts)
        let secondary = PagerDutyLayer(role: .secondary, timeline: timeline)
        #expect(secondary.users == ["Charlie", "David", "Alice", "Bob"])
        #expect(secondary.overrides.isEmpty)
    }

    @Test("weeks the layer gets wrong become overrides, a run of one person's weeks one override")
    func irregularLayer() throws {
        let scenario = PagingSample.scenario(weeks: 52)
        var schedule = PagingSample.irregular(scenario)
        schedule.weeks[40].oncall[.primary] = "Charlie"  // Alice's and Bob's turns: one override of two weeks
        schedule.weeks[41].oncall[.primary] = "Charlie"
        let timeline = PagingTimeline(schedule: schedule)
        let layer = PagerDutyLayer(role: .primary, timeline: timeline)
        #expect(layer.users == ["Alice", "Bob", "Charlie", "David"])
        let weekOverrides = layer.overrides.dropLast(timeline.holidayShifts.count)
        // Weeks 4–6 were David's, Alice's and Bob's turns; 22 Bob's; 34 Bob's; 41–42 Alice's and Bob's.
        #expect(
            weekOverrides.map { "\($0.start.day.iso) \($0.person)" } == [
                "2027-01-25 Alice", "2027-02-01 David", "2027-02-08 Alice", "2027-05-31 David", "2027-08-23 Alice", "2027-10-11 Charlie",
            ])
        #expect(weekOverrides.map { $0.start.day.days(to: $0.end.day) } == [7, 7, 7, 7, 7, 14])
        #expect(Array(layer.overrides.suffix(timeline.holidayShifts.count)) == timeline.holidayShifts)
    }

    @Test("times are RFC 3339 with the offset in force in the schedule's zone")
    func offsets() {
        let timeline = PagingTimeline(schedule: ICalendarSample.schedule(of: PagingSample.scenario(weeks: 52)))
        #expect(timeline.rfc3339(LocalDateTime(day: Day(iso: "2027-01-04")!, handoff: HandoffTime(hour: 9, minute: 0))) == "2027-01-04T09:00:00-05:00")
        #expect(timeline.rfc3339(LocalDateTime(day: Day(iso: "2027-07-05")!, handoff: HandoffTime(hour: 9, minute: 0))) == "2027-07-05T09:00:00-04:00")
        #expect(timeline.rfc3339(LocalDateTime(day: Day(iso: "2027-03-14")!, handoff: HandoffTime(hour: 2, minute: 30))) == "2027-03-14T03:30:00-04:00")
    }

    @Test("PagerDuty: one schedule per role with one weekly layer, the overrides beside it")
    func pagerDutyShape() throws {
        let scenario = PagingSample.scenario(weeks: 8, roles: [.primary, .secondary])
        let document = try Self.parsed(try ICalendarSample.schedule(of: scenario).pagerDuty(scenario: scenario))
        #expect(document["format"] as? String == "rota.pagerduty/1")
        let schedules = try #require(document["schedules"] as? [[String: Any]])
        #expect(schedules.map { $0["role"] as? String } == ["primary", "secondary"])
        #expect(schedules.map { $0["rotation"] as? String } == ["oncall", "oncall"])
        let create = try #require((schedules[0]["create"] as? [String: Any])?["schedule"] as? [String: Any])
        #expect(create["time_zone"] as? String == "America/New_York")
        let layer = try #require((create["schedule_layers"] as? [[String: Any]])?.first)
        #expect(layer["rotation_turn_length_seconds"] as? Int == 604_800)
        #expect(layer["rotation_virtual_start"] as? String == "2027-01-04T09:00:00-05:00")
        #expect(layer["end"] as? String == "2027-03-01T09:00:00-05:00")
    }

    @Test("a person without the id the format needs is named; without a scenario the export says where ids come from")
    func missingIds() throws {
        var scenario = PagingSample.scenario(weeks: 8)
        scenario.people[1].pagerduty = nil
        scenario.people[3].opsgenie = nil
        let schedule = ICalendarSample.schedule(of: scenario)
        #expect(throws: PagingExportError.self) { try schedule.pagerDuty(scenario: scenario) }
        do {
            _ = try schedule.pagerDuty(scenario: scenario)
        } catch {
            #expect(error.message == "rota: cannot write --format pagerduty: Bob has no pagerduty: id in the scenario (add `pagerduty: …` to that person)")
        }
        do {
            _ = try schedule.opsgenie(scenario: scenario)
        } catch {
            #expect(error.message.contains("David has no opsgenie: id"))
        }
        do {
            _ = try schedule.terraform(scenario: nil)
        } catch {
            #expect(error.message.contains("needs the scenario"))
        }
        #expect(throws: Never.self) { try schedule.opsgenie(scenario: PagingSample.scenario(weeks: 8)) }
    }

    @Test("Opsgenie refuses a handoff off the hour and half hour, with the reason")
    func opsgenieMinutes() throws {
        let scenario = PagingSample.scenario(weeks: 4, handoff: "09:15")
        let schedule = ICalendarSample.schedule(of: scenario)
        do {
            _ = try schedule.opsgenie(scenario: scenario)
            Issue.record("the export should refuse 09:15")
        } catch {
            #expect(error.message.contains("the handoff is 09:15, and Opsgenie takes rotation times only on the hour or half hour"))
        }
        #expect(throws: Never.self) { try schedule.pagerDuty(scenario: scenario) }
    }

    @Test("Opsgenie: participants are the weeks' holders in order; holiday covers are overrides of the first rotation")
    func opsgenieShape() throws {
        let scenario = PagingSample.scenario(weeks: 52, handoff: "09:30")
        let schedule = PagingSample.irregular(scenario)
        let document = try Self.parsed(try schedule.opsgenie(scenario: scenario))
        let rotation = try #require(((document["schedule"] as? [String: Any])?["rotations"] as? [[String: Any]])?.first)
        let usernames = (rotation["participants"] as? [[String: Any]])?.compactMap { $0["username"] as? String }
        #expect(usernames == schedule.weeks.map { "\($0.oncall[.primary]!.lowercased())@example.com" })
        let overrides = try #require(document["overrides"] as? [[String: Any]])
        #expect(overrides.count == schedule.holidays.count)
        #expect(overrides.first?["startDate"] as? String == "2027-05-31T00:00:00-04:00")
        #expect(overrides.first?["alias"] as? String == "rota-holiday-2027-05-31")
    }

    @Test("Opsgenie: two holidays on one date get distinct override aliases")
    func opsgenieAliases() throws {
        let scenario = PagingSample.scenario(weeks: 52)
        var schedule = ICalendarSample.schedule(of: scenario)
        var second = try #require(schedule.holidays.first)
        second.name = "Company Day"
        schedule.holidays.insert(second, at: 1)
        let overrides = try #require(try Self.parsed(try schedule.opsgenie(scenario: scenario))["overrides"] as? [[String: Any]])
        let aliases = overrides.compactMap { $0["alias"] as? String }
        #expect(aliases.count == schedule.holidays.count)
        #expect(Set(aliases).count == aliases.count)
        #expect(aliases.prefix(2) == ["rota-holiday-\(second.date.iso)", "rota-holiday-\(second.date.iso)-2"])
    }

    @Test("Terraform: names and strings are made safe for HCL")
    func hcl() {
        #expect(Schedule.hclString("a \"b\" \\ ${x} %{y}\n") == "\"a \\\"b\\\" \\\\ $${x} %%{y}\\n\"")
        var schedule = ICalendarSample.schedule(of: PagingSample.scenario(weeks: 2))
        schedule.team = "Équipe 1 — Données"
        #expect(schedule.terraformName(role: .primary) == "equipe_1_donnees_primary")
        schedule.team = "42"
        #expect(schedule.terraformName(role: .secondary) == "rota_42_secondary")
    }
}
