import MIP

/// Repairing a baseline schedule (`rota whatif`): the weeks before the first open week are frozen,
/// pins are forced, and the changed assignments are counted for the objective. A frozen or pinned
/// assignment the new situation makes impossible is an **availability** conflict.
extension Formulation {
    /// Freezes the past, forces the pins, and returns the number of changed assignments.
    mutating func addBaseline(_ baseline: Baseline) -> LinearExpression {
        let names = input.people.map(\.name)
        var changed = LinearExpression()
        let period = input.scenario.period
        for w in 1...input.weeks where parts.contains(.rotation) {
            for (r, role) in input.roles.enumerated() {
                let original = baseline.holder(week: w, role: role).flatMap { names.firstIndex(of: $0) }
                if let original {
                    if let x = onCall[original][w - 1][r] {
                        changed += LinearExpression(constant: 1) - x
                    } else {
                        changed += LinearExpression(constant: 1)
                    }
                }
                guard w < baseline.firstOpenWeek else { continue }
                for p in input.people.indices {
                    guard let x = onCall[p][w - 1][r] else { continue }
                    model.fix(x, to: p == original ? 1 : 0)
                }
                if let original, onCall[original][w - 1][r] == nil {
                    impossibleFixes.append(
                        Conflict(
                            rule: .availability,
                            message:
                                "week \(w) (\(period.dates(ofWeek: w).first.iso)) is before the first week that may change, and \(names[original]) now cannot hold it",
                            suggestion: "move --from earlier"))
                }
            }
        }
        for (h, holiday) in input.holidays.enumerated() where parts.contains(.rotation) {
            guard let original = baseline.cover(of: holiday).flatMap({ names.firstIndex(of: $0) }) else { continue }
            if h < (cover.first?.count ?? 0), let c = cover[original][h] {
                changed += LinearExpression(constant: 1) - c
                if holiday.week < baseline.firstOpenWeek {
                    for p in input.people.indices { if let v = cover[p][h] { model.fix(v, to: p == original ? 1 : 0) } }
                }
            } else {
                changed += LinearExpression(constant: 1)
            }
        }
        for (l, pipeline) in input.scenario.pipelines.enumerated() where parts.contains(.ownership) && l < owner.count {
            guard let owners = baseline.owners(of: pipeline.name) else { continue }
            for (k, name) in [owners.primary, owners.secondary].enumerated() where !owner[l][k].isEmpty {
                if let p = names.firstIndex(of: name) {
                    changed += LinearExpression(constant: 1) - owner[l][k][p]
                } else {
                    changed += LinearExpression(constant: 1)
                }
            }
        }
        let primary = input.roles.firstIndex(of: .primary)!
        for pin in baseline.pins where parts.contains(.rotation) {
            guard let p = names.firstIndex(of: pin.person), (1...input.weeks).contains(pin.week) else { continue }
            if let x = onCall[p][pin.week - 1][primary] {
                model.fix(x, to: 1)
            } else {
                impossibleFixes.append(
                    Conflict(rule: .availability, message: "\(pin.person) is pinned to week \(pin.week) but cannot hold it (away or not on the team)"))
            }
        }
        return changed
    }
}
