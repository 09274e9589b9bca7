import RotaKit
import TestSupport
import Testing

/// `whatif --alternatives K`: the K best distinct repairs, fairest first, then fewest changes.
@Suite("What-if alternatives")
struct AlternativesTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// Each alternative keeps every invariant and the frozen weeks, differs from the others, and
    /// the list is in order.
    static func expectSound(_ found: [Repair.Alternative], original: Schedule) {
        let diffs = found.map { Set($0.result.diff.lines) }
        #expect(Set(diffs).count == found.count, "alternatives repeat: \(diffs)")
        for alternative in found {
            let result = alternative.result
            #expect(Checker.check(schedule: result.schedule, scenario: result.scenario).violations.map(\.message) == [])
            for week in result.schedule.weeks where week.week < result.firstOpenWeek {
                #expect(week.oncall == original.weeks[week.week - 1].oncall)
            }
            #expect(alternative.people == Set(result.diff.changes.flatMap { [$0.before, $0.after] }).sorted())
        }
        for (a, b) in zip(found, found.dropFirst()) {
            // Fairness to a millionth, as the ranking compares it (sums differ in their last bits).
            let first = [a.after.largestDeviation, a.after.totalDeviation, a.after.holidaySpread, Double(a.result.diff.changes.count)].map {
                ($0 * 1e6).rounded()
            }
            let second = [b.after.largestDeviation, b.after.totalDeviation, b.after.holidaySpread, Double(b.result.diff.changes.count)].map {
                ($0 * 1e6).rounded()
            }
            #expect(!second.lexicographicallyPrecedes(first), "\(first) before \(second)")
        }
    }

    @Test("Bob away on the seed: three distinct repairs, the first being the repair itself")
    func seed() throws {
        let plan = try SeedFixtures.plan2027()
        let changes: [WhatIfChange] = [.away(person: "Bob", dates: DayRange(Self.day("2027-07-19"), Self.day("2027-08-01")))]
        let found = try Repair().alternatives(3, schedule: plan, scenario: SeedFixtures.seed(), changes: changes)
        #expect(found.count == 3)
        let best = try Repair().repair(schedule: plan, scenario: SeedFixtures.seed(), changes: changes)
        #expect(found[0].result.diff == best.diff)
        #expect(found.allSatisfy { $0.people.contains("Bob") })
        Self.expectSound(found, original: plan)
    }

    @Test("one alternative is the repair; nothing to change gives one however many are asked for")
    func edges() throws {
        let plan = try SeedFixtures.plan2027()
        let one = try Repair().alternatives(
            1, schedule: plan, scenario: SeedFixtures.seed(), changes: [.away(person: "Alice", dates: DayRange(Self.day("2027-03-01")))])
        #expect(one.count == 1)
        // Alice is not on call in week 40: nothing needs to move.
        let free = plan.weeks.first { $0.week > 30 && $0.oncall[.primary] != "Alice" }!
        let none = try Repair().alternatives(3, schedule: plan, scenario: SeedFixtures.seed(), changes: [.away(person: "Alice", dates: DayRange(free.start))])
        #expect(none.count == 1)
        #expect(none[0].result.diff.changes.isEmpty)
    }

    @Test("an owner both of whose pipelines' owners are away: alternatives differ in who takes the pipeline")
    func owners() throws {
        let (scenario, plan) = try WhatIfReasonTests.openOwners.get()
        let profit = try #require(plan.pipelines.first { $0.name == "Profit" })
        let changes: [WhatIfChange] = [
            .away(person: profit.primary, dates: DayRange(Self.day("2027-07-19"), Self.day("2027-08-01"))),
            .away(person: profit.secondary, dates: DayRange(Self.day("2027-07-26"), Self.day("2027-08-08"))),
        ]
        let found = try Repair().alternatives(3, schedule: plan, scenario: scenario, changes: changes)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.result.diff.changes.contains { $0.kind == .owner && $0.cause == .bothOwnersAway } })
        Self.expectSound(found, original: plan)
    }

    @Test("a week away on a generated team of 50: three distinct repairs, each keeping every invariant")
    func largeTeam() throws {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("generated-50p-52w-2r-100pl.yaml")).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        // A week someone is on call in which the co-owners of their pipelines are at work, so that
        // only the rotation needs repairing (the ownership part's own speed is not this test's business).
        func fits(_ person: Person, _ week: ScheduledWeek) -> Bool {
            let dates = DayRange(week.start, week.end)
            return (9...40).contains(week.week) && week.oncall.values.contains(person.name)
                && plan.pipelines.filter { [$0.primary, $0.secondary].contains(person.name) }.allSatisfy { owners in
                    let other = owners.primary == person.name ? owners.secondary : owners.primary
                    return scenario.person(named: other).map { !$0.isAway(during: dates) } ?? false
                }
        }
        let (person, week) = try #require(
            scenario.people.lazy.compactMap { person in plan.weeks.first { fits(person, $0) }.map { (person, $0) } }.first)
        let changes: [WhatIfChange] = [.away(person: person.name, dates: DayRange(week.start, week.end))]
        let found = try Repair().alternatives(3, schedule: plan, scenario: scenario, changes: changes)
        #expect(found.count == 3)
        Self.expectSound(found, original: plan)
    }
}
