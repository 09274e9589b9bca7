import Foundation
import MIP
import Testing

@testable import RotaKit

@Suite("Bounded flows")
struct BoundedFlowTests {
    /// Items into bins: each item goes to exactly one allowed bin, each bin takes between its bounds.
    private static func assign(items: Int, bins: [ClosedRange<Int>], allowed: (Int, Int) -> Bool) -> [Int]? {
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
                edges.append((item, bin, network.addEdge(from: node, to: binNodes[bin], upper: 1)))
            }
        }
        guard let flow = network.feasibleFlow(source: source, sink: sink) else { return nil }
        var chosen = Array(repeating: -1, count: items)
        for edge in edges where flow[edge.edge] == 1 { chosen[edge.item] = edge.bin }
        return chosen
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
            let items = Int.random(in: 1...5, using: &generator)
            let binCount = Int.random(in: 1...3, using: &generator)
            let bins: [ClosedRange<Int>] = (0..<binCount).map { _ in
                let low = Int.random(in: 0...2, using: &generator)
                return low...(low + Int.random(in: 0...2, using: &generator))
            }
            let allowedTable = (0..<items).map { _ in (0..<binCount).map { _ in Int.random(in: 0..<4, using: &generator) > 0 } }
            let allowed = { (item: Int, bin: Int) in allowedTable[item][bin] }
            func valid(_ chosen: [Int]) -> Bool {
                chosen.enumerated().allSatisfy { $1 >= 0 && allowed($0, $1) }
                    && bins.indices.allSatisfy { bin in bins[bin].contains(chosen.filter { $0 == bin }.count) }
            }
            var exists = false
            var candidate = Array(repeating: 0, count: items)
            search: while true {
                if valid(candidate) {
                    exists = true
                    break
                }
                for i in 0..<items {
                    candidate[i] += 1
                    if candidate[i] < binCount { continue search }
                    candidate[i] = 0
                }
                break
            }
            outcomes[exists, default: 0] += 1
            let chosen = Self.assign(items: items, bins: bins, allowed: allowed)
            #expect((chosen != nil) == exists, "items \(items), bins \(bins), allowed \(allowedTable)")
            if let chosen { #expect(valid(chosen), "\(chosen) breaks a bound: bins \(bins), allowed \(allowedTable)") }
        }
        // Both answers occur often, so neither half of the claim goes untested.
        #expect(outcomes[true, default: 0] > 50 && outcomes[false, default: 0] > 50, "\(outcomes)")
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

    @Test("owners a scenario fixes beyond the balance leave no start, and the solver decides")
    func overfixed() throws {
        var scenario = try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario
        for l in scenario.pipelines.indices { scenario.pipelines[l].primary = scenario.people[0].name }
        scenario.pipelines[0].primary = nil
        let formulation = Formulation(PlanningInput(scenario: scenario), parts: [.ownership])
        #expect(formulation.model.startingValues == nil)
    }
}
