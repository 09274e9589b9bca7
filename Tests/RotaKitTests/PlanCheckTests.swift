import Foundation
import RotaKit
import TestSupport
import Testing

/// Every scenario in Scenarios/ is planned, and the plan re-verified by the checker, which shares
/// no code with the formulation: a plan that passes is right whatever the formulation gets wrong.
@Suite("Plans pass the independent checker")
struct PlanCheckTests {
    static let scenarios: [String] = {
        let folder = RotaPaths.path("Scenarios")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix("generated-") }.sorted()
    }()

    static func planAndCheck(_ path: String) throws -> (Schedule, CheckResult) {
        let scenario = try ScenarioReader.load(path: path).scenario
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let history = try scenario.history.map { try ScheduleReader.load(path: folder.appendingPathComponent($0).path, scenario: nil) }
        let plan = try Planner().plan(PlanningInput(scenario: scenario, history: HistorySummary(schedules: history, before: scenario.period.start)))
        return (plan, Checker.check(schedule: plan, scenario: scenario, history: history))
    }

    @Test("there are scenarios to plan")
    func found() {
        #expect(Self.scenarios.count >= 5)
    }

    @Test("the plan is optimal and passes every invariant", arguments: scenarios)
    func scenario(name: String) throws {
        let (plan, result) = try Self.planAndCheck(RotaPaths.scenario(name))
        #expect(plan.solver?.status == "optimal")
        #expect(result.violations.map(\.message) == [])
        #expect(result.ok)
        // The solver's largest deviation is the checker's, computed independently.
        #expect(abs((plan.solver?.objective ?? -1) - result.metrics.team.maxDeviation) < 1e-6)
    }

    @Test("a generated team of 50 with a fifth of its owners fixed: optimal, and the checker agrees")
    func generatedFifty() throws {
        let (plan, result) = try Self.planAndCheck(RotaPaths.scenario("generated-50p-52w-2r-100pl.yaml"))
        #expect(plan.solver?.status == "optimal")
        #expect(result.violations.map(\.message) == [])
        #expect(plan.pipelines.count == 100)
    }

    @Test("a repaired plan passes the check under the new away dates")
    func repaired() throws {
        let path = RotaPaths.scenario("two-roles.yaml")
        let scenario = try ScenarioReader.load(path: path).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let change = WhatIfChange.away(person: "Chen", dates: DayRange(Day(iso: "2027-09-06")!, Day(iso: "2027-09-19")!))
        let result = try Repair().repair(schedule: plan, scenario: scenario, changes: [change])
        let check = Checker.check(schedule: result.schedule, scenario: result.scenario)
        #expect(check.violations.map(\.message) == [])
        // The original plan fails under the new situation: the check can fail.
        let before = Checker.check(schedule: plan, scenario: result.scenario)
        #expect(!before.ok)
    }

    @Test("a person leaving mid-year: the repair passes the check with shares by weeks on the team")
    func leaver() throws {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let result = try Repair().repair(schedule: plan, scenario: scenario, changes: [.leaves(person: "David", date: Day(iso: "2027-07-05")!)])
        let check = Checker.check(schedule: result.schedule, scenario: result.scenario)
        #expect(check.violations.map(\.message) == [])
    }
}

/// Generated teams of many shapes: every plan passes the independent checker, and a two-week
/// absence is repaired with a handful of changes that also pass it.
@Suite("Generated scenarios pass the independent checker")
struct GeneratedPlanCheckTests {
    static let shapes: [ScenarioGenerator.Options] = (1...12).map { seed in
        ScenarioGenerator.Options(
            people: seed % 4 == 0 ? 6 + seed % 4 : 4 + seed % 6, weeks: seed % 3 == 0 ? 26 : 52, roles: seed % 4 == 0 ? 2 : 1, pipelines: 3 + seed % 7,
            awayRate: [0.0, 0.05, 0.1, 0.15][seed % 4], seed: UInt64(seed))
    }

    @Test("plan, then check", arguments: shapes)
    func generated(options: ScenarioGenerator.Options) throws {
        let generated = try ScenarioGenerator(options).generate()
        let scenario = generated.scenario
        // The YAML the generator writes reads back to the same scenario.
        #expect(try ScenarioReader.read(generated.yaml, file: "generated.yaml").scenario == scenario)
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let result = Checker.check(schedule: plan, scenario: scenario)
        #expect(result.violations.map(\.message) == [], "seed \(options.seed)")
        #expect(abs((plan.solver?.objective ?? -1) - result.metrics.team.maxDeviation) < 1e-6)

        // Someone away for two weeks in the middle: repaired, checked, a handful of changes.
        let person = scenario.people[Int(options.seed) % scenario.people.count].name
        let first = scenario.period.dates(ofWeek: scenario.period.weeks / 2).first
        let change = WhatIfChange.away(person: person, dates: DayRange(first, first.adding(days: 13)))
        let label = "generated seed \(options.seed) (\(scenario.people.count) people, \(scenario.period.weeks) weeks, \(scenario.rules.roles.count) roles)"
        do {
            let repaired = try Repair().repair(schedule: plan, scenario: scenario, changes: [change])
            #expect(Checker.check(schedule: repaired.schedule, scenario: repaired.scenario).violations.map(\.message) == [])
            #expect(repaired.diff.changes.count <= 12, "seed \(options.seed): \(repaired.diff.lines)")
            print("\(label): whatif \(person) away two weeks → \(repaired.diff.changes.count) changes")
        } catch PlanningError.infeasible(let conflicts) {
            // Small generated teams fix owners; an absence can leave a pipeline with both owners
            // away. That is a real conflict, and it must be named.
            #expect(!conflicts.isEmpty)
            #expect(conflicts.allSatisfy { !$0.message.isEmpty })
            print("\(label): whatif \(person) away two weeks → no plan: \(conflicts.map(\.description).joined(separator: "; "))")
        }
    }
}

@Suite("Leavers and owner balance")
struct LeaverOwnershipTests {
    @Test("a leaver in a scenario that balances owners: owners are spread over those who stay, and the check agrees")
    func balanced() throws {
        let scenario = try ScenarioReader.read(
            """
            period: { start: 2027-01-04, weeks: 26 }
            people: [A, B, C, { name: D, leaves: 2027-04-05 }]
            holidays: { calendar: none }
            pipelines: [{ name: P1 }, { name: P2 }, { name: P3 }, { name: P4, investors: true }, { name: P5, investors: true }, { name: P6 }]
            """, file: "leaver.yaml"
        ).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        #expect(!plan.pipelines.contains { $0.primary == "D" || $0.secondary == "D" })
        let primaries = Dictionary(grouping: plan.pipelines, by: \.primary).mapValues(\.count)
        #expect(primaries == ["A": 2, "B": 2, "C": 2])
        #expect(Checker.check(schedule: plan, scenario: scenario).violations.map(\.message) == [])
    }
}
