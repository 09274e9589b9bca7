/// Holidays: one cover each, available that day, allowed by the holiday-cover rule; weighted
/// counts balanced (history included); nobody covering the same holiday two years running when
/// someone else could.
extension Inspection {
    mutating func checkHolidayCovers() {
        let period = context.period
        let rule = context.scenario.rules.holidayCover
        if rule == .anyone { notApplicable[.holidayCover] = "the rules let anyone cover a holiday" }
        for (h, holiday) in context.holidays.enumerated() {
            let label = "\(holiday.name) (\(Wording.day(holiday.date)))"
            let entries = context.covers[h]
            if entries.count > 1 {
                violation(
                    Violation(
                        .coverage,
                        "\(label) is listed \(entries.count) times, covered by \(Wording.list(entries.map { $0.cover.isEmpty ? "nobody" : $0.cover })); "
                            + "a holiday has exactly one cover; the first entry was judged",
                        holiday: holiday.name, date: holiday.date))
            }
            guard let name = entries.first?.cover, !name.isEmpty else {
                violation(Violation(.coverage, "nobody covers \(label)", week: holiday.week, holiday: holiday.name, date: holiday.date))
                continue
            }
            guard let person = context.person(name) else {
                violation(
                    Violation(
                        .coverage, "\(label) has no cover from the team: \(VisibleText.shown(name)) is not a person of the scenario", week: holiday.week,
                        holiday: holiday.name, date: holiday.date))
                continue
            }
            if CheckerCalendar.isAway(person, on: holiday.date) {
                violation(
                    Violation(
                        .availability, "\(name) covers \(label) but \(Self.absence(person, during: DayRange(holiday.date)))", person: name,
                        week: holiday.week, holiday: holiday.name, date: holiday.date))
            }
            let week = Wording.week(holiday.week, of: period)
            switch rule {
            case .notWeekOwner:
                let held = context.roles(of: name, inWeek: holiday.week).filter { context.roles.contains($0) }
                guard let role = held.first else { break }
                let asRole = context.roles.count > 1 ? " as \(Wording.list(held.map(\.rawValue)))" : ""
                violation(
                    Violation(
                        .holidayCover, "\(name) covers \(label) during their own on-call \(week)\(asRole)", person: name, week: holiday.week,
                        role: role, holiday: holiday.name, date: holiday.date))
            case .weekOwner:
                guard let primary = context.oncall[holiday.week]?[.primary], !primary.isEmpty, primary != name else { break }
                violation(
                    Violation(
                        .holidayCover,
                        "\(name) covers \(label), but the rules ask the week's primary to cover it, and \(primary) is primary in \(week)",
                        person: name, week: holiday.week, holiday: holiday.name, date: holiday.date))
            case .anyone:
                break
            }
        }
    }

    /// Weighted holiday counts, history included, differ by at most the largest single weight; and
    /// the "two years running" rule against history.
    mutating func checkHolidayBalance() {
        guard !context.people.isEmpty else { return }
        if context.holidays.isEmpty && context.historyHolidayWeight.isEmpty {
            notApplicable[.holidays] = "no holidays in the period"
            return
        }
        // Compared among the people on the team for the whole period: someone joining or leaving
        // part-way is not held to a full year's holidays.
        let period = context.period
        let fullPeriod = context.people.filter { person in
            (person.joins.map { $0 <= period.start } ?? true) && (person.leaves.map { $0 > period.end } ?? true)
        }
        guard !fullPeriod.isEmpty else { return }
        let weights = fullPeriod.map { person in
            var weight = context.historyHolidayWeight[person.name] ?? 0
            for (h, holiday) in context.holidays.enumerated() where context.cover(ofHoliday: h) == person.name {
                weight += holiday.weight
            }
            return (name: person.name, weight: weight)
        }
        let largest = context.holidays.map(\.weight).max() ?? 1
        let most = weights.map(\.weight).max()!
        let least = weights.map(\.weight).min()!
        if most - least > largest + 1e-9 {
            let busiest = weights.filter { abs($0.weight - most) < 1e-9 }.map(\.name)
            let idlest = weights.filter { abs($0.weight - least) < 1e-9 }.map(\.name)
            let history = context.historyHolidayWeight.isEmpty ? "" : " (history included)"
            violation(
                Violation(
                    .holidays,
                    "holiday weight\(history) ranges from \(Wording.number(least)) (\(Wording.list(idlest))) to \(Wording.number(most)) "
                        + "(\(Wording.list(busiest))), a spread of \(Wording.number(most - least)); it may be at most the largest single "
                        + "holiday weight, \(Wording.number(largest))",
                    person: busiest.first))
        }
        checkHolidaysTwoYearsRunning()
    }

    /// Nobody covers the same holiday as in the year before when someone else could: someone on
    /// the team, not away that day, and allowed by the holiday-cover rule in that week.
    private mutating func checkHolidaysTwoYearsRunning() {
        for (h, holiday) in context.holidays.enumerated() {
            guard let name = context.cover(ofHoliday: h) else { continue }
            let canonical = CheckContext.canonicalHolidayName(holiday.name)
            let lastYear = context.historyCovers
                .filter { CheckContext.canonicalHolidayName($0.name) == canonical && $0.date.year == holiday.date.year - 1 }
                .max { $0.date < $1.date }
            guard let lastYear, lastYear.cover == name else { continue }
            let others = context.people.filter { other in
                guard other.name != name, !CheckerCalendar.isAway(other, on: holiday.date) else { return false }
                switch context.scenario.rules.holidayCover {
                case .notWeekOwner: return context.roles(of: other.name, inWeek: holiday.week).isEmpty
                case .weekOwner: return context.oncall[holiday.week]?[.primary] == other.name
                case .anyone: return true
                }
            }
            guard !others.isEmpty else { continue }
            violation(
                Violation(
                    .holidays,
                    "\(name) covers \(holiday.name) two years running (\(lastYear.date.iso) in history and \(holiday.date.iso)), "
                        + "though \(Wording.list(others.map(\.name), conjunction: "or")) could cover it",
                    person: name, week: holiday.week, holiday: holiday.name, date: holiday.date))
        }
    }
}
