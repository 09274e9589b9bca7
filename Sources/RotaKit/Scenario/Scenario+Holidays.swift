extension Scenario {
    /// The holidays whose date lies in the period, with their weights, in date order
    /// (ties by name).
    ///
    /// Calendar holidays come from every year the period touches (and the year after, for an
    /// observed New Year's Day on 31 December), filtered by `only`; `extra` days are added.
    public func holidaysInPeriod() -> [Holiday] {
        var days: [NamedDay] = []
        if holidays.calendar == .usFederal {
            let calendar = HolidayCalendar.usFederal
            let keep: Set<String>? = holidays.only.map { names in
                Set(names.compactMap { calendar.rule(named: $0)?.name })
            }
            for year in period.start.year...(period.end.year + 1) {
                for day in calendar.holidays(in: year, observed: holidays.observed) where keep?.contains(day.name) ?? true {
                    days.append(day)
                }
            }
        }
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
        let canonical = HolidayCalendar.usFederal.rule(named: name)?.name
        for (key, weight) in holidays.weights.sorted(by: { $0.key < $1.key })
        where HolidayCalendar.usFederal.rule(named: key)?.name == canonical && canonical != nil {
            return weight
        }
        return 1
    }
}
