/// A wall-clock date and time with no zone attached: `2027-01-04 09:00` as people in one place read it.
///
/// iCalendar writes most times this way (`DTSTART;TZID=America/New_York:20270104T090000`);
/// an ``ICalendarZone`` turns one into an instant. Instants are seconds since 1970-01-01T00:00Z.
struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    static let secondsPerDay = 86_400

    var day: Day
    /// Seconds since midnight, 0..<86400.
    var secondOfDay: Int

    init(day: Day, secondOfDay: Int = 0) {
        self.day = day
        self.secondOfDay = secondOfDay
    }

    init(day: Day, handoff: HandoffTime) {
        self.init(day: day, secondOfDay: handoff.hour * 3600 + handoff.minute * 60)
    }

    /// The wall-clock time whose reading, taken as if it were UTC, is `seconds` after the epoch.
    init(wallSeconds seconds: Int) {
        let (days, remainder) = seconds.floorDivided(by: Self.secondsPerDay)
        self.init(day: Day(ordinal: days), secondOfDay: remainder)
    }

    /// The reading as if it were UTC: seconds since 1970-01-01 00:00 on the same wall clock.
    var wallSeconds: Int { day.ordinal * Self.secondsPerDay + secondOfDay }

    var hour: Int { secondOfDay / 3600 }
    var minute: Int { secondOfDay % 3600 / 60 }
    var second: Int { secondOfDay % 60 }

    /// The same wall-clock time `count` days later.
    func adding(days count: Int) -> LocalDateTime { LocalDateTime(day: day.adding(days: count), secondOfDay: secondOfDay) }

    /// `20270104T090000`, the iCalendar DATE-TIME form without a zone suffix.
    var icalendarText: String {
        day.icalendarText + "T" + Self.twoDigits(hour) + Self.twoDigits(minute) + Self.twoDigits(second)
    }

    /// `2027-01-04 09:00`.
    var description: String {
        "\(day.iso) \(Self.twoDigits(hour)):\(Self.twoDigits(minute))"
    }

    static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { lhs.wallSeconds < rhs.wallSeconds }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

extension Day {
    /// `20270104`, the iCalendar DATE form.
    var icalendarText: String { iso.replacingOccurrences(of: "-", with: "") }
}

extension Int {
    /// Quotient rounded toward negative infinity, and a remainder in `0..<divisor`.
    func floorDivided(by divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = ((self % divisor) + divisor) % divisor
        return ((self - remainder) / divisor, remainder)
    }
}
