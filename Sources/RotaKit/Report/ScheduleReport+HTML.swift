/// The report as one self-contained HTML page: inline CSS and inline SVG, no scripts, no fonts or
/// images from the network, so it opens anywhere and can be mailed as a file.
///
/// Sections, in order (each a `<section id=…>`): `fairness` (the figures at a glance), `load`
/// (bars against fair share), `calendar` (heat map), `holidays` (person × holiday matrix),
/// `people` (one table row per person), `weeks` (the year, week by week, per role), `ownership`.
extension ScheduleReport {
    public func html() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            <header>
            <h1>\(HTML.escape(title))</h1>
            <p class="subtitle">\(HTML.escape(subtitle))</p>
            </header>

            """
        page += fairnessSection()
        page += section(
            "load", "Load against fair share",
            note:
                "On-call weeks of every role (history included); the black mark is each person's fair share, their capacity's part of all weeks. Green: less than one week from it; red: one week or more.",
            body: SVGCharts.loadBars(self))
        page += section(
            "calendar", "Calendar",
            note: "Each row is a person, each column a week. Filled: on call. Red triangle: a holiday that week; ringed cell: who covers it.",
            body: SVGCharts.calendarHeatMap(self))
        if !holidays.isEmpty {
            page += section(
                "holidays", "Holidays",
                note:
                    "Who covers each holiday (the number is its weight). Amber: the person is on call that week, so a cover there (ringed red) works the holiday during their own on-call week.",
                body: SVGCharts.holidayMatrix(self))
        }
        page += section(
            "people", "People", note: "Load = \(Metrics.loadDefinition). Gaps: fewest and most weeks between consecutive on-call weeks.", body: peopleTable())
        page += section("weeks", "Week by week", note: nil, body: weekGrid())
        if !schedule.pipelines.isEmpty {
            page += section("ownership", "Pipeline ownership", note: nil, body: ownershipHTML())
        }
        page += "<footer>Made by rota report. Figures are defined in docs/checker.md.</footer>\n</body>\n</html>\n"
        return page
    }

    private var subtitle: String {
        let people = Wording.count(metrics.people.count, "person", plural: "people")
        let roles = Wording.list(roles.map(\.rawValue))
        return "\(people) · \(Wording.count(period.weeks, "week")) from \(Wording.day(period.start)) · roles: \(roles) · "
            + "\(Wording.count(holidays.count, "holiday")) · \(Wording.count(schedule.pipelines.count, "pipeline"))"
    }

    private func section(_ id: String, _ heading: String, note: String?, body: String) -> String {
        var html = "<section id=\"\(id)\">\n<h2>\(HTML.escape(heading))</h2>\n"
        if let note { html += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        return html + body + "</section>\n\n"
    }

    // MARK: - Fairness at a glance

    private func fairnessSection() -> String {
        let team = metrics.team
        let fair = team.maxDeviation < 1 - 1e-9
        var html = "<section id=\"fairness\">\n<h2>Fairness at a glance</h2>\n"
        html += "<p class=\"verdict \(fair ? "good" : "bad")\">\(HTML.escape(verdict))</p>\n<div class=\"cards\">\n"
        let cards: [(value: Double, label: String, hint: String, grade: String)] = [
            (team.equityScore, "equity score", "100 · (1 − CV); 100 is perfectly even", grade(team.equityScore, good: 95, fair: 85)),
            (team.maxDeviation, "max deviation", "weeks from fair share, worst person and role; below 1 is fair", fair ? "good" : "bad"),
            (team.spread, "spread", "most minus least load, in weeks ÷ capacity", team.spread <= 1 + 1e-9 ? "good" : team.spread <= 2 ? "fair" : "bad"),
            (team.gini, "Gini", "0 is perfectly even, 1 is one person doing everything", grade(100 - 100 * team.gini, good: 97, fair: 90)),
            (
                team.coefficientOfVariation, "coefficient of variation", "standard deviation ÷ mean of load",
                grade(100 - 100 * team.coefficientOfVariation, good: 95, fair: 85)
            ),
            (
                team.pairwiseBalance, "pairwise balance", "mean over pairs of smaller ÷ larger load; 1 is even",
                grade(100 * team.pairwiseBalance, good: 95, fair: 85)
            ),
            (
                team.holidaySpread, "holiday spread", "most minus least holiday weight",
                team.holidaySpread <= (holidays.map(\.weight).max() ?? 1) + 1e-9 ? "good" : "bad"
            ),
        ]
        for card in cards {
            html += "<div class=\"card \(card.grade)\"><div class=\"value\">\(Wording.number(card.value))</div>"
            html += "<div class=\"label\">\(HTML.escape(card.label))</div><div class=\"hint\">\(HTML.escape(card.hint))</div></div>\n"
        }
        return html + "</div>\n</section>\n\n"
    }

    private func grade(_ score: Double, good: Double, fair: Double) -> String {
        score >= good - 1e-9 ? "good" : score >= fair ? "fair" : "bad"
    }

    // MARK: - Tables

    private func peopleTable() -> String {
        var html = "<table class=\"people\">\n<thead><tr><th>person</th><th>capacity</th>"
        for role in roles { html += "<th>\(role.rawValue)</th><th>share</th><th>deviation</th>" }
        html +=
            "<th>load</th><th>holidays</th><th>holiday weight</th><th>owns (primary / secondary)</th><th>investor pipelines</th><th>gaps</th></tr></thead>\n<tbody>\n"
        for (index, person) in metrics.people.enumerated() {
            html += "<tr class=\"person\"><td><span class=\"swatch\" style=\"background:\(SVGCharts.color(index))\"></span>\(HTML.escape(person.name))</td>"
            html += "<td>\(Wording.number(person.capacity))</td>"
            for role in roles {
                let held = (person.weeks[role] ?? 0) + (person.historyWeeks[role] ?? 0)
                let deviation = person.deviation[role] ?? 0
                html += "<td>\(held)</td><td>\(Wording.number(person.share[role] ?? 0))</td>"
                html += "<td style=\"color:\(SVGCharts.deviationColor(deviation))\">\(Wording.signed(deviation))</td>"
            }
            html += "<td>\(Wording.number(person.load))</td>"
            html += "<td class=\"names\">\(HTML.escape(person.holidays.isEmpty ? "–" : person.holidays.joined(separator: ", ")))</td>"
            html += "<td>\(Wording.number(person.holidayWeight + person.historyHolidayWeight))</td>"
            html += "<td>\(person.primaryPipelines) / \(person.secondaryPipelines)</td>"
            html += "<td>\(person.investorPipelines) (\(person.investorPrimaries) as primary)</td>"
            html += "<td>\(person.shortestGap.map { "\($0)–\(person.longestGap!)" } ?? "–")</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The year in four columns of weeks (quarters), each row a week with the person per role.
    private func weekGrid() -> String {
        let colors = Dictionary(metrics.people.enumerated().map { ($1.name, SVGCharts.color($0)) }, uniquingKeysWith: { first, _ in first })
        let perColumn = max(1, (weeks.count + 3) / 4)
        var html = "<div class=\"quarters\">\n"
        for start in stride(from: 0, to: weeks.count, by: perColumn) {
            html += "<table class=\"weeks\">\n<thead><tr><th>wk</th><th>from</th>"
            for role in roles { html += "<th>\(role.rawValue)</th>" }
            html += "<th></th></tr></thead>\n<tbody>\n"
            for week in weeks[start..<min(start + perColumn, weeks.count)] {
                let marks = holidays(inWeek: week.week)
                html += marks.isEmpty ? "<tr>" : "<tr class=\"holiday\">"
                html += "<td>\(week.week)</td><td>\(SVGCharts.monthNames[week.start.month - 1]) \(week.start.dayOfMonth)</td>"
                for role in roles {
                    let name = week.oncall[role] ?? "–"
                    html += "<td><span class=\"swatch\" style=\"background:\(colors[name] ?? "#ccc")\"></span>\(HTML.escape(name))</td>"
                }
                let titles = marks.map { "\($0.name) \(Wording.day($0.date)): \($0.cover.isEmpty ? "nobody" : $0.cover)" }
                html +=
                    marks.isEmpty
                    ? "<td></td>"
                    : "<td class=\"mark\" title=\"\(HTML.escape(titles.joined(separator: "; ")))\">★ \(HTML.escape(marks.map(\.cover).joined(separator: ", ")))</td>"
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html + "</div>\n<p class=\"note\">★ a holiday that week, and who covers it (hover for the holiday).</p>\n"
    }

    private func ownershipHTML() -> String {
        var html =
            "<table class=\"ownership\">\n<thead><tr><th>pipeline</th><th>reports to investors</th><th>primary</th><th>secondary</th></tr></thead>\n<tbody>\n"
        for pipeline in schedule.pipelines {
            html += "<tr\(pipeline.investors ? " class=\"investors\"" : "")><td>\(HTML.escape(pipeline.name))</td><td>\(pipeline.investors ? "yes" : "")</td>"
            html += "<td>\(HTML.escape(pipeline.primary))</td><td>\(HTML.escape(pipeline.secondary))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    // MARK: - Style

    static let css = """

        :root { color-scheme: light; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1220px; padding: 24px 28px 40px; color: #1d2430; background: #fff; font-size: 15px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 20px; margin: 28px 0 6px; border-bottom: 2px solid #e3e6ea; padding-bottom: 4px; }
        .subtitle { color: #555; margin: 0; }
        .note { color: #555; margin: 4px 0 10px; font-size: 14px; }
        .verdict { font-size: 17px; font-weight: 600; padding: 10px 14px; border-radius: 6px; margin: 8px 0 12px; }
        .verdict.good { background: #e8f5e9; color: #1b5e20; }
        .verdict.bad { background: #ffebee; color: #b71c1c; }
        .cards { display: grid; grid-template-columns: repeat(7, 1fr); gap: 10px; }
        .card { border: 1px solid #e3e6ea; border-top: 6px solid #999; border-radius: 6px; padding: 10px 12px; }
        .card.good { border-top-color: #2e7d32; }
        .card.fair { border-top-color: #c77700; }
        .card.bad { border-top-color: #c62828; }
        .card .value { font-size: 30px; font-weight: 700; }
        .card .label { font-weight: 600; margin-top: 2px; }
        .card .hint { color: #666; font-size: 12px; margin-top: 4px; }
        table { border-collapse: collapse; font-size: 14px; }
        th, td { padding: 4px 8px; border-bottom: 1px solid #e3e6ea; text-align: right; }
        th { background: #f3f4f6; font-weight: 600; }
        td:first-child, th:first-child { text-align: left; white-space: nowrap; }
        table.weeks td { white-space: nowrap; }
        table.people { width: 100%; }
        table.people td.names { text-align: left; font-size: 13px; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
        .quarters { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
        table.weeks { width: 100%; font-size: 12px; }
        table.weeks th, table.weeks td { padding: 2px 4px; text-align: left; }
        table.weeks tr.holiday { background: #fff3e0; }
        table.weeks td.mark { color: #b71c1c; font-weight: 600; }
        table.ownership td, table.ownership th { text-align: left; }
        table.ownership tr.investors { background: #f3f6fd; }
        footer { margin-top: 32px; color: #888; font-size: 12px; }

        """
}
