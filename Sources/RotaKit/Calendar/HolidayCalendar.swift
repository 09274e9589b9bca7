import Foundation

/// Holiday rules computed by rule, never from a table: fixed dates, the n-th or last weekday
/// of a month, and the observed-day shift.
public struct HolidayCalendar: Sendable {
    /// One holiday's rule.
    public struct HolidayRule: Sendable {
        public enum Kind: Sendable {
            /// The same date every year.
            case fixed(month: Int, day: Int)
            /// The n-th (1-based) `weekday` of `month`.
            case nthWeekday(Int, Weekday, month: Int)
            /// The last `weekday` of `month`.
            case lastWeekday(Weekday, month: Int)
        }

        public var name: String
        public var kind: Kind
        /// First year the holiday exists (Juneteenth: 2021).
        public var since: Int?

        /// The actual date of the holiday in `year`, or `nil` before it existed.
        public func date(in year: Int) -> Day? {
            if let since, year < since { return nil }
            switch kind {
            case .fixed(let month, let day):
                return Day(year: year, month: month, day: day)
            case .nthWeekday(let n, let weekday, let month):
                guard let first = Day(year: year, month: month, day: 1) else { return nil }
                let shift = (weekday.rawValue - first.weekday.rawValue + 7) % 7
                return first.adding(days: shift + 7 * (n - 1))
            case .lastWeekday(let weekday, let month):
                guard let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) else { return nil }
                let shift = (last.weekday.rawValue - weekday.rawValue + 7) % 7
                return last.adding(days: -shift)
            }
        }

        /// Whether the rule falls on a fixed date (only those move when observed).
        var isFixedDate: Bool {
            if case .fixed = kind { return true }
            return false
        }
    }

    public var name: String
    public var rules: [HolidayRule]
    /// The years the rules give the right dates for.
    public var years: ClosedRange<Int>

    /// The United States federal holidays (5 U.S.C. 6103), as they have stood since 1978.
    ///
    /// Earlier years followed other rules (Veterans Day on the fourth Monday of October in
    /// 1971–1977; Washington's Birthday, Memorial Day and Columbus Day on fixed dates before
    /// 1971), so ``years`` starts in 1978. Martin Luther King Jr. Day counts from 1986 and
    /// Juneteenth from 2021.
    public static let usFederal = HolidayCalendar(
        name: "us-federal",
        years: 1978...2200,
        rules: [
            HolidayRule(name: "New Year's Day", kind: .fixed(month: 1, day: 1)),
            HolidayRule(name: "Martin Luther King Jr. Day", kind: .nthWeekday(3, .monday, month: 1), since: 1986),
            HolidayRule(name: "Washington's Birthday", kind: .nthWeekday(3, .monday, month: 2)),
            HolidayRule(name: "Memorial Day", kind: .lastWeekday(.monday, month: 5)),
            HolidayRule(name: "Juneteenth", kind: .fixed(month: 6, day: 19), since: 2021),
            HolidayRule(name: "Independence Day", kind: .fixed(month: 7, day: 4)),
            HolidayRule(name: "Labor Day", kind: .nthWeekday(1, .monday, month: 9)),
            HolidayRule(name: "Columbus Day", kind: .nthWeekday(2, .monday, month: 10)),
            HolidayRule(name: "Veterans Day", kind: .fixed(month: 11, day: 11)),
            HolidayRule(name: "Thanksgiving Day", kind: .nthWeekday(4, .thursday, month: 11)),
            HolidayRule(name: "Christmas Day", kind: .fixed(month: 12, day: 25)),
        ])

    init(name: String, years: ClosedRange<Int>, rules: [HolidayRule]) {
        self.name = name
        self.years = years
        self.rules = rules
    }

    /// The names of the calendar's holidays, in calendar order.
    public var holidayNames: [String] { rules.map(\.name) }

    /// The rule called `name`; also accepts common aliases ("Thanksgiving", "Christmas", "Presidents' Day").
    public func rule(named name: String) -> HolidayRule? {
        let key = Self.normalized(name)
        return rules.first { Self.normalized($0.name) == key || Self.aliases[key] == $0.name }
    }

    /// The holidays of `year`, in date order.
    /// - Parameter observed: move a Saturday holiday to the Friday before and a Sunday one to the
    ///   Monday after (a Saturday New Year's Day is then observed on 31 December of the year before).
    public func holidays(in year: Int, observed: Bool = false) -> [NamedDay] {
        rules.compactMap { rule -> NamedDay? in
            guard var date = rule.date(in: year) else { return nil }
            if observed && rule.isFixedDate {
                switch date.weekday {
                case .saturday: date = date.adding(days: -1)
                case .sunday: date = date.adding(days: 1)
                default: break
                }
            }
            return NamedDay(name: rule.name, date: date)
        }
        .sorted { $0.date < $1.date }
    }

    static func normalized(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static let aliases: [String: String] = [
        "juneteenth national independence day": "Juneteenth",
        "thanksgiving": "Thanksgiving Day",
        "christmas": "Christmas Day",
        "mlk day": "Martin Luther King Jr. Day",
        "martin luther king day": "Martin Luther King Jr. Day",
        "presidents' day": "Washington's Birthday",
        "presidents day": "Washington's Birthday",
        "new year's": "New Year's Day",
        "new year": "New Year's Day",
    ]
}
