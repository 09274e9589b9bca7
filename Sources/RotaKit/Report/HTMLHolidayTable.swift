/// The holidays of the HTML report, one row each: when, its weight, who covers it and who is on
/// call that week. A table scales with the holidays, not the team, so it reads the same at 4 and
/// at 100 people.
extension ScheduleReport {
    func holidayTableHTML() -> String {
        let byWeek = Dictionary(weeks.map { ($0.week, $0) }, uniquingKeysWith: { first, _ in first })
        var html = "<div class=\"scroll\"><table class=\"holidays\">\n<thead><tr><th scope=\"col\">holiday</th><th scope=\"col\" class=\"num\">date</th>"
        html += "<th scope=\"col\" class=\"num\">week</th><th scope=\"col\" class=\"num\">weight</th><th scope=\"col\">covered by</th>"
        html += "<th scope=\"col\">on call that week</th></tr></thead>\n<tbody>\n"
        for holiday in holidays {
            let week = self.week(of: holiday)
            let oncall = week.flatMap { byWeek[$0] }?.oncall ?? [:]
            let ownWeek = !holiday.cover.isEmpty && oncall.values.contains(holiday.cover)
            html += "<tr\(ownWeek ? " class=\"own-week\"" : "")><th scope=\"row\">\(HTML.escape(holiday.name))</th>"
            html += "<td class=\"num\">\(Wording.day(holiday.date))</td><td class=\"num\">\(week.map(String.init) ?? "–")</td>"
            html += "<td class=\"num\">\(Wording.number(holiday.weight))</td>"
            html += "<td>\(HTML.escape(CalendarChart.coverName(holiday)))\(ownWeek ? " <span class=\"tag\">in their own on-call week</span>" : "")</td>"
            let names = roles.compactMap { role in oncall[role].map { "\(role.rawValue) \($0)" } }
            html += "<td>\(HTML.escape(names.isEmpty ? "–" : names.joined(separator: ", ")))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}
