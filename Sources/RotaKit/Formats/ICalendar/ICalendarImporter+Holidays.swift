import Foundation

/// Holiday covers from all-day events, matched to the scenario's holidays.
extension ICalendarImporter {
    mutating func readHolidays(
        covers: [Attributed], spans: [Int: [ICalendarEvent.Span]], period: Period, zone: ICalendarZone
    ) -> [HolidayCover] {
        var found: [(name: String, date: Day, person: String, weight: Double?, line: Int)] = []
        for item in covers {
            guard case .holidayCover(let name) = item.label.kind else { continue }
            for span in spans[item.order] ?? [] {
                let date: Day
                switch span {
                case .allDay(let first, _): date = first
                case .timed(let start, _): date = zone.local(at: start).day
                }
                found.append((name, date, item.person, item.event.holidayWeight, item.event.line))
            }
        }
        found.sort { ($0.date, $0.line) < ($1.date, $1.line) }

        guard let scenario else {
            var covers: [HolidayCover] = []
            for cover in found {
                if !period.days.contains(cover.date) {
                    notes.append("line \(cover.line): holiday cover for \(cover.name) on \(cover.date.iso) lies outside the period \(period.days); ignored")
                } else if let kept = covers.first(where: { $0.date == cover.date && $0.name.lowercased() == cover.name.lowercased() }) {
                    notes.append("line \(cover.line): \(cover.name) (\(cover.date.iso)) is covered twice; counted as \(kept.cover), not \(cover.person)")
                } else {
                    covers.append(HolidayCover(name: cover.name, date: cover.date, weight: cover.weight ?? 1, cover: cover.person))
                }
            }
            return covers
        }

        let holidays = scenario.holidaysInPeriod()
        var assigned: [Int: String] = [:]
        func sameName(_ a: String, _ b: String) -> Bool {
            if HolidayCalendar.normalized(a) == HolidayCalendar.normalized(b) { return true }
            guard let rule = HolidayCalendar.usFederal.rule(named: a) else { return false }
            return HolidayCalendar.usFederal.rule(named: b)?.name == rule.name
        }
        for cover in found {
            let onDate = holidays.indices.filter { holidays[$0].date == cover.date }
            var index = onDate.first { sameName(holidays[$0].name, cover.name) } ?? (onDate.count == 1 ? onDate[0] : nil)
            if index == nil, let named = holidays.indices.first(where: { sameName(holidays[$0].name, cover.name) }) {
                notes.append(
                    "line \(cover.line): holiday cover for \(cover.name) is on \(cover.date.iso), but the scenario has \(holidays[named].name) on \(holidays[named].date.iso); counted for \(holidays[named].date.iso)"
                )
                index = named
            }
            guard let index else {
                notes.append("line \(cover.line): \(cover.name) (\(cover.date.iso)) is not a holiday of the scenario in the period; ignored")
                continue
            }
            if let kept = assigned[index] {
                notes.append(
                    "line \(cover.line): \(holidays[index].name) (\(holidays[index].date.iso)) is covered twice; counted as \(kept), not \(cover.person)")
                continue
            }
            assigned[index] = cover.person
        }
        return holidays.enumerated().map { index, holiday in
            HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: assigned[index] ?? "")
        }
    }

    /// The scenario's holidays the calendar names no cover for, covered by whoever is on call
    /// (the first role) on the day, as a paging tool has it (PRODUCT.md, "(v2) Where teams
    /// already live"); a note for each, and for each holiday nobody is on call on.
    mutating func inferringHolidayCovers(_ schedule: Schedule) -> Schedule {
        guard let scenario else { return schedule }
        let holidays = scenario.holidaysInPeriod()
        let (result, inferred) = schedule.withInferredHolidayCovers(holidays)
        for holiday in holidays {
            guard let cover = result.holidays.first(where: { $0.date == holiday.date && $0.name == holiday.name }),
                !schedule.holidays.contains(where: { $0.date == holiday.date && $0.name == holiday.name && !$0.cover.isEmpty })
            else { continue }
            if inferred.contains(holiday.name) {
                notes.append("no cover named for \(holiday.name) (\(holiday.date.iso)): counted as \(cover.cover), on call that day")
            } else {
                notes.append("nobody covers \(holiday.name) (\(holiday.date.iso))")
            }
        }
        return result
    }
}
