import MIP

/// Pipeline ownership: the owners the scenario leaves open (coverage, distinct), their balance
/// (ownership) and an owner of every pipeline at work every week (pipeline-coverage). See
/// `docs/rules.md`.
extension Formulation {
    /// The ownership's variables and rows, in the order the LP file lists them.
    mutating func addOwnership() {
        guard !input.scenario.pipelines.isEmpty else { return }
        addOwnerVariables()
        addOwnerRows()
        if input.scenario.balancesOwners && !relaxed.contains(.ownership) { addOwnershipBalance() }
        if input.scenario.rules.pipelineCoverage && !relaxed.contains(.pipelineCoverage) { addPipelineCoverage() }
    }

    /// `owner[l,k,p]` for each owner the scenario leaves open; fixed to 0 for someone leaving
    /// during the period, who cannot take on a pipeline.
    private mutating func addOwnerVariables() {
        let scenario = input.scenario
        let names = input.people.map(\.name)
        owner = scenario.pipelines.enumerated().map { l, pipeline in
            [pipeline.primary, pipeline.secondary].enumerated().map { k, fixed -> [Variable] in
                guard fixed == nil else { return [] }
                let slot = k == 0 ? "primary" : "secondary"
                return input.people.indices.map { p in
                    let owner = model.addVariable("owner[\(pipeline.name),\(slot),\(names[p])]", kind: .binary)
                    // Someone leaving during the period cannot take on a pipeline.
                    if let leaves = input.people[p].leaves, leaves <= scenario.period.end { model.fix(owner, to: 0) }
                    return owner
                }
            }
        }
    }

    /// Owner `k` of pipeline `l` being person `p`, as an expression (a constant for fixed owners).
    private func owns(_ l: Int, _ k: Int, _ p: Int) -> LinearExpression {
        if owner[l][k].isEmpty {
            let pipeline = input.scenario.pipelines[l]
            let fixed = k == 0 ? pipeline.primary : pipeline.secondary
            return LinearExpression(constant: fixed == input.people[p].name ? 1 : 0)
        }
        return LinearExpression(owner[l][k][p])
    }

    /// **coverage** of pipelines: `owner[l,k]`, exactly one person per open owner; and
    /// **distinct**: `distinct_owners[l,p]`, nobody is both owners of a pipeline. Per pipeline,
    /// its owner rows then its distinct rows.
    private mutating func addOwnerRows() {
        let names = input.people.map(\.name)
        for (l, pipeline) in input.scenario.pipelines.enumerated() {
            for k in 0..<2 where !owner[l][k].isEmpty {
                model.add("owner[\(pipeline.name),\(k == 0 ? "primary" : "secondary")]", LinearExpression(sum: owner[l][k]) == 1)
            }
            if !owner[l][0].isEmpty || !owner[l][1].isEmpty {
                for p in input.people.indices {
                    let both = owns(l, 0, p) + owns(l, 1, p)
                    if !both.coefficients.isEmpty {
                        model.add("distinct_owners[\(pipeline.name),\(names[p])]", both <= 1)
                    }
                }
            }
        }
    }

    /// **ownership**: `primary_owners_min/max[p]`, `secondary_owners_min/max[p]` and
    /// `investor_primaries_min/max[p]`. Counts differ by at most one ⇔ each count is floor(n/N)
    /// or ceil(n/N), over the people who can own pipelines (not those leaving during the period).
    private mutating func addOwnershipBalance() {
        let scenario = input.scenario
        let names = input.people.map(\.name)
        let groups: [(String, Int, (Int) -> Bool)] = [
            ("primary_owners", 0, { _ in true }),
            ("secondary_owners", 1, { _ in true }),
            ("investor_primaries", 0, { scenario.pipelines[$0].investors }),
        ]
        let eligible = OwnershipStart.eligible(input)
        for (name, k, included) in groups {
            let pipelines = scenario.pipelines.indices.filter(included)
            guard !pipelines.isEmpty, !eligible.isEmpty else { continue }
            let low = Double(pipelines.count / eligible.count)
            let high = Double((pipelines.count + eligible.count - 1) / eligible.count)
            for p in eligible {
                var count = LinearExpression()
                for l in pipelines { count += owns(l, k, p) }
                guard !count.coefficients.isEmpty else { continue }
                model.add("\(name)_min[\(names[p])]", count >= low)
                model.add("\(name)_max[\(names[p])]", count <= high)
            }
        }
    }

    /// **pipeline-coverage**: `pipeline_coverage[l,w]`, every week an owner of every pipeline is
    /// not away. A pipeline has exactly two different owners, so "an owner is at work" is "at most
    /// one owner is among the people away": Σ over the away set A of (primary + secondary
    /// indicators) ≤ 1. That row is sparse (|A| people, not the |P| − |A| at work) and a clique,
    /// which the LP relaxation likes. Only the maximal away sets need rows (a subset's row is
    /// implied), and sets of one person are implied by distinct owners.
    private mutating func addPipelineCoverage() {
        let people = input.people.indices
        var sets: [(week: Int, away: Set<Int>)] = []
        for w in 1...input.weeks {
            let away = Set(people.filter { input.awayInWeek[$0][w - 1] })
            guard away.count >= 2, !sets.contains(where: { away.isSubset(of: $0.away) }) else { continue }
            sets.removeAll { $0.away.isSubset(of: away) }
            sets.append((w, away))
        }
        for (w, away) in sets.sorted(by: { $0.week < $1.week }) {
            for (l, pipeline) in input.scenario.pipelines.enumerated() {
                var atHome = LinearExpression()
                for p in away.sorted() { atHome += owns(l, 0, p) + owns(l, 1, p) }
                guard !atHome.coefficients.isEmpty else { continue }
                model.add("pipeline_coverage[\(pipeline.name),w\(w)]", atHome <= 1)
            }
        }
    }
}
