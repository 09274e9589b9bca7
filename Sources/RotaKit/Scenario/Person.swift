/// A member of the on-call team.
public struct Person: Sendable, Equatable {
    public var name: String
    /// Share of a full-time load, in (0, 1]; fair shares scale with it.
    public var capacity: Double
    /// Dates the person cannot be on call or cover a holiday.
    public var away: [DayRange]
    /// For matching calendar attendees (`mailto:`) to people.
    public var email: String?
    /// First day on the team, when the person joins during the period.
    public var joins: Day?
    /// First day no longer on the team, when the person leaves during the period.
    public var leaves: Day?
    /// Job title, shown beside the name in the team's document (`Data Engineer`).
    public var title: String?
    /// PagerDuty user id (`PXXXXXX`), for the PagerDuty and Terraform exports and imports.
    public var pagerduty: String?
    /// Opsgenie username (usually an email address), for the Opsgenie export and import.
    public var opsgenie: String?
    /// The person's own public-holiday calendar (a calendar name or an `.ics` path, as
    /// `holidays.calendar`): they are away on its dates unless `rules.work-own-holidays`.
    public var holidays: String?

    public init(name: String, capacity: Double = 1, away: [DayRange] = [], email: String? = nil, joins: Day? = nil, leaves: Day? = nil) {
        self.name = name
        self.capacity = capacity
        self.away = away
        self.email = email
        self.joins = joins
        self.leaves = leaves
    }

    /// Whether the person is on the team on `day`.
    public func isMember(on day: Day) -> Bool {
        (joins.map { day >= $0 } ?? true) && (leaves.map { day < $0 } ?? true)
    }

    /// Whether `day` is one of the person's away dates, or a day they are not on the team.
    public func isAway(on day: Day) -> Bool { !isMember(on: day) || away.contains { $0.contains(day) } }

    /// Whether any date of `range` is an away date, or a day they are not on the team.
    public func isAway(during range: DayRange) -> Bool {
        !isMember(on: range.first) || !isMember(on: range.last) || away.contains { $0.overlaps(range) }
    }

    /// Whether the person is on the team for the whole of `range`.
    public func isMember(during range: DayRange) -> Bool { isMember(on: range.first) && isMember(on: range.last) }
}
