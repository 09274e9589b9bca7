import RotaKit
import TestSupport
import Testing

/// `--reassign-owners`: when an absence leaves both fixed owners of a pipeline away in the same
/// week, the smallest change of owners that clears it.
@Suite("Owner reassignment")
struct OwnerReassignmentTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// Alice away weeks 29–30 and Bob weeks 30–31: both owners of Profit are away in week 30.
    static let clash: [WhatIfChange] = [
        .away(person: "Alice", dates: DayRange(day("2027-07-19"), day("2027-08-01"))),
        .away(person: "Bob", dates: DayRange(day("2027-07-26"), day("2027-08-08"))),
    ]

    @Test("the seed with Profit's owners away together: without the flag, a pipeline-coverage conflict and a one-owner proposal")
    func proposal() throws {
        let seed = try SeedFixtures.seed()
        #expect {
            try Repair().repair(schedule: SeedFixtures.plan2027(), scenario: seed, changes: Self.clash)
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.contains { $0.rule == .rule(.pipelineCoverage) && $0.message.contains("Profit") }
        }
        let proposal = try #require(OwnerReassignment.propose(for: Repair.apply(Self.clash, to: seed)))
        #expect(proposal.moves.count == 1)
        let move = proposal.moves[0]
        #expect(move.pipeline == "Profit" && move.clash == [30] && move.formerOwners == ["Alice", "Bob"])
        #expect(["Alice", "Bob"].contains(move.from) && ["Charlie", "David"].contains(move.to))
        #expect(
            proposal.lines == ["Profit \(move.slot) owner: \(move.from) → \(move.to) from week 1, for the whole period (Alice and Bob both away in week 30)"])
    }

    @Test("with --reassign-owners the repaired plan keeps every invariant under the new owners, and the diff says why")
    func applied() throws {
        let seed = try SeedFixtures.seed()
        let result = try Repair().repair(schedule: SeedFixtures.plan2027(), scenario: seed, changes: Self.clash, reassignOwners: true)
        let proposal = try #require(result.reassignment)
        let move = proposal.moves[0]
        let owners = result.diff.changes.filter { $0.kind == .owner }
        #expect(owners.count == 1)
        #expect(owners.first?.cause == .bothOwnersAway)
        #expect(owners.first?.before == move.from && owners.first?.after == move.to)
        #expect(result.scenario.pipelines.first { $0.name == "Profit" }.map { [$0.primary, $0.secondary] }?.contains(move.to) == true)
        #expect(Checker.check(schedule: result.schedule, scenario: result.scenario).violations.map(\.message) == [])
        // Nothing before the first open week moves.
        let plan = try SeedFixtures.plan2027()
        for week in result.schedule.weeks where week.week < result.firstOpenWeek {
            #expect(week.oncall == plan.weeks[week.week - 1].oncall)
        }
    }

    @Test("nobody fits alone: both owners are replaced by two people never away together")
    func bothReplaced() throws {
        // Alice and Bob clash in week 1; Charlie clashes with each of them, David too, but Charlie
        // and David are never away together.
        func weeks(_ numbers: [Int]) -> [DayRange] {
            numbers.map { DayRange(Day(iso: "2027-01-04")!.adding(days: 7 * ($0 - 1))) }
        }
        let scenario = CheckerFixture.scenario(
            [
                Person(name: "Alice", away: weeks([1, 2])), Person(name: "Bob", away: weeks([1, 3])),
                Person(name: "Charlie", away: weeks([2, 3])), Person(name: "David", away: weeks([1])),
            ],
            pipelines: [Pipeline(name: "Profit", primary: "Alice", secondary: "Bob")])
        let proposal = try #require(OwnerReassignment.propose(for: scenario))
        #expect(proposal.moves.map(\.to).sorted() == ["Charlie", "David"])
        #expect(OwnerReassignment.propose(for: proposal.apply(to: scenario)) == nil)
    }

    @Test("no clash, no proposal")
    func none() throws {
        #expect(try OwnerReassignment.propose(for: SeedFixtures.seed()) == nil)
    }
}
