/// What changed between two schedules, assignment by assignment, and why.
public struct ScheduleDiff: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case week
        case holiday
        case owner
    }

    /// Why an assignment changed, as a category (the words are in ``Change/reason``).
    public enum Cause: String, Sendable {
        /// The person who held it is away then.
        case away
        /// The person who held it left the team.
        case left
        /// The person who holds it now joined the team.
        case joined
        /// The person who held it is not on the team yet then.
        case notOnTeam = "not-on-team"
        /// Both owners of the pipeline are away in the same week.
        case bothOwnersAway = "both-owners-away"
        /// A `--swap` pinned the new person to the week.
        case pinned
        /// Traded in a swap (`rota swap`).
        case swap
        /// Moved to keep the plan fair after the other changes.
        case rebalanced
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
        /// Why, in words: "Bob away", "Bob left", "Erin joined", "Alice and Bob both away in week 30", "pinned", "rebalanced".
        public var reason: String
        public var cause: Cause
        /// For an owner change, the first week it applies to. A schedule names one pair of owners
        /// per pipeline for the whole period, so this is week 1 (and the change lasts to the end).
        public var fromWeek: Int?
    }

    public var changes: [Change]

    /// Compares `before` and `after`, explaining each change from the `scenario` it was made for.
    public init(before: Schedule, after: Schedule, scenario: Scenario, pins: [(week: Int, person: String)] = []) {
        var changes: [Change] = []
        let period = scenario.period
        let known = Set(before.people.map(\.name))
        func why(from person: String, to new: String, in range: DayRange, pinned: Bool) -> (String, Cause) {
            if pinned { return ("pinned", .pinned) }
            guard let previous = scenario.person(named: person) else { return ("\(person) not on the team", .left) }
            if !previous.isMember(during: range) {
                return previous.leaves.map { range.last >= $0 } ?? false ? ("\(person) left", .left) : ("\(person) not on the team yet", .notOnTeam)
            }
            if previous.isAway(during: range) { return ("\(person) away", .away) }
            if !known.contains(new) { return ("\(new) joined", .joined) }
            return ("rebalanced", .rebalanced)
        }
        for week in after.weeks {
            guard let old = before.weeks.first(where: { $0.week == week.week }) else { continue }
            for role in Role.allCases {
                guard let new = week.oncall[role], let previous = old.oncall[role], new != previous else { continue }
                let pinned = role == .primary && pins.contains { $0.week == week.week && $0.person == new }
                let (reason, cause) = why(from: previous, to: new, in: period.dates(ofWeek: week.week), pinned: pinned)
                changes.append(
                    Change(kind: .week, week: week.week, role: role, date: week.start, before: previous, after: new, reason: reason, cause: cause))
            }
        }
        for holiday in after.holidays {
            guard let old = before.holidays.first(where: { $0.date == holiday.date && $0.name == holiday.name }), old.cover != holiday.cover else { continue }
            let (reason, cause) = why(from: old.cover, to: holiday.cover, in: DayRange(holiday.date), pinned: false)
            changes.append(
                Change(kind: .holiday, date: holiday.date, name: holiday.name, before: old.cover, after: holiday.cover, reason: reason, cause: cause))
        }
        for pipeline in after.pipelines {
            guard let old = before.pipelines.first(where: { $0.name == pipeline.name }) else { continue }
            for (slot, previous, new) in [("primary", old.primary, pipeline.primary), ("secondary", old.secondary, pipeline.secondary)] where previous != new {
                let (reason, cause) = Self.ownerReason(old: old, previous: previous, new: new, scenario: scenario, known: known)
                changes.append(
                    Change(kind: .owner, name: pipeline.name, slot: slot, before: previous, after: new, reason: reason, cause: cause, fromWeek: 1))
            }
        }
        self.changes = changes
    }

    /// Why owner `previous` of a pipeline whose owners were `old` became `new`.
    private static func ownerReason(old: PipelineOwners, previous: String, new: String, scenario: Scenario, known: Set<String>) -> (String, Cause) {
        guard let person = scenario.person(named: previous) else { return ("\(previous) not on the team", .left) }
        if person.leaves != nil { return ("\(previous) left", .left) }
        let weeks = bothAway(old.primary, old.secondary, in: scenario)
        if !weeks.isEmpty {
            return ("\(old.primary) and \(old.secondary) both away in \(weekRuns(weeks))", .bothOwnersAway)
        }
        if !known.contains(new) { return ("\(new) joined", .joined) }
        return ("rebalanced", .rebalanced)
    }

    /// The weeks of the period in which `first` and `second` are both away (or off the team).
    static func bothAway(_ first: String, _ second: String, in scenario: Scenario) -> [Int] {
        guard let a = scenario.person(named: first), let b = scenario.person(named: second) else { return [] }
        return scenario.period.weekNumbers.filter { w in
            let dates = scenario.period.dates(ofWeek: w)
            return a.isAway(during: dates) && b.isAway(during: dates)
        }
    }

    /// `week 30`, `weeks 22–26`, `weeks 3–4 and 30`.
    static func weekRuns(_ weeks: [Int]) -> String {
        let runs = weeks.consecutiveRuns().map { $0.count == 1 ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
        return (weeks.count == 1 ? "week " : "weeks ") + Wording.list(runs)
    }

    /// Whether any change is of a pipeline's owners.
    public var changesOwners: Bool { changes.contains { $0.kind == .owner } }

    /// Everyone whose assignments change: who gives one up and who takes one on, in name order.
    public var people: [String] {
        Set(changes.flatMap { [$0.before, $0.after] }).sorted()
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
                return
                    "\(change.name!) \(change.slot!) owner: \(change.before) → \(change.after) from week \(change.fromWeek ?? 1), for the whole period (\(change.reason))"
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
                if let fromWeek = change.fromWeek { members.append(("from_week", .number(Double(fromWeek)))) }
                members += [
                    ("before", .string(change.before)), ("after", .string(change.after)), ("reason", .string(change.reason)),
                    ("cause", .string(change.cause.rawValue)),
                ]
                return .object(members)
            })
    }
}
