import MIP
import Testing

@testable import RotaKit

@Suite("What-if: the ownership changes' lower bound")
struct ChangesBoundTests {
    /// Ten people, ten open pipelines: everyone owns exactly one primary and one secondary.
    static func team() throws -> Scenario {
        try ScenarioGenerator(.init(people: 10, weeks: 26, pipelines: 10, seed: 3, fixedOwners: 0)).generate().scenario
    }

    @Test("both owners of a pipeline away in one week, balances full: at least two owners change, and two suffice")
    func bothOwnersAway() throws {
        let scenario = try Self.team()
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let owners = try #require(plan.pipelines.first)
        let week = DayRange(Day(iso: "2027-05-03")!, Day(iso: "2027-05-09")!)
        let changes: [WhatIfChange] = [.away(person: owners.primary, dates: week), .away(person: owners.secondary, dates: week)]
        let changed = try Repair.apply(changes, to: scenario)
        let firstOpen = Repair.firstOpenWeek(changes: changes, from: nil, period: scenario.period)
        let formulation = Formulation(
            PlanningInput(scenario: changed), baseline: Baseline(schedule: plan, firstOpenWeek: firstOpen), parts: [.ownership])
        let level = try #require(formulation.model.objectives.first { $0.name == Formulation.Level.changes.rawValue })
        #expect((level.lowerBound ?? 0) >= 2)

        let result = try Repair().repair(schedule: plan, scenario: scenario, changes: changes)
        #expect(result.schedule.solver?.status == "optimal")
        let ownerChanges = result.diff.changes.filter { $0.kind == .owner }
        #expect(ownerChanges.count >= 2)
        #expect(Double(ownerChanges.count) >= level.lowerBound ?? 0)
        #expect(Checker.check(schedule: result.schedule, scenario: result.scenario).violations.isEmpty)
    }

    @Test("someone joining must get a pipeline of each kind: the bound counts the balance's least count")
    func joiner() throws {
        let scenario = try ScenarioGenerator(.init(people: 10, weeks: 26, pipelines: 20, seed: 3, fixedOwners: 0)).generate().scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let changes: [WhatIfChange] = [.joins(person: "Newcomer", date: Day(iso: "2027-03-01")!, capacity: 1)]
        let changed = try Repair.apply(changes, to: scenario)
        let firstOpen = Repair.firstOpenWeek(changes: changes, from: nil, period: scenario.period)
        let formulation = Formulation(
            PlanningInput(scenario: changed), baseline: Baseline(schedule: plan, firstOpenWeek: firstOpen), parts: [.ownership])
        let level = try #require(formulation.model.objectives.first { $0.name == Formulation.Level.changes.rawValue })
        // 20 pipelines over 11 people: at least one primary and one secondary each, and the newcomer has none.
        #expect(level.lowerBound == 2)
    }
}
