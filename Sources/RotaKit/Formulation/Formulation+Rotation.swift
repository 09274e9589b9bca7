import MIP

/// The weekly rotation: who holds which role in which week (coverage, availability, distinct,
/// rest) and how far each person's weeks are from their fair share (load). See
/// `docs/Formulation.md` and, for every rule's rows, `docs/rules.md`.
extension Formulation {
    /// The weekly rotation's variables and rows, in the order the LP file lists them.
    mutating func addRotation() {
        addOnCallVariables()
        fixRestAfterHistory()
        addWeekCoverage()
        addRest()
        addLoad()
    }

    /// **availability**: `oncall[p,w,r]` exists only for the weeks person `p` is not away (an
    /// absent variable is a fixed 0).
    private mutating func addOnCallVariables() {
        let roles = input.roles
        let weeks = input.weeks
        onCall = input.people.indices.map { p in
            (1...weeks).map { w in
                roles.map { role -> Variable? in
                    input.awayInWeek[p][w - 1] ? nil : model.addVariable("oncall[\(personName(p)),w\(w),\(role.rawValue)]", kind: .binary)
                }
            }
        }
    }

    /// The gap the **rest** rule asks for: `min-gap-weeks`, or 1 (only **distinct**) when rest is relaxed.
    private var gap: Int { relaxed.contains(.rest) ? 1 : input.scenario.rules.minGapWeeks }

    /// **rest** across the boundary with history: weeks too close to the person's last on-call
    /// week are fixed to 0.
    private mutating func fixRestAfterHistory() {
        let weeks = input.weeks
        let gap = self.gap
        for p in input.people.indices {
            guard let since = input.history.weeksSinceOnCall[personName(p)] else { continue }
            // History week at distance `since` before week 1 is week 1 - since; week w is w + since - 1 later.
            for w in 1...weeks where w + since - 1 < gap {
                for variable in onCall[p][w - 1].compactMap({ $0 }) { model.fix(variable, to: 0) }
            }
        }
    }

    /// **coverage** of weeks: `coverage[w,r]`, exactly one person per week and role.
    private mutating func addWeekCoverage() {
        for w in 1...input.weeks {
            for (r, role) in input.roles.enumerated() {
                let holders = input.people.indices.compactMap { onCall[$0][w - 1][r] }
                model.add("coverage[w\(w),\(role.rawValue)]", LinearExpression(sum: holders) == 1)
            }
        }
    }

    /// **rest** and **distinct**: `rest[p,w]`, in every window of `gap` consecutive weeks a person
    /// holds at most one role-week. With gap 1 the window is one week, which is the distinct rule.
    private mutating func addRest() {
        let weeks = input.weeks
        let gap = self.gap
        let windowStarts = weeks >= gap ? Array(1...(weeks - gap + 1)) : [1]
        for p in input.people.indices {
            for start in windowStarts {
                let end = min(start + gap - 1, weeks)
                let terms = (start...end).flatMap { onCall[p][$0 - 1].compactMap { $0 } }
                guard terms.count > 1 else { continue }
                model.add("rest[\(personName(p)),w\(start)]", LinearExpression(sum: terms) <= 1)
            }
        }
    }

    /// **load**: `weeks[p,r]` within one week of the fair share (floor…ceil, as bounds),
    /// `count[p,r]` tying it to the rotation, `deviation[p,r]` and `max_deviation[p,r]` (or, with
    /// load relaxed, `over_share`/`under_share` and no bounds), then the deviation bounds.
    private mutating func addLoad() {
        let people = input.people.indices
        let roles = input.roles
        let weeks = input.weeks

        // Load: weeks per role within one week of the fair share (floor…ceil), and the deviation.
        weekCounts = Array(repeating: [], count: input.people.count)
        let maxDeviation = model.addVariable("max_deviation", kind: .continuous, lowerBound: 0)
        self.maxDeviation = maxDeviation
        for p in people {
            for (r, role) in roles.enumerated() {
                let share = input.shares[p][r]
                let allowed = relaxed.contains(.load) ? 0...weeks : share.allowedInPeriod
                let count = model.addVariable(
                    "weeks[\(personName(p)),\(role.rawValue)]", kind: .integer,
                    lowerBound: Double(allowed.lowerBound), upperBound: Double(allowed.upperBound))
                weekCounts[p].append(count)
                let held = LinearExpression(sum: (1...weeks).compactMap { onCall[p][$0 - 1][r] })
                model.add("count[\(personName(p)),\(role.rawValue)]", held - count == 0)
                // |count + history - share| is exact, and linear, on the two whole counts the bounds
                // allow: frac at floor(share), 1 - frac at ceil(share). Interpolating between them
                // gives the LP relaxation the true deviation instead of a V-shaped bound.
                let deviation = model.addVariable("deviation[\(personName(p)),\(role.rawValue)]", kind: .continuous, lowerBound: 0)
                let floorTotal = Double(share.allowedTotal.lowerBound)
                let fraction = share.share - floorTotal
                let slope = share.allowedTotal.lowerBound == share.allowedTotal.upperBound ? 0 : 1 - 2 * fraction
                let atFloor = Double(allowed.lowerBound)
                if relaxed.contains(.load) {
                    let total = LinearExpression(count) + Double(share.historyWeeks)
                    model.add("over_share[\(personName(p)),\(role.rawValue)]", LinearExpression(deviation) >= total - share.share)
                    model.add("under_share[\(personName(p)),\(role.rawValue)]", LinearExpression(deviation) >= LinearExpression(constant: share.share) - total)
                } else {
                    model.add(
                        "deviation[\(personName(p)),\(role.rawValue)]",
                        LinearExpression(deviation) - slope * LinearExpression(count) == abs(fraction) - slope * atFloor)
                }
                model.add("max_deviation[\(personName(p)),\(role.rawValue)]", LinearExpression(maxDeviation) >= LinearExpression(deviation))
                deviations.append(deviation)
            }
        }
        if !relaxed.contains(.load) { addDeviationBounds(maxDeviation) }
    }

    /// Where the frozen weeks of a repair leave person `p`'s count of role `r`: +1 when they already
    /// hold more than the floor of their share (so they sit at the ceiling), −1 when the frozen
    /// weeks plus every open week they are free cannot reach the ceiling (so they sit at the
    /// floor), 0 when either is possible or when planning afresh.
    private func forcedCount(person p: Int, role r: Int) -> Int {
        guard let baseline, baseline.firstOpenWeek > 1 else { return 0 }
        let allowed = input.shares[p][r].allowedInPeriod
        guard allowed.lowerBound < allowed.upperBound else { return 0 }
        let role = input.roles[r]
        let name = personName(p)
        let frozenWeeks = 1..<min(baseline.firstOpenWeek, input.weeks + 1)
        let frozen = frozenWeeks.filter { baseline.holder(week: $0, role: role) == name }.count
        let open = (baseline.firstOpenWeek...max(baseline.firstOpenWeek, input.weeks)).filter { w in
            w <= input.weeks && onCall[p][w - 1][r] != nil
        }.count
        if frozen > allowed.lowerBound { return 1 }
        if frozen + open < allowed.upperBound { return -1 }
        return 0
    }

    /// Valid lower bounds on the deviation levels, which the LP relaxation cannot see.
    ///
    /// Per role, every count is floor or ceil of its share and the counts add up to the role's
    /// weeks, so exactly `k = Σ share − Σ floor` people sit at the ceiling. Ignoring every other
    /// rule, the best choice for both the largest and the total deviation is to put the `k` people
    /// with the largest fractional shares there (an exchange argument). That choice's figures bound
    /// any plan from below; with them GLPK proves optimality as soon as it finds a plan that
    /// meets them, instead of branching over which interchangeable people get the extra week.
    private mutating func addDeviationBounds(_ maxDeviation: Variable) {
        var largestBound = 0.0
        var totalBound = 0.0
        for r in input.roles.indices {
            let shares = input.people.indices.map { input.shares[$0][r] }
            let fractions = shares.map { $0.share - Double($0.allowedTotal.lowerBound) }
            let atCeiling = Int((shares.reduce(0) { $0 + $1.share } - shares.reduce(0) { $0 + Double($1.allowedTotal.lowerBound) }).rounded())
            // Largest fraction first; among equal fractions, the people available most weeks. When
            // repairing, the frozen weeks already put some people at their ceiling, and leave others
            // too few open weeks to reach it: those go first and last whatever their fractions.
            let available = input.people.indices.map { p in input.awayInWeek[p].filter { !$0 }.count }
            let forced = input.people.indices.map { p in forcedCount(person: p, role: r) }
            let order = fractions.indices.sorted { a, b in
                if forced[a] != forced[b] { return forced[a] > forced[b] }
                if abs(fractions[a] - fractions[b]) > 1e-9 { return fractions[a] > fractions[b] }
                if available[a] != available[b] { return available[a] > available[b] }
                return a < b
            }
            for (rank, p) in order.enumerated() {
                let whole = shares[p].allowedTotal.lowerBound == shares[p].allowedTotal.upperBound
                let deviation = whole ? 0 : (rank < atCeiling ? 1 - fractions[p] : fractions[p])
                largestBound = max(largestBound, deviation)
                totalBound += deviation
                // The first plan tries exactly these counts: when a plan has them, both deviation
                // levels are proven optimal at once.
                let target = shares[p].allowedTotal.lowerBound + (!whole && rank < atCeiling ? 1 : 0) - shares[p].historyWeeks
                model.seedFixings.append((weekCounts[p][r], Double(target)))
            }
        }
        model.add("max_deviation_bound", LinearExpression(maxDeviation) >= largestBound - 1e-9)
        model.add("total_deviation_bound", LinearExpression(sum: deviations) >= totalBound - 1e-9)
    }
}
