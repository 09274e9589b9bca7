import Foundation
import RotaKit
import Testing

/// Every scenario in Scenarios/ is planned, and the plan re-verified by the checker, which shares
/// no code with the formulation: a plan that passes is right whatever the formulation gets wrong.
@Suite("Plans pass the independent checker")
struct PlanCheckTests {
    static let scenarios: [String] = {
        let folder = RotaPaths.root + "/Scenarios"
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
