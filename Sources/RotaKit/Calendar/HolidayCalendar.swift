import Foundation

/// A country's public holidays, computed by rule: fixed dates, the n-th or last weekday of a
/// month, days counted from Easter, one-off days with their source, and the substitute day a
/// holiday moves to when it falls on a weekend.
///
/// The calendars themselves are in one file each (`HolidayCalendar+UnitedStates.swift`, …);
/// ``all`` lists them, ``named(_:)`` finds one.
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
            /// `offset` days after Easter Sunday (Good Friday is -2, Easter Monday 1).
            case easter(offset: Int)
            /// One date only (a royal funeral, a jubilee), with ``HolidayRule/source`` saying where it is decreed.
            case once(Day)
            /// A rule of its own: the date in a year, or `nil` when there is none that year.
            case computed(@Sendable (Int) -> Day?)
        }

        /// Where a holiday goes on the working week when it falls on a weekend (``holidays(in:observed:)``
        /// with `observed`).
        public enum Observance: Sendable {
            /// It stays where it is.
            case stays
            /// Saturday to the Friday before, Sunday to the Monday after (US federal).
            case nearestWeekday
            /// Saturday or Sunday to the next weekday that is not already a holiday (UK substitute
            /// days); also a weekday holiday whose date a ``nextWeekday`` holiday has taken.
            case nextFreeWeekday
            /// Saturday or Sunday to the Monday after, even when that is another holiday, which
            /// then moves on (Scotland's New Year's Day on a Sunday takes 2 January, and the
            /// 2 January holiday moves to the 3rd).
            case nextWeekday
            /// Sunday to the Saturday before (Dutch King's Day).
            case sundayToSaturday
            /// Sunday to the Monday after (Canada Day).
            case sundayToMonday
        }

        public var name: String
        public var kind: Kind
        /// First year the holiday exists (Juneteenth: 2021).
        public var since: Int?
        /// Last year the holiday exists.
        public var until: Int?
        public var observance: Observance
        /// For a one-off day: the decree or announcement it comes from.
        public var source: String?

        init(_ name: String, _ kind: Kind, since: Int? = nil, until: Int? = nil, observance: Observance = .stays, source: String? = nil) {
            self.name = name
            self.kind = kind
            self.since = since
            self.until = until
            self.observance = observance
            self.source = source
        }

        /// The actual date of the holiday in `year`, or `nil` when it has none that year.
        public func date(in year: Int) -> Day? {
            if let since, year < since { return nil }
            if let until, year > until { return nil }
            switch kind {
            case .fixed(let month, let day):
                return Day(year: year, month: month, day: day)
            case .nthWeekday(let n, let weekday, let month):
                return Self.nth(n, weekday, month: month, year: year)
            case .lastWeekday(let weekday, let month):
                return Self.last(weekday, month: month, year: year)
            case .easter(let offset):
                return Easter.sunday(in: year).adding(days: offset)
            case .once(let day):
                return day.year == year ? day : nil
            case .computed(let rule):
                return rule(year)
            }
        }

        /// The n-th (1-based) `weekday` of `month` in `year`.
        static func nth(_ n: Int, _ weekday: Weekday, month: Int, year: Int) -> Day? {
            guard let first = Day(year: year, month: month, day: 1) else { return nil }
            let shift = (weekday.rawValue - first.weekday.rawValue + 7) % 7
            return first.adding(days: shift + 7 * (n - 1))
        }

        /// The last `weekday` of `month` in `year`.
        static func last(_ weekday: Weekday, month: Int, year: Int) -> Day? {
            guard let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) else { return nil }
            let shift = (last.weekday.rawValue - weekday.rawValue + 7) % 7
            return last.adding(days: -shift)
        }

        /// Whether this is a one-off day.
        public var isOneOff: Bool {
            if case .once = kind { return true }
            return false
        }
    }

    /// The name a scenario uses: `us-federal`.
    public var name: String
    /// What the calendar lists, for headings: `US federal holidays`.
    public var title: String
    public var rules: [HolidayRule]
    /// The years the rules give the right dates for.
    public var years: ClosedRange<Int>
    /// Other names people use for the holidays, lower-cased: `"thanksgiving": "Thanksgiving Day"`.
    public var aliases: [String: String]

    init(name: String, title: String, years: ClosedRange<Int>, rules: [HolidayRule], aliases: [String: String] = [:]) {
        self.name = name
        self.title = title
        self.years = years
        self.rules = rules
        self.aliases = aliases
    }

    /// The names of the calendar's holidays, in calendar order, each once.
    public var holidayNames: [String] {
        var seen = Set<String>()
        return rules.map(\.name).filter { seen.insert($0).inserted }
    }

    /// The rule called `name` (case, spacing and apostrophes aside; `St` for `Saint`); also accepts
    /// the calendar's aliases ("Thanksgiving", "Christmas", "Whit Monday").
    public func rule(named name: String) -> HolidayRule? {
        let key = Self.lookupKey(name)
        if let rule = rules.first(where: { Self.lookupKey($0.name) == key }) { return rule }
        guard let target = aliases[Self.normalized(name)] ?? aliases[key] else { return nil }
        return rules.first { $0.name == target }
    }

    /// The holidays of `year`, in date order (ties in calendar order).
    /// - Parameter observed: move weekend holidays to the weekday each rule's ``HolidayRule/Observance``
    ///   says (a US Saturday New Year's Day is then observed on 31 December of the year before,
    ///   and listed under its own year).
    /// - Complexity: O(*r* log *r*) for *r* rules.
    public func holidays(in year: Int, observed: Bool = false) -> [NamedDay] {
        let actual = rules.enumerated().compactMap { index, rule in rule.date(in: year).map { (index: index, rule: rule, date: $0) } }
            .sorted { ($0.date, $0.index) < ($1.date, $1.index) }
        guard observed else { return actual.map { NamedDay(name: $0.rule.name, date: $0.date) } }
        var taken = Set(actual.map(\.date).filter { !$0.isWeekend })
        var claimed = Set<Day>()
        var moved: [(index: Int, day: NamedDay)] = []
        for (index, rule, date) in actual {
            var day = date
            switch rule.observance {
            case .stays: break
            case .nearestWeekday:
                if date.weekday == .saturday { day = date.adding(days: -1) }
                if date.weekday == .sunday { day = date.adding(days: 1) }
            case .nextWeekday:
                guard date.isWeekend else { break }
                day = date.adding(days: date.weekday == .saturday ? 2 : 1)
                claimed.insert(day)
                taken.insert(day)
            case .nextFreeWeekday:
                guard date.isWeekend || claimed.contains(date) else { break }
                day = date.adding(days: 1)
                while day.isWeekend || taken.contains(day) { day = day.adding(days: 1) }
                taken.insert(day)
            case .sundayToSaturday:
                if date.weekday == .sunday { day = date.adding(days: -1) }
            case .sundayToMonday:
                if date.weekday == .sunday { day = date.adding(days: 1) }
            }
            moved.append((index, NamedDay(name: rule.name, date: day)))
        }
        return moved.sorted { ($0.day.date, $0.index) < ($1.day.date, $1.index) }.map(\.day)
    }

    /// A name lower-cased, with single spaces and straight apostrophes.
    static func normalized(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// ``normalized(_:)``, with `St`/`St.` read as `Saint` and `Labour` as `Labor`, for finding rules.
    static func lookupKey(_ name: String) -> String {
        normalized(name).split(separator: " ").map { word in
            switch word {
            case "st", "st.": "saint"
            case "labour": "labor"
            default: String(word)
            }
        }
        .joined(separator: " ")
    }
}

extension Day {
    /// Saturday or Sunday.
    var isWeekend: Bool { weekday == .saturday || weekday == .sunday }
}
