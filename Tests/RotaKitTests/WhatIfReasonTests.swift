import RotaKit
import TestSupport
import Testing

/// Every changed assignment of a what-if says why, by category and in words, and an owner change
/// says from which week it holds (a schedule keeps one pair of owners per pipeline, so week 1).
@Suite("What-if reasons")
struct WhatIfReasonTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// Five people, owners left to Rota, planned once.
    static let openOwners = Result { () throws -> (Scenario, Schedule) in
        let text = """
            team: Open owners
            period: { start: 2027-01-04, weeks: 52 }
            people: [{ name: Alice }, { name: Bob }, { name: Charlie }, { name: David }, { name: Erin }]
            holidays: { calendar: us-federal, only: [Memorial Day, Independence Day] }
            pipelines:
              - { name: Profit }
              - { name: Growth }
              - { name: Engagement }
              - { name: Revenue, investors: true }
              - { name: Churn }
            """
        let scenario = try ScenarioReader.read(text, file: "open.yaml").scenario
        return (scenario, try Planner().plan(PlanningInput(scenario: scenario)))
    }

    @Test("away: the week of the absence, then a rebalancing week")
    func awayAndRebalanced() throws {
        let result = try Repair().repair(
            schedule: SeedFixtures.plan2027(), scenario: SeedFixtures.seed(),
            changes: [.away(person: "Bob", dates: DayRange(Self.day("2027-07-19"), Self.day("2027-08-01")))])
        #expect(result.diff.changes.map(\.cause) == [.away, .rebalanced])
        #expect(result.diff.changes.map(\.reason) == ["Bob away", "rebalanced"])
        #expect(result.diff.people == ["Bob", "David"])
    }

    @Test("left: a leaver's weeks and pipelines, each owner change from week 1 for the whole period")
    func left() throws {
        let result = try Repair().repair(
            schedule: SeedFixtures.plan2027(), scenario: SeedFixtures.seed(), changes: [.leaves(person: "David", date: Self.day("2027-07-05"))])
        let owners = result.diff.changes.filter { $0.kind == .owner }
        #expect(!owners.isEmpty)
        #expect(owners.allSatisfy { $0.cause == .left && $0.reason == "David left" && $0.fromWeek == 1 })
        #expect(result.diff.changes.filter { $0.before == "David" }.allSatisfy { $0.cause == .left })
        let line = try #require(result.diff.lines.first { $0.hasPrefix("Growth primary owner") })
        #expect(line == "Growth primary owner: David → \(owners.first { $0.name == "Growth" }!.after) from week 1, for the whole period (David left)")
    }

    @Test("joined: weeks handed to a newcomer say so")
    func joined() throws {
        let result = try Repair().repair(
            schedule: SeedFixtures.plan2027(), scenario: SeedFixtures.seed(),
            changes: [.joins(person: "Frank", date: Self.day("2027-03-01"), capacity: 1)])
        #expect(!result.diff.changes.isEmpty)
        #expect(result.diff.changes.allSatisfy { $0.after == "Frank" && $0.cause == .joined && $0.reason == "Frank joined" })
    }

    @Test("both owners away: the owner Rota assigned is replaced, and the diff names the pair and the week")
    func bothOwnersAway() throws {
        let (scenario, plan) = try Self.openOwners.get()
        let profit = try #require(plan.pipelines.first { $0.name == "Profit" })
        let changes: [WhatIfChange] = [
            .away(person: profit.primary, dates: DayRange(Self.day("2027-07-19"), Self.day("2027-08-01"))),
            .away(person: profit.secondary, dates: DayRange(Self.day("2027-07-26"), Self.day("2027-08-08"))),
        ]
        let result = try Repair().repair(schedule: plan, scenario: scenario, changes: changes)
        let change = try #require(result.diff.changes.first { $0.kind == .owner && $0.name == "Profit" })
        #expect(change.cause == .bothOwnersAway)
        #expect(change.reason == "\(profit.primary) and \(profit.secondary) both away in week 30")
        #expect(change.fromWeek == 1)
        #expect(Checker.check(schedule: result.schedule, scenario: result.scenario).violations.map(\.message) == [])
    }

    @Test("the JSON diff carries the cause, and an owner change its first week")
    func json() throws {
        let result = try Repair().repair(
            schedule: SeedFixtures.plan2027(), scenario: SeedFixtures.seed(), changes: [.leaves(person: "David", date: Self.day("2027-07-05"))])
        let text = result.diff.jsonValue.rendered()
        #expect(text.contains("\"reason\": \"David left\", \"cause\": \"left\""))
        #expect(text.contains("\"from_week\": 1"))
    }
}
