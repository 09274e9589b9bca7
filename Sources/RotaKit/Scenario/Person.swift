/// A member of the on-call team.
public struct Person: Sendable, Equatable {
    public var name: String
    /// Share of a full-time load, in (0, 1]; fair shares scale with it.
    public var capacity: Double
    /// Dates the person cannot be on call or cover a holiday.
    public var away: [DayRange]
    /// For matching calendar attendees (`mailto:`) to people.
    public var email: String?

    public init(name: String, capacity: Double = 1, away: [DayRange] = [], email: String? = nil) {
        self.name = name
        self.capacity = capacity
        self.away = away
        self.email = email
    }

    /// Whether `day` is one of the person's away dates.
    public func isAway(on day: Day) -> Bool { away.contains { $0.contains(day) } }

    /// Whether any date of `range` is an away date.
    public func isAway(during range: DayRange) -> Bool { away.contains { $0.overlaps(range) } }
}
