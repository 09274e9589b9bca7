import Foundation
import MIP
import TestSupport
import Testing

@testable import RotaKit

@Suite("Bounded flows")
struct BoundedFlowTests {
    /// Items into bins: each item goes to exactly one allowed bin, each bin takes between its bounds.
    private static func assign(
        items: Int, bins: [ClosedRange<Int>], cost: (Int, Int) -> Int = { _, _ in 0 }, cheapest: Bool = false, allowed: (Int, Int) -> Bool
    ) -> [Int]? {
        var network = BoundedFlow()
        let source = network.addNode()
        let sink = network.addNode()
        let binNodes = bins.map { range in
            let node = network.addNode()
            network.addEdge(from: node, to: sink, lower: range.lowerBound, upper: range.upperBound)
            return node
        }
        var edges: [(item: Int, bin: Int, edge: Int)] = []
        for item in 0..<items {
            let node = network.addNode()
            network.addEdge(from: source, to: node, lower: 1, upper: 1)
            for bin in bins.indices where allowed(item, bin) {
                edges.append((item, bin, network.addEdge(from: node, to: binNodes[bin], upper: 1, cost: cost(item, bin))))
            }
        }
        guard let flow = network.feasibleFlow(source: source, sink: sink, cheapest: cheapest) else { return nil }
        var chosen = Array(repeating: -1, count: items)
        for edge in edges where flow[edge.edge] == 1 { chosen[edge.item] = edge.bin }
        return chosen
    }

    /// Every way to put `items` items into `bins` bins (at most 3^5 here).
    private static func everyAssignment(items: Int, bins: Int) -> [[Int]] {
        (0..<items).reduce([[]]) { partial, _ in partial.flatMap { prefix in (0..<bins).map { prefix + [$0] } } }
    }

    /// A random small instance: items, bins with bounds whose lower ends are at most `lowest`.
    private static func randomBins(_ generator: inout SplitMix, lowest: Int) -> (items: Int, bins: [ClosedRange<Int>]) {
        let items = Int.random(in: 1...5, using: &generator)
        let bins: [ClosedRange<Int>] = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
            let low = Int.random(in: 0...lowest, using: &generator)
            return low...(low + Int.random(in: 0...2, using: &generator))
        }
        return (items, bins)
    }

    @Test("a lower bound forces the only assignment that meets it")
    func forced() {
        // Bin 0 must take two items and only items 0 and 1 may go there; item 2 fits only bin 1.
        let chosen = Self.assign(items: 3, bins: [2...2, 0...3]) { item, bin in bin == 1 || item < 2 }
        #expect(chosen == [0, 0, 1])
    }

    @Test("bounds that cannot all be met give no flow")
    func infeasible() {
        #expect(Self.assign(items: 3, bins: [2...3, 2...3]) { _, _ in true } == nil)
        #expect(Self.assign(items: 2, bins: [0...1, 0...1]) { _, bin in bin == 0 } == nil)
    }

    @Test("on random small networks, a flow exists exactly when brute force finds an assignment, and it meets every bound")
    func randomAgainstBruteForce() {
        var generator = SplitMix(seed: 7)
        var outcomes: [Bool: Int] = [:]
        for _ in 0..<300 {
            let (items, bins) = Self.randomBins(&generator, lowest: 2)
            let binCount = bins.count
            let allowedTable = (0..<items).map { _ in (0..<binCount).map { _ in Int.random(in: 0..<4, using: &generator) > 0 } }
            let allowed = { (item: Int, bin: Int) in allowedTable[item][bin] }
            func valid(_ chosen: [Int]) -> Bool {
                chosen.enumerated().allSatisfy { $1 >= 0 && allowed($0, $1) }
                    && bins.indices.allSatisfy { bin in bins[bin].contains(chosen.filter { $0 == bin }.count) }
            }
            let exists = Self.everyAssignment(items: items, bins: binCount).contains(where: valid)
            outcomes[exists, default: 0] += 1
            let chosen = Self.assign(items: items, bins: bins, allowed: allowed)
            #expect((chosen != nil) == exists, "items \(items), bins \(bins), allowed \(allowedTable)")
            if let chosen { #expect(valid(chosen), "\(chosen) breaks a bound: bins \(bins), allowed \(allowedTable)") }
        }
        // Both answers occur often, so neither half of the claim goes untested.
        #expect(outcomes[true, default: 0] > 50 && outcomes[false, default: 0] > 50, "\(outcomes)")
    }

    @Test("the cheapest flow costs what the cheapest assignment brute force finds, on random small networks with costs")
    func cheapestAgainstBruteForce() {
        var generator = SplitMix(seed: 11)
        var nonzero = 0
        for _ in 0..<300 {
            let (items, bins) = Self.randomBins(&generator, lowest: 1)
            let binCount = bins.count
            let costs = (0..<items).map { _ in (0..<binCount).map { _ in Int.random(in: 0...3, using: &generator) } }
            let cheapest = Self.everyAssignment(items: items, bins: binCount)
                .filter { candidate in bins.indices.allSatisfy { bin in bins[bin].contains(candidate.filter { $0 == bin }.count) } }
                .map { candidate in candidate.enumerated().reduce(0) { $0 + costs[$1.offset][$1.element] } }
                .min()
            let chosen = Self.assign(items: items, bins: bins, cost: { costs[$0][$1] }, cheapest: true) { _, _ in true }
            #expect((chosen != nil) == (cheapest != nil))
            guard let chosen, let cheapest else { continue }
            let cost = chosen.enumerated().reduce(0) { $0 + costs[$1.offset][$1.element] }
            #expect(cost == cheapest, "costs \(costs), bins \(bins)")
            if cheapest > 0 { nonzero += 1 }
        }
        #expect(nonzero > 50)
    }
}

/// A small deterministic generator, so the random cases are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("A first ownership assignment")
struct OwnershipStartTests {
    private static func ownership(_ name: String) throws -> Formulation {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario(name)).scenario
        return Formulation(PlanningInput(scenario: scenario), parts: [.ownership])
    }

    @Test(
        "the start meets every ownership row, with owners fixed on part of the pipelines and away dates everywhere",
        arguments: ["data-pipelines.yaml", "generated-50p-52w-2r-100pl.yaml", "generated-100p-104w-2r-200pl.yaml"])
    func feasible(name: String) throws {
        let formulation = try Self.ownership(name)
        let start = try #require(formulation.model.startingValues)
        let broken = formulation.model.constraints.filter { !$0.isSatisfied(by: start) }.map(\.name)
        #expect(broken == [])
    }

    @Test("repairing, the start keeps every previous owner that still fits and changes as few as the flows can")
    func repairStart() throws {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("generated-50p-52w-2r-100pl.yaml")).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        // Nothing changed: the previous owners are the start, so the changes level is won at once.
        var start = Formulation(PlanningInput(scenario: scenario), baseline: Baseline(schedule: plan, firstOpenWeek: 1), parts: [.ownership])
        let values = try #require(start.model.startingValues)
        let names = scenario.people.map(\.name)
        for (l, pipeline) in plan.pipelines.enumerated() where !start.owner[l][0].isEmpty {
            #expect(values[start.owner[l][0][names.firstIndex(of: pipeline.primary)!].index] == 1)
        }
        // Someone leaves: only the pipelines they owned change in the start.
        var left = scenario
        left.people[0].leaves = Day(iso: "2027-06-01")
        left.ownerBalanceOverride = scenario.balancesOwners
        for l in left.pipelines.indices {
            if left.pipelines[l].primary == names[0] { left.pipelines[l].primary = nil }
            if left.pipelines[l].secondary == names[0] { left.pipelines[l].secondary = nil }
        }
        start = Formulation(PlanningInput(scenario: left), baseline: Baseline(schedule: plan, firstOpenWeek: 22), parts: [.ownership])
        let repaired = try #require(start.model.startingValues)
        #expect(start.model.constraints.filter { !$0.isSatisfied(by: repaired) }.map(\.name) == [])
        var changed = 0
        for (l, pipeline) in plan.pipelines.enumerated() {
            for (k, name) in [pipeline.primary, pipeline.secondary].enumerated() where !start.owner[l][k].isEmpty {
                if repaired[start.owner[l][k][names.firstIndex(of: name)!].index] != 1 { changed += 1 }
            }
        }
        let held = plan.pipelines.filter { $0.primary == names[0] }.count + plan.pipelines.filter { $0.secondary == names[0] }.count
        #expect(changed >= held)
        #expect(changed <= held + 4, "the start changes \(changed) owners for a leaver who held \(held)")
    }

    @Test("owners a scenario fixes beyond the balance leave no start, and the solver decides")
    func overfixed() throws {
        var scenario = try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario
        for l in scenario.pipelines.indices { scenario.pipelines[l].primary = scenario.people[0].name }
        scenario.pipelines[0].primary = nil
        let formulation = Formulation(PlanningInput(scenario: scenario), parts: [.ownership])
        #expect(formulation.model.startingValues == nil)
    }
}
