import RotaKit
import TestSupport
import Testing

/// `rota swap`: who could take a person's week, every candidate judged by the checker.
@Suite("Swap search")
struct SwapSearchTests {
    typealias F = CheckerFixture

    /// Every candidate: the asked-for week leaves the person, the checker finds nothing, the moves
    /// are what the diff shows, and the list is in rank order.
    static func expectSound(_ found: [SwapCandidate], scenario: Scenario, person: String, week: Int) {
        for candidate in found {
            #expect(candidate.schedule.weeks.first { $0.week == week }?.oncall.values.contains(person) == false)
            #expect(Checker.check(schedule: candidate.schedule, scenario: scenario).violations.map(\.message) == [])
            #expect(candidate.diff.changes.filter { $0.kind == .week }.count == candidate.moves.count)
            #expect(candidate.diff.changes.allSatisfy { $0.cause == .swap })
            #expect(candidate.people.contains(person))
            #expect(candidate.moves.count == (candidate.kind == .direct ? 2 : 3))
        }
        for (a, b) in zip(found, found.dropFirst()) {
            #expect(a.largestDeviationMove <= b.largestDeviationMove)
        }
    }

    @Test("the seed: Alice's week 9 can go by direct swaps that move nobody's deviation")
    func seed() throws {
        let scenario = try SeedFixtures.seed()
        let plan = try SeedFixtures.plan2027()
        let found = try SwapSearch(schedule: plan, scenario: scenario).candidates(person: "Alice", week: 9, limit: 5)
        #expect(found.count == 5)
        #expect(found.allSatisfy { $0.kind == .direct && $0.largestDeviationMove == 0 })
        Self.expectSound(found, scenario: scenario, person: "Alice", week: 9)
    }

    @Test("no direct swap works, one cycle of three does, and it is found")
    func cycle() throws {
        // Ann, Ben, Cat, Ann, Ben, Cat. Ann gives up week 4; she is away in Ben's weeks (2, 5) and
        // Cat is away in week 4, so no direct swap works. Ben takes 4, Cat takes Ben's 5, Ann
        // takes Cat's 6; every other cycle breaks the rest rule.
        func week(_ n: Int) -> DayRange { DayRange(F.start.adding(days: 7 * (n - 1)), F.start.adding(days: 7 * n - 1)) }
        let scenario = F.scenario([
            Person(name: "Ann", away: [week(2), week(5)]), Person(name: "Ben"), Person(name: "Cat", away: [week(4)]),
        ])
        let plan = F.schedule(scenario, primaries: F.rotation)
        #expect(Checker.check(schedule: plan, scenario: scenario).violations.isEmpty)
        let found = try SwapSearch(schedule: plan, scenario: scenario).candidates(person: "Ann", week: 4)
        #expect(found.count == 1)
        let candidate = try #require(found.first)
        #expect(candidate.kind == .cycle)
        #expect(candidate.summary == "Ben takes week 4 (primary) from Ann; Cat takes week 5 (primary) from Ben; Ann takes week 6 (primary) from Cat")
        Self.expectSound(found, scenario: scenario, person: "Ann", week: 4)
    }

    @Test("a week the person does not hold, or a stranger: input errors naming what is wrong")
    func refused() throws {
        let search = try SwapSearch(schedule: SeedFixtures.plan2027(), scenario: SeedFixtures.seed())
        #expect {
            try search.candidates(person: "Alice", week: 10)
        } throws: { error in
            (error as? InputErrors)?.problems.first?.message.contains("Alice is not on call in week 10") == true
        }
        #expect {
            try search.candidates(person: "Alicia", week: 9)
        } throws: { error in
            (error as? InputErrors)?.problems.first?.hint == "did you mean \"Alice\"?"
        }
    }

    @Test("a generated team of 50 with two roles: candidates keep every invariant")
    func largeTeam() throws {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("generated-50p-52w-2r-100pl.yaml")).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let week = plan.weeks[27]
        let person = try #require(week.oncall[.secondary])
        let found = try SwapSearch(schedule: plan, scenario: scenario).candidates(person: person, week: week.week, limit: 4)
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.largestDeviationMove == 0 })
        Self.expectSound(found, scenario: scenario, person: person, week: week.week)
    }
}
