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
    /// add up. And when both ownership balances are tight and full (100 pipelines, 50 people:
    /// everyone owns exactly two of each), one forced change brings a second.
    ///
    /// Rotation changes need nothing more: an assignment whose holder is now away is already a
    /// constant 1 in the changes.
    func ownershipChangesBound(_ baseline: Baseline) -> Double {
        guard parts.contains(.ownership) else { return 0 }
        let names = input.people.map(\.name)
        let coverage = input.scenario.rules.pipelineCoverage && !relaxed.contains(.pipelineCoverage)
        var clashes: [Clash] = []
        var forcedByBounds = 0
        // What each owner would be if no open owner changed (fixed owners stay), for the balance.
        var kept: [[Int?]] = [[], []]
        for (l, pipeline) in input.scenario.pipelines.enumerated() where l < owner.count {
            let fixed = [pipeline.primary, pipeline.secondary].map { $0.flatMap { names.firstIndex(of: $0) } }
            let previous = baseline.owners(of: pipeline.name)
            var pair: [Int] = []
            var forced = 0
            for (k, name) in [previous?.primary, previous?.secondary].enumerated() {
                if owner[l][k].isEmpty {
                    // A fixed owner: no change counted, but it is half the pair.
                    kept[k].append(fixed[k])
                    if let p = fixed[k] { pair.append(p) }
                } else if let p = name.flatMap({ names.firstIndex(of: $0) }), model.variables[owner[l][k][p].index].upperBound != 0 {
                    kept[k].append(p)
                    pair.append(p)
                } else {
                    kept[k].append(nil)
                    if previous != nil { forced += 1 }
                }
            }
            guard previous != nil, !owner[l][0].isEmpty || !owner[l][1].isEmpty else { continue }
            forcedByBounds += forced
            if forced == 0, pair.count == 2, !canOwnTogether(pair[0], pair[1], coverage: coverage) {
                clashes.append(Clash(pipeline: l, owners: pair, open: (0..<2).filter { !owner[l][$0].isEmpty }))
            }
        }
        // With a balance tight and met by the owners kept, the changes in that slot form cycles
        // of people (whoever takes one on already has the most allowed, so gives one up): at
        // least two, and the cheapest ways to mend few clashing pipelines can be counted.
        let full = (0..<2).map { balanceIsFull(slot: $0, owners: kept[$0]) }
        var mends = clashes.count
        if forcedByBounds == 0, full.contains(true), (1...8).contains(clashes.count) { mends = cheapestMends(clashes, full: full, coverage: coverage) }
        // Every owner change moves one pipeline to one person: at least as many changes as people
        // short of the balance's least count (someone joining), or over its most.
        // (A pipeline new to the scenario takes owners without counting a change: then none of this.)
        let allKnown = input.scenario.pipelines.allSatisfy { baseline.owners(of: $0.name) != nil }
        let rebalance = allKnown ? (0..<2).reduce(0) { $0 + rebalancing(slot: $1, owners: kept[$1]) } : 0
        return Double(max(mends + forcedByBounds, rebalance) - forcedByBounds)
    }

    /// At least how many `slot` owners change to meet the ownership balance from `owners` (one
    /// per pipeline, `nil` where none is kept, which must change and counts here too): the
    /// pipelines the people below the least count lack, or those above the most count hold too
    /// many, or those without a kept owner, whichever is more.
    private func rebalancing(slot: Int, owners: [Int?]) -> Int {
        guard input.scenario.balancesOwners, !relaxed.contains(.ownership) else { return 0 }
        let eligible = OwnershipStart.eligible(input)
        let pipelines = input.scenario.pipelines.count
        guard !eligible.isEmpty, owners.count == pipelines else { return 0 }
        let least = pipelines / eligible.count
        let most = (pipelines + eligible.count - 1) / eligible.count
        var counts = Array(repeating: 0, count: input.people.count)
        for case let p? in owners { counts[p] += 1 }
        let short = eligible.reduce(0) { $0 + max(0, least - counts[$1]) }
        let over = eligible.reduce(0) { $0 + max(0, counts[$1] - most) }
        let unkept = owners.indices.filter { owners[$0] == nil && !owner[$0][slot].isEmpty }.count
        return max(short, over, unkept)
    }

    /// A pipeline whose kept owners (person indices, primary then secondary) cannot stay together.
    private struct Clash {
        var pipeline: Int
        var owners: [Int]
        /// The slots the scenario leaves open (0 primary, 1 secondary).
        var open: [Int]
    }

    /// The fewest owner changes that could mend every clash, slot by slot: each clash changes
    /// its primary, its secondary or both. In a slot whose balance is not full, each change
    /// counts one. In a full slot the changes form cycles of people, none of length one, so:
    /// one clash there costs at least 2; two cost 2 if they can swap their owners in that slot,
    /// 3 if only one of them can take the other's (a cycle of three), else 4; more cost one each.
    private func cheapestMends(_ clashes: [Clash], full: [Bool], coverage: Bool) -> Int {
        var best = Int.max
        var choice = Array(repeating: [Int](), count: clashes.count)
        func visit(_ index: Int) {
            if index == clashes.count {
                best = min(best, (0..<2).reduce(0) { $0 + cost(slot: $1, choice: choice) })
                return
            }
            let slots = clashes[index].open
            for option in slots.map({ [$0] }) + (slots.count == 2 ? [slots] : []) {
                choice[index] = option
                visit(index + 1)
            }
        }
        func cost(slot k: Int, choice: [[Int]]) -> Int {
            let mended = clashes.indices.filter { choice[$0].contains(k) }
            guard full[k] else { return mended.count }
            switch mended.count {
            case 0: return 0
            case 1: return 2
            case 2:
                let (i, j) = (mended[0], mended[1])
                // A clash that changes both owners is free to take anyone: count it as able.
                let iTakes = choice[i].count == 2 || takes(clashes[i], slot: k, clashes[j].owners[k], coverage: coverage)
                let jTakes = choice[j].count == 2 || takes(clashes[j], slot: k, clashes[i].owners[k], coverage: coverage)
                return iTakes && jTakes ? 2 : iTakes || jTakes ? 3 : 4
            default: return mended.count
            }
        }
        visit(0)
        return best
    }

    /// Whether `clash` mended by `person` taking its owner `slot` (the other owner kept) is allowed.
    private func takes(_ clash: Clash, slot k: Int, _ person: Int, coverage: Bool) -> Bool {
        guard model.variables[owner[clash.pipeline][k][person].index].upperBound != 0 else { return false }
        return canOwnTogether(person, clash.owners[1 - k], coverage: coverage)
    }

    /// Whether every person who may own pipelines already has the most `slot` owners the
    /// ownership balance allows, with `owners` (one per pipeline, `nil` where none is kept).
    /// Then whoever takes on one more must give one up.
    private func balanceIsFull(slot: Int, owners: [Int?]) -> Bool {
        guard input.scenario.balancesOwners, !relaxed.contains(.ownership) else { return false }
        let eligible = OwnershipStart.eligible(input)
        let pipelines = input.scenario.pipelines.count
        guard !eligible.isEmpty, owners.count == pipelines else { return false }
        let most = (pipelines + eligible.count - 1) / eligible.count
        var counts = Array(repeating: 0, count: input.people.count)
        for case let p? in owners { counts[p] += 1 }
        return eligible.allSatisfy { counts[$0] >= most }
    }

    /// Whether `p` and `q` may be a pipeline's two owners: different people, and under
    /// pipeline-coverage never away in the same week.
    private func canOwnTogether(_ p: Int, _ q: Int, coverage: Bool) -> Bool {
        guard p != q else { return false }
        guard coverage else { return true }
        return !(0..<input.weeks).contains { input.awayInWeek[p][$0] && input.awayInWeek[q][$0] }
    }
}
