import RotaKit
import Testing

@Suite("Fairness metrics on hand-computed numbers")
struct MetricsTests {
    typealias F = CheckerFixture

    @Test(
        "Gini: Σ|xi − xj| ÷ (2 n² mean)",
        arguments: [([1.0, 1, 1, 1], 0.0), ([0.0, 0, 0, 4], 0.75), ([1.0, 2, 3, 4], 0.25), ([0.0, 4], 0.5), ([5.0], 0.0), ([0.0, 0], 0.0)]
            as [([Double], Double)])
    func gini(values: [Double], expected: Double) {
        #expect(abs(FairnessStatistics.gini(values) - expected) < 1e-9)
    }

    @Test("coefficient of variation and equity score")
    func variation() {
        #expect(FairnessStatistics.coefficientOfVariation([1, 1, 1, 1]) == 0)
        #expect(FairnessStatistics.equityScore([1, 1, 1, 1]) == 100)
        // Mean 2.5, population variance (2.25 + 0.25 + 0.25 + 2.25) ÷ 4 = 1.25.
        #expect(abs(FairnessStatistics.coefficientOfVariation([1, 2, 3, 4]) - 1.25.squareRoot() / 2.5) < 1e-9)
        #expect(abs(FairnessStatistics.equityScore([1, 2, 3, 4]) - 100 * (1 - 1.25.squareRoot() / 2.5)) < 1e-6)
        // Mean 1, variance (1 + 1 + 1 + 9) ÷ 4 = 3: CV √3 > 1, so the equity score stops at 0.
        #expect(abs(FairnessStatistics.coefficientOfVariation([0, 0, 0, 4]) - 3.0.squareRoot()) < 1e-9)
        #expect(FairnessStatistics.equityScore([0, 0, 0, 4]) == 0)
    }

    @Test("pairwise balance: mean over pairs of smaller ÷ larger")
    func pairwise() {
        #expect(FairnessStatistics.pairwiseBalance([3, 3, 3]) == 1)
        // Pairs 1/2, 1/3, 1/4, 2/3, 2/4, 3/4 sum to 3; six pairs.
        #expect(abs(FairnessStatistics.pairwiseBalance([1, 2, 3, 4]) - 0.5) < 1e-9)
        // Three pairs of zeros count as balanced, three pairs (0, 4) as 0.
        #expect(abs(FairnessStatistics.pairwiseBalance([0, 0, 0, 4]) - 0.5) < 1e-9)
        #expect(FairnessStatistics.spread([0, 0, 0, 4]) == 4)
    }

    @Test("per person: weeks, capacity-weighted share and load, gaps; team figures on load")
    func perPerson() {
        // Ann (capacity 1) and Ben (0.5) share 6 weeks 4 : 2, so both carry load 4.
        let scenario = F.scenario([Person(name: "Ann"), Person(name: "Ben", capacity: 0.5)], minGap: 1)
        let schedule = F.schedule(scenario, primaries: ["Ann", "Ann", "Ben", "Ann", "Ann", "Ben"])
        let metrics = Metrics(schedule: schedule, scenario: scenario)
        let ann = metrics.person("Ann")!, ben = metrics.person("Ben")!
        #expect(ann.weeks[.primary] == 4 && ben.weeks[.primary] == 2)
        #expect(ann.share[.primary] == 4 && ben.share[.primary] == 2)
        #expect(ann.load == 4 && ben.load == 4)
        #expect(ann.shortestGap == 1 && ann.longestGap == 2)
        #expect(ben.shortestGap == 3 && ben.longestGap == 3)
        #expect(metrics.team.gini == 0 && metrics.team.pairwiseBalance == 1 && metrics.team.fairLoad == 4)

        // Three weeks each instead: Ann 3 (−1), Ben 3 (+1) → loads 3 and 6.
        let even = Metrics(schedule: F.schedule(scenario, primaries: ["Ann", "Ben", "Ann", "Ben", "Ann", "Ben"]), scenario: scenario)
        #expect(even.person("Ann")!.deviation[.primary] == -1 && even.person("Ben")!.deviation[.primary] == 1)
        #expect(even.team.maxDeviation == 1 && even.team.spread == 3)
        // Gini of [3, 6]: |3 − 6| · 2 ÷ (2 · 4 · 4.5) = 1/6; pairwise 3/6 = 0.5.
        #expect(abs(even.team.gini - 1.0 / 6) < 1e-6 && even.team.pairwiseBalance == 0.5)
    }

    @Test("without a scenario the schedule's own people, capacities and holidays are used")
    func withoutScenario() {
        let scenario = F.scenario(
            F.abc, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))], pipelines: [Pipeline(name: "Ledger", investors: true)])
        let schedule = F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Ben"], owners: [("Ledger", "Cat", "Ann")])
        let metrics = Metrics(schedule: schedule)
        #expect(metrics.people.map(\.name) == ["Ann", "Ben", "Cat"])
        #expect(metrics.person("Ben")!.holidays == ["Founders Day"])
        #expect(metrics.person("Cat")!.investorPrimaries == 1 && metrics.person("Ann")!.investorPipelines == 1)
        #expect(metrics.team.maxDeviation == 0)
    }
}
