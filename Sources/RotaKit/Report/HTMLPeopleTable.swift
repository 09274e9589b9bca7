/// The People table of the HTML report: one row per person, roles as column groups, figures that
/// never wrap, job titles under the names when the scenario gives them, and the days away the
/// calendar draws. Holiday names are in the Holidays table, so
/// that this one stays narrow enough for an 800 px window and a printed page.
extension ScheduleReport {
    func peopleTableHTML() -> String {
        let away = Dictionary(timeAway.map { ($0.name, $0.dayCount) }, uniquingKeysWith: { first, _ in first })
        let titles = Dictionary(
            (scenario?.people ?? []).compactMap { person in person.title.map { (person.name, $0) } }, uniquingKeysWith: { first, _ in first })
        var html = "<div class=\"scroll\"><table class=\"people\">\n<thead>\n<tr><th rowspan=\"2\" scope=\"col\">person</th>"
        html += "<th rowspan=\"2\" scope=\"col\" class=\"n\">capacity</th>"
        for role in roles { html += "<th colspan=\"2\" scope=\"colgroup\" class=\"group\">\(HTML.escape(role.rawValue))</th>" }
        html += "<th rowspan=\"2\" scope=\"col\" class=\"n\">load</th><th colspan=\"2\" scope=\"colgroup\" class=\"group\">holidays</th>"
        html += "<th colspan=\"2\" scope=\"colgroup\" class=\"group\">pipelines owned, P / S</th><th rowspan=\"2\" scope=\"col\" class=\"n\">gaps</th>"
        html += "<th rowspan=\"2\" scope=\"col\" class=\"n\">away (days)</th></tr>\n<tr>"
        for _ in roles { html += "<th scope=\"col\" class=\"n\">weeks</th><th scope=\"col\" class=\"n\" title=\"weeks minus fair share\">±</th>" }
        html += "<th scope=\"col\" class=\"n\">covered</th><th scope=\"col\" class=\"n\">weight</th>"
        html += "<th scope=\"col\" class=\"n\">all</th><th scope=\"col\" class=\"n\">investors</th></tr>\n</thead>\n<tbody>\n"
        for person in metrics.people {
            let title = titles[person.name].map { "<span class=\"role-title\">\(HTML.escape($0))</span>" } ?? ""
            html += "<tr class=\"person\"><th scope=\"row\">\(HTML.escape(person.name))\(title)</th><td class=\"num\">\(Wording.number(person.capacity))</td>"
            for role in roles {
                let held = (person.weeks[role] ?? 0) + (person.historyWeeks[role] ?? 0)
                let deviation = person.deviation[role] ?? 0
                html += "<td class=\"num\">\(held)</td><td class=\"num \(abs(deviation) < 1 - 1e-9 ? "ok" : "off")\">\(Wording.signed(deviation))</td>"
            }
            html += "<td class=\"num\">\(Wording.number(person.load))</td>"
            html += "<td class=\"num\">\(person.holidays.count)</td>"
            html += "<td class=\"num\">\(Wording.number(person.holidayWeight + person.historyHolidayWeight))</td>"
            html += "<td class=\"num\">\(person.primaryPipelines) / \(person.secondaryPipelines)</td>"
            html += "<td class=\"num\">\(person.investorPrimaries) / \(person.investorPipelines - person.investorPrimaries)</td>"
            html += "<td class=\"num\">\(person.shortestGap.map { "\($0)–\(person.longestGap!)" } ?? "–")</td>"
            html += "<td class=\"num\">\(away[person.name].map { $0 == 0 ? "–" : String($0) } ?? "–")</td></tr>\n"
        }
        html += "</tbody>\n</table></div>\n"
        return html
    }
}
