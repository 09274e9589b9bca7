import Foundation

/// A DATE or DATE-TIME value as written in a file, before a zone turns it into an instant
/// (RFC 5545 §3.3.4, §3.3.5): `20270104`, `20270104T090000Z`, `TZID=…:20270104T090000`,
/// or a floating `20270104T090000` that means the same wall-clock time in any zone.
struct ICalendarTime: Hashable, Sendable {
    /// Which clock a DATE-TIME is read on.
    enum Clock: Hashable, Sendable {
        case utc
        /// The `TZID` parameter's value.
        case zone(String)
        /// No zone: the reader's (the team's) zone.
        case floating
    }

    enum Value: Hashable, Sendable {
        case date(Day)
        case dateTime(LocalDateTime, Clock)
    }

    var value: Value

    /// Reads `text` with the property's `TZID` and `VALUE` parameters.
    /// - Returns: `nil` when the text is neither a DATE nor a DATE-TIME.
    init?(_ text: String, zone: String?, valueType: String? = nil) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(trimmed.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let dayOfMonth = number(6..<8),
            let day = Day(year: year, month: month, day: dayOfMonth)
        else { return nil }
        if bytes.count == 8 {
            value = .date(day)
            return
        }
        guard valueType?.uppercased() != "DATE", bytes.count == 15 || (bytes.count == 16 && (bytes[15] | 0x20) == UInt8(ascii: "z")),
            (bytes[8] | 0x20) == UInt8(ascii: "t"),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        let time = LocalDateTime(day: day, secondOfDay: hour * 3600 + minute * 60 + min(second, 59))
        if bytes.count == 16 {
            value = .dateTime(time, .utc)
        } else if let zone, !zone.isEmpty {
            value = .dateTime(time, .zone(zone))
        } else {
            value = .dateTime(time, .floating)
        }
    }

    /// Reads a date or date-time property (`DTSTART`, `EXDATE` item, …) with its own parameters.
    init?(_ text: String, of property: ICalendarProperty) {
        self.init(text, zone: property.parameter("TZID"), valueType: property.parameter("VALUE"))
    }

    var isDate: Bool {
        if case .date = value { return true }
        return false
    }

    /// The wall-clock reading: midnight for a DATE.
    var local: LocalDateTime {
        switch value {
        case .date(let day): LocalDateTime(day: day)
        case .dateTime(let time, _): time
        }
    }
}

/// A DURATION value (RFC 5545 §3.3.6): weeks and days are nominal (a day may last 23 or 25 hours
/// across a clock change), hours, minutes and seconds are exact.
struct ICalendarDuration: Hashable, Sendable {
    var days: Int
    var seconds: Int

    /// Parses `P1W`, `P7D`, `PT12H`, `-P1DT2H30M`; `nil` for anything else.
    init?(_ text: String) {
        var scalars = Substring(text.trimmingCharacters(in: .whitespaces).uppercased())
        var sign = 1
        if scalars.first == "+" || scalars.first == "-" {
            if scalars.first == "-" { sign = -1 }
            scalars = scalars.dropFirst()
        }
        guard scalars.first == "P" else { return nil }
        scalars = scalars.dropFirst()
        var days = 0
        var seconds = 0
        var inTime = false
        var digits = ""
        var sawPart = false
        for character in scalars {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if character == "T" {
                guard !inTime, digits.isEmpty else { return nil }
                inTime = true
                continue
            }
            guard let amount = Int(digits) else { return nil }
            digits = ""
            sawPart = true
            switch (character, inTime) {
            case ("W", false): days += 7 * amount
            case ("D", false): days += amount
            case ("H", true): seconds += 3600 * amount
            case ("M", true): seconds += 60 * amount
            case ("S", true): seconds += amount
            default: return nil
            }
        }
        guard digits.isEmpty, sawPart else { return nil }
        self.days = sign * days
        self.seconds = sign * seconds
    }
}

extension ICalendarTime {
    /// A UTC-OFFSET value, `-0500` or `+053000`, in seconds east of UTC.
    static func utcOffset(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let sign = trimmed.first, sign == "+" || sign == "-" else { return nil }
        let digits = trimmed.dropFirst()
        guard digits.count == 4 || digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let values = stride(from: 0, to: digits.count, by: 2).map { offset -> Int in
            let start = digits.index(digits.startIndex, offsetBy: offset)
            return Int(digits[start..<digits.index(start, offsetBy: 2)])!
        }
        let seconds = values[0] * 3600 + values[1] * 60 + (values.count > 2 ? values[2] : 0)
        return sign == "-" ? -seconds : seconds
    }
}
