/// Which holidays need a cover, and how much each weighs.
public struct HolidaySettings: Sendable, Equatable {
    /// A holiday calendar as a scenario names it: a built-in calendar (`uk-england-wales`),
    /// `none`, or the path of an iCalendar file of public holidays (`bank-holidays.ics`).
    public struct Calendar: Sendable, Equatable, Hashable, CustomStringConvertible {
        /// As the scenario writes it: `us-federal`, `none`, or a path ending in `.ics`.
        public var rawValue: String

        private init(unchecked rawValue: String) { self.rawValue = rawValue }

        /// A built-in calendar or `none`, by name; `nil` for anything else (paths included).
        public init?(rawValue: String) {
            guard let match = Self.allCases.first(where: { $0.rawValue == rawValue }) else { return nil }
            self = match
        }

        /// A built-in calendar or `none` by name, or an iCalendar file when `text` ends in `.ics`.
        public init?(parsing text: String) {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.lowercased().hasSuffix(".ics") && trimmed.count > 4 {
                self.init(unchecked: trimmed)
            } else if let named = Calendar(rawValue: trimmed) {
                self = named
            } else {
                return nil
            }
        }

        /// The iCalendar file at `path` (relative to the scenario's folder unless absolute).
        public static func file(_ path: String) -> Calendar { Calendar(unchecked: path) }

        public static let usFederal = Calendar(unchecked: HolidayCalendar.usFederal.name)
        public static let none = Calendar(unchecked: "none")

        /// The built-in calendars, then `none`.
        public static let allCases: [Calendar] = HolidayCalendar.all.map { Calendar(unchecked: $0.name) } + [.none]

        /// The built-in calendar this names, if it names one.
        public var builtIn: HolidayCalendar? { HolidayCalendar.named(rawValue) }

        /// The file's path as written, if this is an iCalendar file.
        public var filePath: String? { rawValue.lowercased().hasSuffix(".ics") ? rawValue : nil }

        public var description: String { rawValue }

        /// What the scenario may write, for messages: `us-federal, …, none, or a path to an .ics file`.
        public static var known: String { allCases.map(\.rawValue).joined(separator: ", ") + ", or a path to an .ics file" }
    }

    public var calendar: Calendar = .usFederal
    /// Names of the calendar's holidays to keep; `nil` keeps all.
    public var only: [String]?
    /// Holidays added by the team.
    public var extra: [NamedDay] = []
    /// Weight by holiday name; default 1.
    public var weights: [String: Double] = [:]
    /// Use observed weekdays (a weekend holiday moves to the weekday its calendar says).
    public var observed: Bool = false
    /// The days of each iCalendar file of holidays the scenario names (`calendar:` and people's
    /// `holidays:`), by path as written: filled in by the loading step, which reads the files.
    public var files: [String: [NamedDay]] = [:]

    public init(calendar: Calendar = .usFederal, only: [String]? = nil, extra: [NamedDay] = [], weights: [String: Double] = [:], observed: Bool = false) {
        self.calendar = calendar
        self.only = only
        self.extra = extra
        self.weights = weights
        self.observed = observed
    }

    /// The days of `calendar` in `years`: a built-in calendar's by rule (observed dates when
    /// ``observed``; an observed day may fall in the year before its holiday's), a file's as it
    /// lists them, none for `none` or a file not read yet.
    public func days(of calendar: Calendar, years: ClosedRange<Int>) -> [NamedDay] {
        if let builtIn = calendar.builtIn {
            return years.flatMap { builtIn.holidays(in: $0, observed: observed) }
        }
        guard let path = calendar.filePath, let days = files[path] else { return [] }
        return days.filter { years.contains($0.date.year) }
    }

    /// The name the calendar gives the holiday called `name` (an alias or another spelling of
    /// it), or `nil` when the calendar has no such holiday.
    public func canonicalName(_ name: String, in calendar: Calendar) -> String? {
        if let builtIn = calendar.builtIn { return builtIn.rule(named: name)?.name }
        guard let path = calendar.filePath, let days = files[path] else { return nil }
        let key = HolidayCalendar.normalized(name)
        return days.first { HolidayCalendar.normalized($0.name) == key }?.name
    }
}
