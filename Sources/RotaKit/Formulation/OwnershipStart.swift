import MIP

/// A greedy assignment of the open pipeline owners, to hand the solver a first solution: the
/// ownership program's constraints (balanced counts, distinct owners, an owner at work every
/// week) are easy to satisfy by hand and slow for branch-and-bound to stumble on.
///
/// Pipelines are taken investor ones first; each open slot goes to the eligible person with the
/// fewest such slots so far (for an investor primary, the fewest investor primaries first), who
/// is not the other owner and is never away in the same week as the other owner. The solver
/// checks the result against every constraint before using it, so a greedy dead end costs nothing.
struct OwnershipStart {
    let input: PlanningInput
    /// `owner[l][k][p]` of the formulation; empty for fixed owners.
    let owner: [[[Variable]]]
    let variableCount: Int

    /// People who can own pipelines: everyone but those leaving during the period.
    static func eligible(_ input: PlanningInput) -> [Int] {
        input.people.indices.filter { p in
            input.people[p].leaves.map { $0 > input.scenario.period.end } ?? true
        }
    }

    /// A value per model variable, or `nil` when the greedy gets stuck.
    func values() -> [Double]? {
        let scenario = input.scenario
        let names = input.people.map(\.name)
        let eligible = Self.eligible(input)
        guard !eligible.isEmpty else { return nil }

        // Pairs of people away in a common week: they cannot own one pipeline together.
        var apart = Set<[Int]>()
        for w in 1...input.weeks {
            let away = input.people.indices.filter { input.awayInWeek[$0][w - 1] }
            for (i, p) in away.enumerated() {
                for q in away[(i + 1)...] { apart.insert([p, q]) }
            }
        }
        func together(_ p: Int, _ q: Int) -> Bool { !apart.contains([min(p, q), max(p, q)]) && p != q }

        var primaries = Array(repeating: 0, count: names.count)
        var secondaries = Array(repeating: 0, count: names.count)
        var investorPrimaries = Array(repeating: 0, count: names.count)
        for pipeline in scenario.pipelines {
            if let p = pipeline.primary.flatMap({ names.firstIndex(of: $0) }) {
                primaries[p] += 1
                if pipeline.investors { investorPrimaries[p] += 1 }
            }
            if let q = pipeline.secondary.flatMap({ names.firstIndex(of: $0) }) { secondaries[q] += 1 }
        }
        func ceiling(_ count: Int) -> Int { (count + eligible.count - 1) / eligible.count }
        let most = ceiling(scenario.pipelines.count)
        let mostInvestor = ceiling(scenario.pipelines.filter(\.investors).count)

        var values = Array(repeating: 0.0, count: variableCount)
        let order = scenario.pipelines.indices.sorted { (scenario.pipelines[$0].investors ? 0 : 1, $0) < (scenario.pipelines[$1].investors ? 0 : 1, $1) }
        for l in order {
            let pipeline = scenario.pipelines[l]
            let fixedPrimary = pipeline.primary.flatMap { names.firstIndex(of: $0) }
            let fixedSecondary = pipeline.secondary.flatMap { names.firstIndex(of: $0) }
            // Primaries in order of preference; the first that leaves a possible secondary wins.
            let primaryChoices: [Int] =
                fixedPrimary.map { [$0] }
                ?? eligible.filter { p in
                    primaries[p] < most && (!pipeline.investors || investorPrimaries[p] < mostInvestor)
                        && fixedSecondary.map { together(p, $0) } ?? true
                }
                .sorted {
                    (pipeline.investors ? investorPrimaries[$0] : 0, primaries[$0], $0) < (pipeline.investors ? investorPrimaries[$1] : 0, primaries[$1], $1)
                }
            var chosen: (primary: Int, secondary: Int?)?
            for primary in primaryChoices {
                if fixedSecondary != nil {
                    chosen = (primary, nil)
                    break
                }
                let candidates = eligible.filter { q in secondaries[q] < most && together(primary, q) }
                if let secondary = candidates.min(by: { (secondaries[$0], $0) < (secondaries[$1], $1) }) {
                    chosen = (primary, secondary)
                    break
                }
            }
            guard let chosen else { return nil }
            if fixedPrimary == nil {
                primaries[chosen.primary] += 1
                if pipeline.investors { investorPrimaries[chosen.primary] += 1 }
                values[owner[l][0][chosen.primary].index] = 1
            }
            if let secondary = chosen.secondary {
                secondaries[secondary] += 1
                values[owner[l][1][secondary].index] = 1
            }
        }
        return values
    }
}
