/// The checker's own calendar arithmetic: week dates, time away and the holidays of the period,
/// computed here from PRODUCT.md's definitions rather than with `Period.dates(ofWeek:)`,
/// `Person.isAway` and `Scenario.holidaysInPeriod()`, which the formulation uses. A mistake in
/// those would otherwise be repeated by the proof instead of caught by it.
///
/// What it still trusts (see `docs/checker.md`): the scenario reader, `Day`'s date arithmetic,
/// and `HolidayCalendar`'s dates and holiday names (tested against the Python `holidays` package).
enum CheckerCalendar {
    /// The seven dates of week `week` (1-based): "week i covers the seven dates from
    /// `start + 7(i-1)`"; the last week stops at the scenario's end date when that falls inside it
    /// ("the last shift runs to the end date").
    static func dates(ofWeek week: Int, in period: Period) -> DayRange {
        let first = period.start.adding(days: 7 * (week - 1))
        let last = first.adding(days: 6)
        if week == period.weeks, let end = period.shortEnd, end < last { return DayRange(first, end) }
        return DayRange(first, last)
    }

    /// Every date of the period: its weeks, back to back.
    static func days(of period: Period) -> DayRange {
        DayRange(period.start, dates(ofWeek: period.weeks, in: period).last)
    }

    /// Whether `day` is one of `person`'s away dates, or a day they are not on the team (before
    /// they join, or on or after the day they leave).
    static func isAway(_ person: Person, on day: Day) -> Bool {
        if let joins = person.joins, day < joins { return true }
        if let leaves = person.leaves, day >= leaves { return true }
        return person.away.contains { range in range.first <= day && day <= range.last }
    }

    /// Whether `person` is away on any date of `range`: "a person is away that week when any of
    /// those dates is an away date". Checked date by date.
    static func isAway(_ person: Person, during range: DayRange) -> Bool {
        var day = range.first
        while day <= range.last {
            if isAway(person, on: day) { return true }
            day = day.adding(days: 1)
        }
        return false
    }

    /// The holidays whose date lies in the period, in date order (ties by name): the calendar's
    /// dated holidays of every year the period touches (and the next, for an observed New Year's
    /// Day on 31 December), kept by `only`, plus the `extra` days, each counted once, with the
    /// weight `weights` gives its name or an alias of it (default 1). A built-in calendar's days
    /// come from `HolidayCalendar`; an iCalendar file's are the days the loading step read from
    /// it (`settings.files`), taken as listed.
    static func holidays(of scenario: Scenario) -> [Holiday] {
        let settings = scenario.holidays
        let period = scenario.period
        var candidates: [NamedDay] = []
        let lastDay = days(of: period).last
        if let calendar = settings.calendar.builtIn {
            let kept = settings.only.map { names in Set(names.compactMap { calendar.rule(named: $0)?.name }) }
            for year in period.start.year...(lastDay.year + 1) {
                candidates += calendar.holidays(in: year, observed: settings.observed).filter { kept?.contains($0.name) ?? true }
            }
        } else if let path = settings.calendar.filePath {
            let kept = settings.only.map { names in Set(names.map(HolidayCalendar.normalized)) }
            candidates += (settings.files[path] ?? []).filter { kept?.contains(HolidayCalendar.normalized($0.name)) ?? true }
        }
        candidates += settings.extra
        let span = days(of: period)
        var result: [Holiday] = []
        for candidate in candidates where span.first <= candidate.date && candidate.date <= span.last {
            guard !result.contains(where: { $0.name == candidate.name && $0.date == candidate.date }) else { continue }
            let week = period.start.days(to: candidate.date) / 7 + 1
            result.append(Holiday(name: candidate.name, date: candidate.date, weight: weight(of: candidate.name, in: settings), week: week))
        }
        return result.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// The weight of the holiday called `name`: its own entry in `weights`, else the first entry
    /// (by key) naming the same calendar holiday ("Thanksgiving" for "Thanksgiving Day"), else 1.
    private static func weight(of name: String, in settings: HolidaySettings) -> Double {
        if let weight = settings.weights[name] { return weight }
        let same: (String) -> String?
        if let calendar = settings.calendar.builtIn {
            same = { calendar.rule(named: $0)?.name }
        } else {
            same = { HolidayCalendar.normalized($0) }
        }
        guard let canonical = same(name) else { return 1 }
        for key in settings.weights.keys.sorted() where same(key) == canonical {
            return settings.weights[key]!
        }
        return 1
    }
}
