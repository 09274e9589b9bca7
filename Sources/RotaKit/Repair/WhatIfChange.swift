/// A change to the situation a schedule was planned for.
public enum WhatIfChange: Sendable, Equatable, CustomStringConvertible {
    /// `--away NAME:FROM..TO` (or a single date).
    case away(person: String, dates: DayRange)
    /// `--leaves NAME:DATE`: no longer on the team from that date.
    case leaves(person: String, date: Day)
    /// `--joins NAME:DATE[:CAPACITY]`: a new person from that date.
    case joins(person: String, date: Day, capacity: Double)
    /// `--swap WEEK:NAME`: the person is primary that week.
    case swap(week: Int, person: String)

    /// The first date the change touches, in `period`.
    public func firstDate(in period: Period) -> Day {
        switch self {
        case .away(_, let dates): dates.first
        case .leaves(_, let date), .joins(_, let date, _): date
        case .swap(let week, _): period.dates(ofWeek: week).first
        }
    }

    public var description: String {
        switch self {
        case .away(let person, let dates): "\(person) away \(dates)"
        case .leaves(let person, let date): "\(person) leaves on \(date.iso)"
        case .joins(let person, let date, let capacity):
            "\(person) joins on \(date.iso)" + (capacity == 1 ? "" : " at capacity \(capacity)")
        case .swap(let week, let person): "\(person) pinned to week \(week)"
        }
    }

    /// Parses a command-line value such as `Bob:2027-07-19..2027-08-01`.
    /// - Parameter flag: `away`, `leaves`, `joins` or `swap`.
    /// - Throws: ``InputErrors`` naming the flag and what is wrong.
    public static func parse(flag: String, _ value: String) throws(InputErrors) -> WhatIfChange {
        func fail(_ message: String, hint: String? = nil) -> InputErrors {
            InputErrors([InputProblem(file: "--\(flag)", field: value, message: message, hint: hint)])
        }
        let parts = value.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            switch flag {
            case "swap": throw fail("expected WEEK:NAME", hint: "--swap 29:Charlie")
            case "joins": throw fail("expected NAME:DATE or NAME:DATE:CAPACITY", hint: "--joins Erin:2027-09-01:0.5")
            default:
                throw fail("expected NAME:\(flag == "away" ? "FROM..TO" : "DATE")", hint: "--\(flag) Bob:2027-07-19\(flag == "away" ? "..2027-08-01" : "")")
            }
        }
        switch flag {
        case "away":
            let text = parts.dropFirst().joined(separator: ":")
            guard let dates = DayRange(parsing: text) else { throw fail("\"\(text)\" is not a date or a date range", hint: "write YYYY-MM-DD..YYYY-MM-DD") }
            return .away(person: parts[0], dates: dates)
        case "leaves":
            guard let date = Day(iso: parts[1]) else { throw fail("\"\(parts[1])\" is not a date (YYYY-MM-DD)") }
            return .leaves(person: parts[0], date: date)
        case "joins":
            guard let date = Day(iso: parts[1]) else { throw fail("\"\(parts[1])\" is not a date (YYYY-MM-DD)") }
            var capacity = 1.0
            if parts.count == 3 {
                guard let value = Double(parts[2]), value > 0, value <= 1 else { throw fail("capacity must be more than 0 and at most 1") }
                capacity = value
            }
            return .joins(person: parts[0], date: date, capacity: capacity)
        case "swap":
            guard let week = Int(parts[0]), week >= 1 else { throw fail("\"\(parts[0])\" is not a week number") }
            return .swap(week: week, person: parts[1])
        default:
            throw fail("unknown change --\(flag)")
        }
    }
}
