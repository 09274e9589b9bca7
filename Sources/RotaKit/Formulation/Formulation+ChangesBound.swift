import MIP

/// A lower bound on a repair's changes that the LP relaxation cannot see: a pipeline whose
/// previous owners can no longer own it together must change at least one of them. Without it
/// GLPK proves "2 changes are the fewest" by branch-and-bound, which on 100 pipelines × 50 people
/// took 19 s; with it, the flows' start is proven optimal at once. See docs/Formulation.md.
extension Formulation {
    /// How many owner changes the repair needs beyond those the variable bounds already force
    /// (an open owner who is gone, leaving or fixed out is a change ``Model/leastValue(of:)``
    /// counts): one for each pipeline whose open owners could all be kept but whose kept pair
    /// would break a rule (the same person twice, or both away in one week under
    /// pipeline-coverage). The pipelines' changes are sums of different variables, so the bounds
    /// add up.
    ///
    /// Rotation changes need nothing more: an assignment whose holder is now away is already a
    /// constant 1 in the changes.
    func ownershipChangesBound(_ baseline: Baseline) -> Double {
        guard parts.contains(.ownership) else { return 0 }
        let names = input.people.map(\.name)
        let coverage = input.scenario.rules.pipelineCoverage && !relaxed.contains(.pipelineCoverage)
        var bound = 0
        for (l, pipeline) in input.scenario.pipelines.enumerated() where l < owner.count {
            guard let previous = baseline.owners(of: pipeline.name), !owner[l][0].isEmpty || !owner[l][1].isEmpty else { continue }
            let fixed = [pipeline.primary, pipeline.secondary]
            var pair: [Int] = []
            var forced = 0
            for (k, name) in [previous.primary, previous.secondary].enumerated() {
                if owner[l][k].isEmpty {
                    // A fixed owner: no change counted, but it is half the pair.
                    guard let p = fixed[k].flatMap({ names.firstIndex(of: $0) }) else { continue }
                    pair.append(p)
                } else if let p = names.firstIndex(of: name), model.variables[owner[l][k][p].index].upperBound != 0 {
                    pair.append(p)
                } else {
                    forced += 1
                }
            }
            if forced == 0, pair.count == 2, !canOwnTogether(pair[0], pair[1], coverage: coverage) { bound += 1 }
        }
        return Double(bound)
    }

    /// Whether `p` and `q` may be a pipeline's two owners: different people, and under
    /// pipeline-coverage never away in the same week.
    private func canOwnTogether(_ p: Int, _ q: Int, coverage: Bool) -> Bool {
        guard p != q else { return false }
        guard coverage else { return true }
        return !(0..<input.weeks).contains { input.awayInWeek[p][$0] && input.awayInWeek[q][$0] }
    }
}
