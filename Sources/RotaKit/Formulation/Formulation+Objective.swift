import MIP

/// The lexicographic objective: the deviation levels (load), the holiday spread and repeated
/// covers (holidays), the changes of a repair, and a deterministic tie-break.
extension Formulation {
    /// The objective levels of ``Level``, in order, and the seed objective of the first plan.
    mutating func addObjective() {
        if let maxDeviation {
            model.minimize(Level.maxDeviation.rawValue, LinearExpression(maxDeviation), tolerance: 1e-6)
            model.minimize(Level.totalDeviation.rawValue, LinearExpression(sum: deviations), tolerance: 1e-6)
        }
        if let holidaySpread {
            model.minimize(Level.holidaySpread.rawValue, holidaySpread, tolerance: 1e-6, step: holidaySpreadStep)
        }
        let preference = tieBreak()
        if let repeatCovers {
            model.minimize(Level.repeatCovers.rawValue, repeatCovers, tolerance: 1e-6)
        }
        if let changes {
            // The rotation's bound is the constants the variable bounds give; the ownership's adds
            // the pipelines whose previous owners cannot stay together (Formulation+ChangesBound.swift).
            let bound = baseline.map { model.leastValue(of: changes) + ownershipChangesBound($0) }
            model.minimize(Level.changes.rawValue, changes, tolerance: 1e-6, lowerBound: bound)
        }
        model.minimize(Level.tieBreak.rawValue, preference)
        // The first plan prefers the round-robin and an even holiday spread; GLPK finds it in
        // milliseconds, and every level then starts from it (see docs/Formulation.md).
        var seed = preference
        if let changes { seed = changes }
        if let holidaySpread { seed.add(holidaySpread, factor: Double(input.people.count * input.roles.count)) }
        model.seedObjective = seed
    }

    /// A deterministic preference among equally fair plans: the round-robin in the scenario's
    /// order (week w's primary is person w mod N, the secondary half the team further on), holiday
    /// covers rotated the same way. It costs how far each assignment is from that order, so with
    /// nobody away the plan is exactly the round-robin.
    ///
    /// Pipeline owners have no such preference: any balanced, covered assignment is as good, and
    /// a preference among them made GLPK spend minutes proving an order nobody asked for (100
    /// pipelines × 50 people: over 60 s without closing the gap). GLPK is deterministic, so the
    /// same scenario still gives the same owners.
    private func tieBreak() -> LinearExpression {
        let count = input.people.count
        var expression = LinearExpression()
        for p in input.people.indices where parts.contains(.rotation) {
            for w in 1...input.weeks {
                for (r, _) in input.roles.enumerated() {
                    guard let x = onCall[p][w - 1][r] else { continue }
                    let ideal = (w - 1 + r * max(1, count / 2)) % count
                    let distance = (p - ideal + count) % count
                    if distance > 0 { expression.add(x, coefficient: Double(distance)) }
                }
            }
            for h in input.holidays.indices {
                guard h < (cover.first?.count ?? 0), let c = cover[p][h] else { continue }
                let distance = (p - h % count + count) % count
                if distance > 0 { expression.add(c, coefficient: Double(distance)) }
            }
        }
        return expression
    }
}
