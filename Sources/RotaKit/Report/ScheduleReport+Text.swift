/// The report as a terminal table and as Markdown.
extension ScheduleReport {
    /// Per person, calendar, ownership, fairness, and the warnings `rota check` gives (with a
    /// scenario): aligned columns for the terminal.
    public func table() -> String {
        var output = "\(title)\n\(verdict)\n"
        output += "\nPeople (load = \(metrics.loadMeaning); fair load \(Wording.number(metrics.team.fairLoad)))\n"
        output += metrics.table().text()
        output += "\nFairness\n"
        output += metrics.teamFigures.map { "  \($0.label): \($0.value)\n" }.joined()
        output += "\nCalendar\n" + calendarTable().text()
        if !schedule.pipelines.isEmpty { output += "\nOwnership\n" + ownershipTable().text() }
        return output + CheckWarnings(warnings).tableSection
    }

    /// The team's document (``TeamDocument``) for this schedule. A report keeps no scenario, so
    /// the document has no job titles, run books, risks or notes: `rota report --scenario` writes
    /// them with `TeamDocument(schedule:scenario:history:)`.
    public func markdown() -> String { TeamDocument(report: self).markdown() }

    /// One row per week: dates, who holds each role, the holidays of the week and their covers.
    func calendarTable() -> TextTable {
        var table = TextTable([("week", .right), ("dates", .left)] + roles.map { ($0.rawValue, .left) } + [("holidays", .left)])
        for week in weeks {
            let marks = holidays(inWeek: week.week).map { holiday in
                "\(holiday.name) \(Wording.day(holiday.date)): \(holiday.cover.isEmpty ? "nobody" : holiday.cover)"
            }
            table.add(
                [String(week.week), Wording.span(DayRange(week.start, week.end))] + roles.map { week.oncall[$0] ?? "–" }
                    + [marks.joined(separator: "; ")])
        }
        return table
    }

    /// One row per pipeline.
    func ownershipTable() -> TextTable {
        var table = TextTable([("pipeline", .left), ("investors", .left), ("primary", .left), ("secondary", .left)])
        for pipeline in schedule.pipelines {
            table.add([pipeline.name, pipeline.investors ? "yes" : "", pipeline.primary, pipeline.secondary])
        }
        return table
    }
}
