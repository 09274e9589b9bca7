/// The smallest change of a scenario's fixed pipeline owners that lets every pipeline keep an
/// owner at work every week, when time away makes both fixed owners of a pipeline away together.
///
/// A schedule names one pair of owners per pipeline for the whole period, so a reassignment holds
/// from week 1 to the end: the scenario's owners change, not a few weeks of them.
public struct OwnerReassignment: Sendable, Equatable {
    /// One owner of one pipeline replaced.
    public struct Move: Sendable, Equatable {
        public var pipeline: String
        /// `primary` or `secondary`.
        public var slot: String
        public var from: String
        public var to: String
        /// The pipeline's two owners before the change.
        public var formerOwners: [String]
        /// The weeks in which both former owners were away.
        public var clash: [Int]
    }

    public var moves: [Move]

    /// The fewest owner changes that clear every pipeline whose two fixed owners are away in the
    /// same week (one per pipeline when someone fits, else both of its owners); `nil` when no
    /// pipeline has that problem, or one has no possible owners at all.
    ///
    /// Among the people who fit, the one holding the fewest pipelines in that slot, then the fewest
    /// in all, replaces the owner away the most weeks; ties go to the scenario's order of people.
    /// - Complexity: O(pipelines × people² × weeks) in the worst case (both owners replaced).
    public static func propose(for scenario: Scenario) -> OwnerReassignment? {
        guard scenario.rules.pipelineCoverage else { return nil }
        let period = scenario.period
        let awayWeeks: [String: Set<Int>] = Dictionary(
            uniqueKeysWithValues: scenario.people.map { person in
                (person.name, Set(period.weekNumbers.filter { person.isAway(during: period.dates(ofWeek: $0)) }))
            })
        // Someone leaving during the period cannot take on a pipeline.
        let eligible = scenario.people.filter { $0.leaves.map { $0 > period.end } ?? true }.map(\.name)
        var owners = scenario.pipelines.map { [$0.primary, $0.secondary] }
        var moves: [Move] = []
        func count(_ name: String, slot: Int?) -> Int {
            owners.filter { slots in slot.map { slots[$0] == name } ?? slots.contains(name) }.count
        }
        for (l, pipeline) in scenario.pipelines.enumerated() {
            guard let primary = pipeline.primary, let secondary = pipeline.secondary,
                let a = awayWeeks[primary], let b = awayWeeks[secondary]
            else { continue }
            let clash = a.intersection(b).sorted()
            guard !clash.isEmpty else { continue }
            let names = [primary, secondary]
            // One owner replaced: the newcomer must be at work whenever the other owner is away.
            var single: [(key: [Int], slot: Int, to: String)] = []
            for slot in 0..<2 {
                let other = names[1 - slot]
                for (q, name) in eligible.enumerated() where !names.contains(name) {
                    guard awayWeeks[name, default: []].isDisjoint(with: awayWeeks[other, default: []]) else { continue }
                    let key = [count(name, slot: slot), count(name, slot: nil), -(awayWeeks[names[slot]]?.count ?? 0), slot, q]
                    single.append((key, slot, name))
                }
            }
            if let best = single.min(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
                moves.append(
                    Move(
                        pipeline: pipeline.name, slot: best.slot == 0 ? "primary" : "secondary", from: names[best.slot], to: best.to, formerOwners: names,
                        clash: clash))
                owners[l][best.slot] = best.to
                continue
            }
            // Both replaced: two people never away in the same week.
            var pairs: [(key: [Int], first: String, second: String)] = []
            for (i, first) in eligible.enumerated() where !names.contains(first) {
                for (j, second) in eligible.enumerated() where j != i && !names.contains(second) {
                    guard awayWeeks[first, default: []].isDisjoint(with: awayWeeks[second, default: []]) else { continue }
                    pairs.append(([count(first, slot: 0) + count(second, slot: 1), i, j], first, second))
                }
            }
            guard let best = pairs.min(by: { $0.key.lexicographicallyPrecedes($1.key) }) else { return nil }
            moves.append(Move(pipeline: pipeline.name, slot: "primary", from: primary, to: best.first, formerOwners: names, clash: clash))
            moves.append(Move(pipeline: pipeline.name, slot: "secondary", from: secondary, to: best.second, formerOwners: names, clash: clash))
            owners[l] = [best.first, best.second]
        }
        return moves.isEmpty ? nil : OwnerReassignment(moves: moves)
    }

    /// `scenario` with the new owners fixed in place of the old.
    public func apply(to scenario: Scenario) -> Scenario {
        var result = scenario
        for move in moves {
            guard let l = result.pipelines.firstIndex(where: { $0.name == move.pipeline }) else { continue }
            if move.slot == "primary" { result.pipelines[l].primary = move.to } else { result.pipelines[l].secondary = move.to }
        }
        return result
    }

    /// `Profit secondary owner: Bob → Charlie from week 1, for the whole period (Alice and Bob both away in week 30)`.
    public var lines: [String] {
        moves.map { move in
            "\(move.pipeline) \(move.slot) owner: \(move.from) → \(move.to) from week 1, for the whole period "
                + "(\(Wording.list(move.formerOwners)) both away in \(ScheduleDiff.weekRuns(move.clash)))"
        }
    }

    /// The scenario file's lines for the pipelines whose owners change, as `scenario` (the
    /// reassignment applied) has them: `- { name: Profit, primary: Charlie, secondary: Bob }`.
    public func scenarioLines(in scenario: Scenario) -> [String] {
        var names: [String] = []
        for move in moves where !names.contains(move.pipeline) { names.append(move.pipeline) }
        return names.compactMap { name in
            guard let pipeline = scenario.pipelines.first(where: { $0.name == name }) else { return nil }
            let investors = pipeline.investors ? ", investors: true" : ""
            return "- { name: \(name)\(investors), primary: \(pipeline.primary ?? "?"), secondary: \(pipeline.secondary ?? "?") }"
        }
    }
}
