import Foundation

/// A calendar date in the proleptic Gregorian calendar, with no time and no time zone.
///
/// Stored as the number of days since 1970-01-01, so comparing, subtracting and stepping
/// are integer operations. Rota plans in whole days; time zones matter only when a schedule
/// is exported to a calendar.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// The date `year-month-day`, or `nil` when no such date exists (2027-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.ordinal = era * 146097 + dayOfEra - 719468
    }

    /// Parses `YYYY-MM-DD` exactly; anything else, or a date that does not exist, gives `nil`.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month (1–12) and day of month (1–31).
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var dayOfMonth: Int { components.day }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday.
        Weekday(rawValue: ((ordinal % 7) + 7 + 3) % 7)!
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (year, month, day) = components
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { iso }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(ordinal: ordinal + count) }

    /// Days from `self` to `other`.
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Monday-first days of the week (ISO 8601).
public enum Weekday: Int, Sendable, CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// `Mon`, `Tue`, …
    public var shortName: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue]
    }
}

/// An inclusive range of days, `2027-07-05..2027-07-18`, or a single day.
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    public var first: Day
    public var last: Day

    public init(_ first: Day, _ last: Day) {
        self.first = first
        self.last = last
    }

    public init(_ day: Day) {
        self.init(day, day)
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// Whether the two ranges share at least one day.
    public func overlaps(_ other: DayRange) -> Bool { first <= other.last && other.first <= last }

    public var dayCount: Int { first.days(to: last) + 1 }

    /// `2027-07-05..2027-07-18`, or `2027-11-25` for a single day.
    public var description: String { first == last ? first.iso : "\(first.iso)..\(last.iso)" }

    /// Parses `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`; a reversed range gives `nil`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let separator = trimmed.range(of: "..") {
            guard let first = Day(iso: String(trimmed[..<separator.lowerBound]).trimmingCharacters(in: .whitespaces)),
                let last = Day(iso: String(trimmed[separator.upperBound...]).trimmingCharacters(in: .whitespaces)),
                first <= last
            else { return nil }
            self.init(first, last)
        } else {
            guard let day = Day(iso: trimmed) else { return nil }
            self.init(day)
        }
    }
}
