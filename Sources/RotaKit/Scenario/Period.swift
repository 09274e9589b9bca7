/// The planned period: weeks from a first handoff day.
///
/// Week `i` (from 1) covers the seven dates from `start + 7(i-1)`. A period whose end date does
/// not fall on a week boundary (`end: 2027-12-31` for a Monday handoff) ends with a short week:
/// its last shift runs from its handoff day to the end date, so that no day of the period is left
/// without someone on call. That short week counts as one week, like any other shift (load in
/// shifts, as PRODUCT.md's `load.unit: shift` default says), in fair shares, rest and the plan.
public struct Period: Sendable, Equatable {
    public var start: Day
    /// The number of weeks, the short last week included.
    public var weeks: Int
    /// Local handoff time, `HH:MM`.
    public var handoff: HandoffTime
    /// IANA time zone name.
    public var timezone: String
    /// The last date, when the last week is short (ends before `start + 7·weeks − 1`); `nil` when
    /// the period is whole weeks.
    public private(set) var shortEnd: Day?

    /// - Parameter end: the period's last date when it falls inside the last week, which is then
    ///   short; ignored when it is the last week's seventh day or outside the last week.
    public init(start: Day, weeks: Int, handoff: HandoffTime = HandoffTime(hour: 9, minute: 0), timezone: String = "UTC", end: Day? = nil) {
        self.start = start
        self.weeks = weeks
        self.handoff = handoff
        self.timezone = timezone
        if let end, start.adding(days: 7 * (weeks - 1)) <= end, end < start.adding(days: 7 * weeks - 1) { shortEnd = end }
    }

    /// The last date of the period.
    public var end: Day { shortEnd ?? start.adding(days: 7 * weeks - 1) }

    public var days: DayRange { DayRange(start, end) }

    /// The dates of week `week` (1-based): seven, or fewer for a short last week.
    public func dates(ofWeek week: Int) -> DayRange {
        let first = start.adding(days: 7 * (week - 1))
        let last = first.adding(days: 6)
        if week == weeks, let shortEnd, shortEnd < last { return DayRange(first, shortEnd) }
        return DayRange(first, last)
    }

    /// The week (1-based) containing `day`, or `nil` outside the period.
    public func week(containing day: Day) -> Int? {
        let offset = start.days(to: day)
        guard offset >= 0, day <= end else { return nil }
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
