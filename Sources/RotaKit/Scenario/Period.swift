/// The planned period: whole weeks from a first handoff day.
///
/// Week `i` (from 1) covers the seven dates from `start + 7(i-1)`.
public struct Period: Sendable, Equatable {
    public var start: Day
    public var weeks: Int
    /// Local handoff time, `HH:MM`.
    public var handoff: HandoffTime
    /// IANA time zone name.
    public var timezone: String

    public init(start: Day, weeks: Int, handoff: HandoffTime = HandoffTime(hour: 9, minute: 0), timezone: String = "UTC") {
        self.start = start
        self.weeks = weeks
        self.handoff = handoff
        self.timezone = timezone
    }

    /// The last date of the period.
    public var end: Day { start.adding(days: 7 * weeks - 1) }

    public var days: DayRange { DayRange(start, end) }

    /// The dates of week `week` (1-based).
    public func dates(ofWeek week: Int) -> DayRange {
        let first = start.adding(days: 7 * (week - 1))
        return DayRange(first, first.adding(days: 6))
    }

    /// The week (1-based) containing `day`, or `nil` outside the period.
    public func week(containing day: Day) -> Int? {
        let offset = start.days(to: day)
        guard offset >= 0, offset < 7 * weeks else { return nil }
        return offset / 7 + 1
    }

    public var weekNumbers: ClosedRange<Int> { 1...max(weeks, 1) }
}

/// A local time of day, `HH:MM`.
public struct HandoffTime: Sendable, Equatable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Parses `H:MM` or `HH:MM` (00:00–23:59).
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String {
        (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
