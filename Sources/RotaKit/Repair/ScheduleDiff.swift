/// What changed between two schedules, assignment by assignment.
public struct ScheduleDiff: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case week
        case holiday
        case owner
    }

    public struct Change: Sendable, Equatable {
        public var kind: Kind
        /// Week number for a week change.
        public var week: Int?
        public var role: Role?
        public var date: Day?
        /// Holiday or pipeline name.
        public var name: String?
        /// `primary` or `secondary` for an owner change.
        public var slot: String?
        public var before: String
        public var after: String
        /// Why: "Bob away", "Bob left", "pinned", "rebalanced".
        public var reason: String
    }

    public var changes: [Change]

    /// Compares `before` and `after`, explaining each change from the `scenario` it was made for.
    public init(before: Schedule, after: Schedule, scenario: Scenario, pins: [(week: Int, person: String)] = []) {
        var changes: [Change] = []
        let period = scenario.period
        func reason(for person: String, in range: DayRange, pinned: Bool) -> String {
            if pinned { return "pinned" }
            guard let previous = scenario.person(named: person) else { return "\(person) not on the team" }
            if !previous.isMember(during: range) { return "\(person) \(previous.leaves.map { range.last >= $0 } ?? false ? "left" : "not on the team yet")" }
            if previous.isAway(during: range) { return "\(person) away" }
            return "rebalanced"
        }
        for week in after.weeks {
            guard let old = before.weeks.first(where: { $0.week == week.week }) else { continue }
            for role in Role.allCases {
                guard let new = week.oncall[role], let previous = old.oncall[role], new != previous else { continue }
                let pinned = role == .primary && pins.contains { $0.week == week.week && $0.person == new }
                changes.append(
                    Change(
                        kind: .week, week: week.week, role: role, date: week.start, before: previous, after: new,
                        reason: reason(for: previous, in: period.dates(ofWeek: week.week), pinned: pinned)))
            }
        }
        for holiday in after.holidays {
            guard let old = before.holidays.first(where: { $0.date == holiday.date && $0.name == holiday.name }), old.cover != holiday.cover else { continue }
            changes.append(
                Change(
                    kind: .holiday, date: holiday.date, name: holiday.name, before: old.cover, after: holiday.cover,
                    reason: reason(for: old.cover, in: DayRange(holiday.date), pinned: false)))
        }
        for pipeline in after.pipelines {
            guard let old = before.pipelines.first(where: { $0.name == pipeline.name }) else { continue }
            for (slot, previous, new) in [("primary", old.primary, pipeline.primary), ("secondary", old.secondary, pipeline.secondary)] where previous != new {
                let left = scenario.person(named: previous).map { $0.leaves != nil } ?? true
                changes.append(
                    Change(kind: .owner, name: pipeline.name, slot: slot, before: previous, after: new, reason: left ? "\(previous) left" : "rebalanced"))
            }
        }
        self.changes = changes
    }

    /// `week 29 (2027-07-19): Bob → Charlie (Bob away)`, one line per change.
    public var lines: [String] {
        changes.map { change in
            switch change.kind {
            case .week:
                let role = change.role == .secondary ? " secondary" : ""
                return "week \(change.week!) (\(change.date!.iso))\(role): \(change.before) → \(change.after) (\(change.reason))"
            case .holiday:
                return "\(change.name!) (\(change.date!.weekday.shortName) \(change.date!.iso)): \(change.before) → \(change.after) (\(change.reason))"
            case .owner:
                return "\(change.name!) \(change.slot!) owner: \(change.before) → \(change.after) (\(change.reason))"
            }
        }
    }

    /// The diff as data.
    public var jsonValue: JSONValue {
        .array(
            changes.map { change in
                var members: [(String, JSONValue)] = [("kind", .string(change.kind.rawValue))]
                if let week = change.week { members.append(("week", .number(Double(week)))) }
                if let role = change.role { members.append(("role", .string(role.rawValue))) }
                if let date = change.date { members.append(("date", .string(date.iso))) }
                if let name = change.name { members.append(("name", .string(name))) }
                if let slot = change.slot { members.append(("slot", .string(slot))) }
                members += [("before", .string(change.before)), ("after", .string(change.after)), ("reason", .string(change.reason))]
                return .object(members)
            })
    }
}
