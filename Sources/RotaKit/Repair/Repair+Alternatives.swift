/// `rota whatif --alternatives K`: the K best distinct repairs, fairest first, then fewest changes.
///
/// The best repair comes first. Each further search excludes every repair found so far with a
/// no-good cut on its changed assignments (Formulation+Alternatives.swift), so it finds the next
/// best rotation and, separately, the next best ownership (no rule links them). The K best
/// combinations of those are the K best repairs.
extension Repair {
    /// One repair among several, and what it does to fairness.
    public struct Alternative: Sendable {
        public var result: Result
        /// Fairness of the old schedule under the new situation, and of this repair.
        public var before: Fairness
        public var after: Fairness

        /// Everyone whose assignments change: they would have to agree.
        public var people: [String] { result.diff.people }
    }

    /// Up to `count` distinct repairs of `schedule` after `changes`, best first: fairest (largest
    /// deviation, total deviation, holiday spread), then fewest changed assignments. Fewer when
    /// fewer exist; one when nothing needs to change.
    /// - Throws: as ``repair(schedule:scenario:changes:from:history:reassignOwners:)`` for the best one.
    /// - Complexity: up to `count` searches of each part of the plan.
    public func alternatives(
        _ count: Int, schedule: Schedule, scenario: Scenario, changes: [WhatIfChange], from: Day? = nil,
        history: HistorySummary = HistorySummary(), reassignOwners: Bool = false
    ) throws -> [Alternative] {
        let best = try repair(schedule: schedule, scenario: scenario, changes: changes, from: from, history: history, reassignOwners: reassignOwners)
        let input = PlanningInput(scenario: best.scenario, history: history)
        let before = Fairness(schedule: schedule, input: input)
        let first = Self.changeSet(best.diff)
        var rotations = [best.schedule]
        var ownerships = [best.schedule.pipelines]
        let varyRotation = !first.weeks.isEmpty || !first.covers.isEmpty
        let varyOwners = !first.owners.isEmpty
        var excluded = [first]
        while count > 1, varyRotation || varyOwners, max(rotations.count, ownerships.count) < count {
            guard
                let next = try? repair(
                    schedule: schedule, scenario: scenario, changes: changes, from: from, history: history, reassignOwners: reassignOwners,
                    excluding: excluded)
            else { break }
            var grew = false
            if varyRotation, !rotations.contains(where: { $0.weeks == next.schedule.weeks && $0.holidays == next.schedule.holidays }) {
                rotations.append(next.schedule)
                grew = true
            }
            if varyOwners, !ownerships.contains(next.schedule.pipelines) {
                ownerships.append(next.schedule.pipelines)
                grew = true
            }
            guard grew else { break }
            excluded.append(Self.changeSet(next.diff))
        }
        let pins = changes.compactMap { change -> (week: Int, person: String)? in
            if case .swap(let week, let person) = change { return (week, person) }
            return nil
        }
        var candidates: [(key: [Double], alternative: Alternative)] = []
        for (i, rotation) in rotations.enumerated() {
            for (j, owners) in ownerships.enumerated() {
                var repaired = rotation
                repaired.pipelines = owners
                var result = best
                result.schedule = repaired
                result.diff = ScheduleDiff(before: schedule, after: repaired, scenario: best.scenario, pins: pins)
                let after = Fairness(schedule: repaired, input: input)
                result.largestDeviationAfter = after.largestDeviation
                candidates.append(
                    (after.key + [Double(result.diff.changes.count), Double(i), Double(j)], Alternative(result: result, before: before, after: after)))
            }
        }
        candidates.sort { $0.key.lexicographicallyPrecedes($1.key) }
        return candidates.prefix(max(1, count)).map(\.alternative)
    }

    /// The new assignments of a repair: what a later search must not repeat.
    static func changeSet(_ diff: ScheduleDiff) -> RepairChangeSet {
        var set = RepairChangeSet()
        for change in diff.changes {
            switch change.kind {
            case .week:
                if let week = change.week, let role = change.role { set.weeks.append(.init(week: week, role: role, person: change.after)) }
            case .holiday:
                if let name = change.name, let date = change.date { set.covers.append(.init(name: name, date: date, person: change.after)) }
            case .owner:
                if let name = change.name { set.owners.append(.init(pipeline: name, slot: change.slot == "primary" ? 0 : 1, person: change.after)) }
            }
        }
        return set
    }
}
