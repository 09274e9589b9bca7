extension Scenario {
    /// The holidays whose date lies in the period, with their weights, in date order
    /// (ties by name).
    ///
    /// Calendar holidays come from every year the period touches (and the year after, for an
    /// observed New Year's Day on 31 December), filtered by `only`; `extra` days are added.
    /// A calendar read from an iCalendar file gives its days once the loading step has read it.
    public func holidaysInPeriod() -> [Holiday] {
        let calendar = holidays.calendar
        let keep: Set<String>? = holidays.only.map { names in
            Set(names.map { holidays.canonicalName($0, in: calendar) ?? $0 })
        }
        var days = holidays.days(of: calendar, years: period.start.year...(period.end.year + 1)).filter { keep?.contains($0.name) ?? true }
        days.append(contentsOf: holidays.extra)
        var seen = Set<NamedDay>()
        return
            days
            .filter { period.days.contains($0.date) && seen.insert($0).inserted }
            .map { Holiday(name: $0.name, date: $0.date, weight: weight(ofHoliday: $0.name), week: period.week(containing: $0.date)!) }
            .sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// The weight of the holiday called `name` (aliases such as "Thanksgiving" accepted).
    public func weight(ofHoliday name: String) -> Double {
        if let weight = holidays.weights[name] { return weight }
        let canonical = holidays.canonicalName(name, in: holidays.calendar)
        for (key, weight) in holidays.weights.sorted(by: { $0.key < $1.key })
        where holidays.canonicalName(key, in: holidays.calendar) == canonical && canonical != nil {
            return weight
        }
        return 1
    }

    /// The dates in the period that are holidays of `person`'s own calendar (`holidays:`), as
    /// the scenario's `observed` says; empty when they have none, or when `rules.work-own-holidays`.
    public func ownHolidays(of person: Person) -> [NamedDay] {
        guard !rules.workOwnHolidays, let written = person.holidays, let calendar = HolidaySettings.Calendar(parsing: written) else { return [] }
        return holidays.days(of: calendar, years: period.start.year...(period.end.year + 1)).filter { period.days.contains($0.date) }
    }

    /// The scenario with each person away on the holidays of their own calendar (unless
    /// `rules.work-own-holidays`): the days are added to their `away` dates, consecutive ones
    /// as one range, so that planning, checking and what-ifs all see them.
    public func withOwnHolidaysAway() -> Scenario {
        var scenario = self
        for index in scenario.people.indices {
            let days = ownHolidays(of: scenario.people[index]).map(\.date)
            scenario.people[index].away += DayRange.merging(days)
        }
        return scenario
    }
}
