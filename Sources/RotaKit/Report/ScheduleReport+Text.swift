/// The report as a terminal table and as Markdown.
extension ScheduleReport {
    /// Per person, calendar, ownership, fairness: aligned columns for the terminal.
    public func table() -> String {
        var output = "\(title)\n\(verdict)\n"
        output += "\nPeople (load = \(Metrics.loadDefinition); fair load \(Wording.number(metrics.team.fairLoad)))\n"
        output += metrics.table().text()
        output += "\nFairness\n"
        output += metrics.teamFigures.map { "  \($0.label): \($0.value)\n" }.joined()
        output += "\nCalendar\n" + calendarTable().text()
        if !schedule.pipelines.isEmpty { output += "\nOwnership\n" + ownershipTable().text() }
        return output
    }

    /// The same as Markdown.
    public func markdown() -> String {
        var output = "# \(title)\n\n\(verdict)\n"
        output += "\n## People\n\nLoad = \(Metrics.loadDefinition); fair load \(Wording.number(metrics.team.fairLoad)).\n\n"
        output += metrics.table().markdown()
        output += "\n## Fairness\n\n" + metrics.teamFigures.map { "- \($0.label): \($0.value)\n" }.joined()
        output += "\n## Calendar\n\n" + calendarTable().markdown()
        if !schedule.pipelines.isEmpty { output += "\n## Ownership\n\n" + ownershipTable().markdown() }
        return output
    }

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
