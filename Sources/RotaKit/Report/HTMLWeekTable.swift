/// The year week by week: quarters side by side when the window is wide, one under the other when
/// it is narrow; each row a week, the person per role, and the holidays of the week in words (not
/// only in a tooltip, so that they print).
extension ScheduleReport {
    func weekTableHTML() -> String {
        let perColumn = max(1, (weeks.count + 3) / 4)
        var html = "<div class=\"quarters\">\n"
        for start in stride(from: 0, to: weeks.count, by: perColumn) {
            let slice = weeks[start..<min(start + perColumn, weeks.count)]
            html +=
                "<table class=\"weeks\(roles.count == 1 ? " one-role" : "")\">\n<thead><tr><th scope=\"col\" class=\"num\">wk</th><th scope=\"col\" class=\"num\">from</th>"
            for role in roles { html += "<th scope=\"col\">\(HTML.escape(role.rawValue))</th>" }
            html += "<th scope=\"col\">holiday: cover</th></tr></thead>\n<tbody>\n"
            for week in slice {
                let marks = holidays(inWeek: week.week)
                html += marks.isEmpty ? "<tr>" : "<tr class=\"holiday\">"
                html += "<td class=\"num\">\(week.week)</td><td class=\"num\">\(SVGCharts.monthNames[week.start.month - 1]) \(week.start.dayOfMonth)</td>"
                for role in roles { html += "<td>\(HTML.escape(week.oncall[role] ?? "–"))</td>" }
                let words = marks.map { "\($0.name) (\($0.date.weekday.shortName) \($0.date.dayOfMonth)): \(CalendarChart.coverName($0))" }
                html += "<td class=\"mark\">\(HTML.escape(words.joined(separator: "; ")))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html + "</div>\n"
    }
}
