import MIP

/// A first assignment of the open pipeline owners, built as two bounded flows and handed to the
/// solver as its starting plan: the ownership program's rows (balanced counts, distinct owners,
/// an owner at work every week) are easy to meet by construction and slow for branch-and-bound
/// to stumble on, in particular when some owners are fixed.
///
/// 1. Primaries: each pipeline with an open primary sends one unit to a person who may own it
///    (eligible, not its fixed secondary, never away in a week its fixed secondary is away).
///    Investor pipelines pass through a per-person node bounded by the investor-primary balance;
///    each person's total is bounded by the primary balance, less the pipelines fixed to them.
/// 2. Secondaries: likewise, with the primaries now known: a secondary differs from the
///    pipeline's primary and is never away in a week the primary is.
///
/// Each stage is exact (a flow exists whenever an assignment does); together they are a
/// heuristic, since other primaries might leave room for secondaries where these do not. When
/// the second stage fails, the pair is tried again: people who clash least first, secondaries
/// before primaries, then a few seeded shuffles (``Strategy``). The solver checks the result
/// against every row before using it, so a dead end costs only the construction time.
struct OwnershipStart {
    let input: PlanningInput
    /// `owner[l][k][p]` of the formulation; empty for fixed owners.
    let owner: [[[Variable]]]
    let variableCount: Int
    /// `preferred[l]`: the primary and secondary (person indices) a repaired plan had, tried first
    /// so the start changes few owners; empty when planning afresh.
    var preferred: [(primary: Int?, secondary: Int?)] = []

    /// People who can own pipelines: everyone but those leaving during the period.
    static func eligible(_ input: PlanningInput) -> [Int] {
        input.people.indices.filter { p in
            input.people[p].leaves.map { $0 > input.scenario.period.end } ?? true
        }
    }

    /// A value per model variable, or `nil` when no assignment was found.
    func values() -> [Double]? {
        let scenario = input.scenario
        guard !scenario.pipelines.isEmpty else { return nil }
        let conflicts = Conflicts(input: input)
        let names = input.people.map(\.name)
        let fixed = Owners(
            primary: scenario.pipelines.map { $0.primary.flatMap { names.firstIndex(of: $0) } },
            secondary: scenario.pipelines.map { $0.secondary.flatMap { names.firstIndex(of: $0) } })
        // When repairing, the previous owners that still fit are kept and only the rest assigned;
        // or only the previous primaries, or only the secondaries; or none, with the flows
        // changing as few owners as they can. The start that changes fewest wins.
        var attempts = [fixed]
        if !preferred.isEmpty {
            attempts.insert(
                contentsOf: [(true, true), (true, false), (false, true)].map { kept(fixed, conflicts: conflicts, primaries: $0, secondaries: $1) },
                at: 0)
        }
        var best: (changes: Int, primaries: [Int], secondaries: [Int])?
        for owners in attempts {
            guard let found = assign(owners, conflicts: conflicts) else { continue }
            let changes = changed(primaries: found.primaries, secondaries: found.secondaries)
            if best.map({ changes < $0.changes }) ?? true { best = (changes, found.primaries, found.secondaries) }
            if changes == 0 || preferred.isEmpty { break }
        }
        return best.map { encode(primaries: $0.primaries, secondaries: $0.secondaries) }
    }

    /// Every pipeline's primary and secondary, with `owners` kept, from the first strategy that
    /// finds them.
    private func assign(_ owners: Owners, conflicts: Conflicts) -> (primaries: [Int], secondaries: [Int])? {
        let counts = Balance(input: input, owners: owners)
        for strict in input.scenario.balancesOwners ? [true] : [true, false] {
            let bounds = strict ? counts : counts.loose
            for strategy in Strategy.all {
                let fixedPrimaries = owners.primary.map { $0 ?? -1 }
                let fixedSecondaries = owners.secondary.map { $0 ?? -1 }
                var generator = SplitMix64(seed: strategy.seed)
                let order = { (candidates: inout [Int]) in strategy.arrange(&candidates, conflicts: conflicts, generator: &generator) }
                let primaries: [Int]?
                let secondaries: [Int]?
                if strategy.primariesFirst {
                    primaries = assignPrimaries(bounds, conflicts: conflicts, partners: fixedSecondaries, order: order)
                    secondaries = primaries.flatMap { assignSecondaries(bounds, conflicts: conflicts, partners: $0, order: order) }
                } else {
                    secondaries = assignSecondaries(bounds, conflicts: conflicts, partners: fixedPrimaries, order: order)
                    primaries = secondaries.flatMap { assignPrimaries(bounds, conflicts: conflicts, partners: $0, order: order) }
                }
                if let primaries, let secondaries { return (primaries, secondaries) }
            }
        }
        return nil
    }

    /// Owners that differ from the plan being repaired.
    private func changed(primaries: [Int], secondaries: [Int]) -> Int {
        preferred.indices.reduce(0) { total, l in
            total + (preferred[l].primary.map { $0 != primaries[l] ? 1 : 0 } ?? 0)
                + (preferred[l].secondary.map { $0 != secondaries[l] ? 1 : 0 } ?? 0)
        }
    }

    /// The order in which the flows try people for a pipeline, and which owner goes first.
    /// The plain orders come first; a few seeded shuffles follow, for the rare team where the
    /// first stage's choices leave the second no room.
    struct Strategy {
        var primariesFirst: Bool
        /// People who clash with few others first, so the other stage has room.
        var fewestClashesFirst: Bool
        /// 0 for no shuffle.
        var seed: UInt64

        static let all: [Strategy] =
            [
                Strategy(primariesFirst: true, fewestClashesFirst: false, seed: 0),
                Strategy(primariesFirst: true, fewestClashesFirst: true, seed: 0),
                Strategy(primariesFirst: false, fewestClashesFirst: false, seed: 0),
                Strategy(primariesFirst: false, fewestClashesFirst: true, seed: 0),
            ] + (1...8).map { Strategy(primariesFirst: $0 % 2 == 1, fewestClashesFirst: false, seed: UInt64($0)) }

        func arrange(_ candidates: inout [Int], conflicts: Conflicts, generator: inout SplitMix64) {
            if seed != 0 { candidates = generator.shuffled(candidates) }
            if fewestClashesFirst { candidates.sort { (conflicts.clashes[$0], $0) < (conflicts.clashes[$1], $1) } }
        }
    }

    /// The scenario's fixed owners plus the previous primaries, secondaries or both who can still
    /// own their pipeline (eligible, and not away in a week the other owner is).
    private func kept(_ fixed: Owners, conflicts: Conflicts, primaries: Bool, secondaries: Bool) -> Owners {
        let eligible = Set(Self.eligible(input))
        var owners = fixed
        for l in input.scenario.pipelines.indices where preferred.indices.contains(l) {
            if primaries, owners.primary[l] == nil, let p = preferred[l].primary, eligible.contains(p) { owners.primary[l] = p }
            if secondaries, owners.secondary[l] == nil, let q = preferred[l].secondary, eligible.contains(q) { owners.secondary[l] = q }
            guard let p = owners.primary[l], let q = owners.secondary[l], !conflicts.together(p, q) else { continue }
            // The two clash now: the one the scenario does not fix is reassigned.
            if fixed.secondary[l] == nil {
                owners.secondary[l] = nil
            } else if fixed.primary[l] == nil {
                owners.primary[l] = nil
            }
        }
        return owners
    }

    // MARK: - Stages

    /// The primary of every pipeline (fixed or chosen), or `nil` when the bounds cannot be met.
    /// - Parameter partners: each pipeline's secondary, −1 where not yet known.
    private func assignPrimaries(_ balance: Balance, conflicts: Conflicts, partners: [Int], order: (inout [Int]) -> Void) -> [Int]? {
        let pipelines = input.scenario.pipelines
        let eligible = balance.eligible
        var network = BoundedFlow()
        let source = network.addNode()
        let sink = network.addNode()
        var personNode: [Int: Int] = [:]
        var investorNode: [Int: Int] = [:]
        for p in eligible {
            let node = network.addNode()
            personNode[p] = node
            guard let total = balance.range(.primary, fixed: balance.fixedPrimaries[p]),
                let investors = balance.range(.investorPrimary, fixed: balance.fixedInvestorPrimaries[p])
            else { return nil }
            network.addEdge(from: node, to: sink, lower: total.lowerBound, upper: total.upperBound)
            let investor = network.addNode()
            investorNode[p] = investor
            network.addEdge(from: investor, to: node, lower: investors.lowerBound, upper: investors.upperBound)
        }
        var choices: [(pipeline: Int, person: Int, edge: Int)] = []
        for (l, pipeline) in pipelines.enumerated() where balance.fixedPrimary[l] == nil {
            let node = network.addNode()
            network.addEdge(from: source, to: node, lower: 1, upper: 1)
            var candidates = self.candidates(partner: partners[l], among: eligible, conflicts: conflicts)
            order(&candidates)
            let previous = preferred.indices.contains(l) ? preferred[l].primary : nil
            if let previous { candidates.prefer(previous) }
            for p in candidates {
                let target = pipeline.investors ? investorNode[p]! : personNode[p]!
                let cost = previous.map { $0 == p ? 0 : 1 } ?? 0
                choices.append((l, p, network.addEdge(from: node, to: target, upper: 1, cost: cost)))
            }
        }
        guard let flow = network.feasibleFlow(source: source, sink: sink, cheapest: !preferred.isEmpty) else { return nil }
        var primary = balance.fixedPrimary.map { $0 ?? -1 }
        for choice in choices where flow[choice.edge] == 1 { primary[choice.pipeline] = choice.person }
        return primary
    }

    /// The secondary of every pipeline (fixed or chosen), or `nil`.
    /// - Parameter partners: each pipeline's primary, −1 where not yet known.
    private func assignSecondaries(_ balance: Balance, conflicts: Conflicts, partners: [Int], order: (inout [Int]) -> Void) -> [Int]? {
        let pipelines = input.scenario.pipelines
        var network = BoundedFlow()
        let source = network.addNode()
        let sink = network.addNode()
        var personNode: [Int: Int] = [:]
        for p in balance.eligible {
            guard let total = balance.range(.secondary, fixed: balance.fixedSecondaries[p]) else { return nil }
            personNode[p] = network.addNode()
            network.addEdge(from: personNode[p]!, to: sink, lower: total.lowerBound, upper: total.upperBound)
        }
        var choices: [(pipeline: Int, person: Int, edge: Int)] = []
        for l in pipelines.indices where balance.fixedSecondary[l] == nil {
            let node = network.addNode()
            network.addEdge(from: source, to: node, lower: 1, upper: 1)
            var candidates = self.candidates(partner: partners[l], among: balance.eligible, conflicts: conflicts)
            order(&candidates)
            let previous = preferred.indices.contains(l) ? preferred[l].secondary : nil
            if let previous { candidates.prefer(previous) }
            for q in candidates {
                let cost = previous.map { $0 == q ? 0 : 1 } ?? 0
                choices.append((l, q, network.addEdge(from: node, to: personNode[q]!, upper: 1, cost: cost)))
            }
        }
        guard let flow = network.feasibleFlow(source: source, sink: sink, cheapest: !preferred.isEmpty) else { return nil }
        var secondary = balance.fixedSecondary.map { $0 ?? -1 }
        for choice in choices where flow[choice.edge] == 1 { secondary[choice.pipeline] = choice.person }
        return secondary
    }

    /// Who may own a pipeline whose other owner is `partner` (−1: not known yet, so anyone who
    /// could pair with somebody).
    private func candidates(partner: Int, among eligible: [Int], conflicts: Conflicts) -> [Int] {
        if partner >= 0 { return eligible.filter { conflicts.together($0, partner) } }
        return eligible.filter { p in eligible.contains { conflicts.together(p, $0) } }
    }

    private func encode(primaries: [Int], secondaries: [Int]) -> [Double] {
        var values = Array(repeating: 0.0, count: variableCount)
        for l in input.scenario.pipelines.indices {
            for (k, person) in [primaries[l], secondaries[l]].enumerated() where !owner[l][k].isEmpty && person >= 0 {
                values[owner[l][k][person].index] = 1
            }
        }
        return values
    }
}

extension OwnershipStart {
    /// Pairs of people away in a common week, who cannot own one pipeline together.
    struct Conflicts {
        private var apart: Set<Int> = []
        private let count: Int
        /// For each person, how many others they clash with.
        private(set) var clashes: [Int]

        init(input: PlanningInput) {
            count = input.people.count
            clashes = Array(repeating: 0, count: count)
            for w in 1...input.weeks {
                let away = input.people.indices.filter { input.awayInWeek[$0][w - 1] }
                for (i, p) in away.enumerated() {
                    for q in away[(i + 1)...] where apart.insert(p * count + q).inserted {
                        clashes[p] += 1
                        clashes[q] += 1
                    }
                }
            }
        }

        func together(_ p: Int, _ q: Int) -> Bool {
            p != q && !apart.contains(min(p, q) * count + max(p, q))
        }
    }

    /// Who owns each pipeline already (person indices), before the flows assign the rest.
    struct Owners {
        var primary: [Int?]
        var secondary: [Int?]
    }

    /// The balance rows of the formulation as count ranges, with the owners already set.
    struct Balance {
        enum Group { case primary, secondary, investorPrimary }

        let eligible: [Int]
        let fixedPrimary: [Int?]
        let fixedSecondary: [Int?]
        private(set) var fixedPrimaries: [Int]
        private(set) var fixedSecondaries: [Int]
        private(set) var fixedInvestorPrimaries: [Int]
        private var ranges: [Group: ClosedRange<Int>] = [:]

        init(input: PlanningInput, owners: Owners) {
            let scenario = input.scenario
            let people = input.people.count
            eligible = OwnershipStart.eligible(input)
            fixedPrimary = owners.primary
            fixedSecondary = owners.secondary
            fixedPrimaries = Array(repeating: 0, count: people)
            fixedSecondaries = Array(repeating: 0, count: people)
            fixedInvestorPrimaries = Array(repeating: 0, count: people)
            for (l, pipeline) in scenario.pipelines.enumerated() {
                if let p = fixedPrimary[l] {
                    fixedPrimaries[p] += 1
                    if pipeline.investors { fixedInvestorPrimaries[p] += 1 }
                }
                if let q = fixedSecondary[l] { fixedSecondaries[q] += 1 }
            }
            let owning = max(eligible.count, 1)
            func fair(_ count: Int) -> ClosedRange<Int> { (count / owning)...((count + owning - 1) / owning) }
            ranges[.primary] = fair(scenario.pipelines.count)
            ranges[.secondary] = fair(scenario.pipelines.count)
            ranges[.investorPrimary] = fair(scenario.pipelines.filter(\.investors).count)
        }

        /// No balance at all: any count from zero to every pipeline.
        var loose: Balance {
            var copy = self
            let all = fixedPrimary.count
            copy.ranges = [.primary: 0...all, .secondary: 0...all, .investorPrimary: 0...all]
            return copy
        }

        /// How many more pipelines of a group a person with `fixed` already may take, or `nil`
        /// when the fixed ones alone exceed the balance.
        func range(_ group: Group, fixed: Int) -> ClosedRange<Int>? {
            guard let range = ranges[group], fixed <= range.upperBound else { return nil }
            return max(0, range.lowerBound - fixed)...(range.upperBound - fixed)
        }
    }
}

extension Array where Element == Int {
    /// Moves `person` to the front, if present: the flow tries edges in order.
    fileprivate mutating func prefer(_ person: Int) {
        guard let index = firstIndex(of: person) else { return }
        insert(remove(at: index), at: 0)
    }
}
