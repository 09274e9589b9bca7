/// People × weeks: who is on call when (a `P` or `S` cell), time away (a grey band, day by day),
/// days off the team (a dashed line), holiday covers (a ring) and the holidays' weeks (a marker
/// above the column), months along the top and week numbers along the bottom.
///
/// Names are measured conservatively (``ChartText``) so that none is cut. The year is drawn twice:
/// in parts of at most 53 weeks for wide windows, and in parts of at most 27 weeks for narrow
/// windows and print; the page's CSS shows one or the other (`.wide`, `.narrow`).
enum CalendarChart {
    /// The widest a chart is drawn for a wide window and for a narrow one, in CSS pixels.
    static let wideWidth = 1280.0
    static let narrowWidth = 720.0

    static let primaryFill = "#1f4e79"
    static let secondaryFill = "#cfe0f1"
    static let awayFill = "#9aa1ab"
    static let holidayStroke = "#b71c1c"

    static func html(_ report: ScheduleReport) -> String {
        let weeks = max(report.period.weeks, 1)
        let away = report.timeAway
        let wide = parts(weeks, most: 53)
        let narrow = parts(weeks, most: 27)
        var html = ""
        if wide.count == narrow.count {
            html += "<div class=\"chart-parts\">\n" + wide.map { svg(report, away: away, weeks: $0, budget: narrowWidth) }.joined() + "</div>\n"
        } else {
            html += "<div class=\"chart-parts wide\">\n" + wide.map { svg(report, away: away, weeks: $0, budget: wideWidth) }.joined() + "</div>\n"
            html += "<div class=\"chart-parts narrow\">\n" + narrow.map { svg(report, away: away, weeks: $0, budget: narrowWidth) }.joined() + "</div>\n"
        }
        return html + legend(report, away: away)
    }

    /// Week ranges of at most `most` weeks, as even as possible.
    static func parts(_ weeks: Int, most: Int) -> [ClosedRange<Int>] {
        let count = (weeks + most - 1) / most
        let per = (weeks + count - 1) / count
        return stride(from: 1, through: weeks, by: per).map { $0...min($0 + per - 1, weeks) }
    }

    // MARK: - One part

    static func svg(_ report: ScheduleReport, away: [TimeAway], weeks part: ClosedRange<Int>, budget: Double) -> String {
        let people = report.metrics.people
        let nameSize = 12.0
        let longest = people.map { ChartText.width($0.name, size: nameSize, weight: 600) }.max() ?? 0
        let label = min(longest + 14, budget * 0.26).rounded(.up)
        let cell = min(24, ((budget - label - 6) / Double(part.count)).rounded(.down))
        let row = people.count <= 12 ? 24.0 : 18.0, top = 34.0
        let plotWidth = cell * Double(part.count)
        let width = label + plotWidth + 6
        let height = top + row * Double(people.count) + 22
        let firstDay = report.period.dates(ofWeek: part.lowerBound).first
        let lastDay = report.period.dates(ofWeek: part.upperBound).last
        let days = DayRange(firstDay, lastDay)
        func x(_ day: Day) -> Double { label + cell * Double(firstDay.days(to: day)) / 7 }
        func x(week: Int) -> Double { label + cell * Double(week - part.lowerBound) }
        let byWeek = Dictionary(report.weeks.map { ($0.week, $0) }, uniquingKeysWith: { first, _ in first })

        let what = "On-call calendar, weeks \(part.lowerBound)–\(part.upperBound): people by week, with time away and holidays"
        var svg = SVGCharts.open(width: width, height: height, label: what)
        // Months along the top, and a faint line at each month's first week.
        var lastLabelEnd = -Double.infinity
        var lastMonth = 0
        for week in part {
            let start = report.period.dates(ofWeek: week).first
            guard start.month != lastMonth else { continue }
            lastMonth = start.month
            let name = SVGCharts.monthNames[start.month - 1] + (week == part.lowerBound || start.month == 1 ? " \(start.year)" : "")
            let left = x(week: week) + 1
            let textWidth = ChartText.width(name, size: 11)
            if week != part.lowerBound {
                svg += SVGCharts.line(x(week: week), 18, x(week: week), top + row * Double(people.count), stroke: "#d5d9df")
            }
            if left >= lastLabelEnd + 4 && left + textWidth <= width {
                svg += SVGCharts.text(name, x: left, y: 12, size: 11, fill: "#444")
                lastLabelEnd = left + textWidth
            }
        }
        // Holiday markers above their weeks.
        for holiday in report.holidays {
            guard let week = report.week(of: holiday), part.contains(week) else { continue }
            let cx = x(week: week) + cell / 2, half = min(5, cell / 2 - 1)
            svg += "<path d=\"M\(SVGCharts.f(cx - half)) 20 L\(SVGCharts.f(cx + half)) 20 L\(SVGCharts.f(cx)) 30 Z\" fill=\"\(holidayStroke)\">"
            svg += "<title>\(HTML.escape(holiday.name)), \(Wording.day(holiday.date)): covered by \(HTML.escape(coverName(holiday)))</title></path>\n"
        }
        for (index, person) in people.enumerated() {
            let y = top + row * Double(index)
            if index % 2 == 1 { svg += SVGCharts.rect(x: 0, y: y, width: width, height: row, fill: "#f2f4f7") }
            let shown = ChartText.fitted(person.name, size: nameSize, weight: 600, room: label - 10)
            svg += SVGCharts.text(
                shown, x: label - 8, y: y + row / 2 + 4, size: nameSize, anchor: "end", weight: 600, title: shown == person.name ? nil : person.name)
            let presence = away[index]
            svg += membership(presence, days: days, y: y + row / 2, x: x)
            for range in presence.away where range.overlaps(days) {
                let from = max(range.first, days.first), to = min(range.last, days.last)
                svg += SVGCharts.rect(
                    x: x(from), y: y + row * 0.3, width: x(to.adding(days: 1)) - x(from), height: row * 0.4, fill: awayFill,
                    title: "\(person.name) away \(range.first == range.last ? Wording.day(range.first) : Wording.span(range))")
            }
            for week in part {
                let held = report.roles.filter { byWeek[week]?.oncall[$0] == person.name }
                guard let role = held.first else { continue }
                let left = x(week: week)
                let clash = presence.isAway(during: report.period.dates(ofWeek: week))
                let primary = role == report.roles.first
                svg += SVGCharts.rect(
                    x: left + 1, y: y + 2, width: cell - 2, height: row - 4, fill: primary ? primaryFill : secondaryFill,
                    stroke: clash ? "#c62828" : primary ? nil : primaryFill, strokeWidth: clash ? 2 : 1, radius: 2,
                    title:
                        "\(person.name), week \(week) (\(Wording.span(report.period.dates(ofWeek: week)))): \(held.map(\.rawValue).joined(separator: " and "))"
                        + (clash ? ", while away" : ""))
                if cell >= 13 {
                    svg += SVGCharts.text(
                        primary ? "P" : "S", x: left + cell / 2, y: y + row / 2 + 4, size: 11, anchor: "middle", fill: primary ? "#fff" : primaryFill,
                        weight: 700)
                }
            }
            for holiday in report.holidays where holiday.cover == person.name {
                guard let week = report.week(of: holiday), part.contains(week) else { continue }
                let radius = min(cell, row) / 2 - 1
                svg += "<circle cx=\"\(SVGCharts.f(x(week: week) + cell / 2))\" cy=\"\(SVGCharts.f(y + row / 2))\" r=\"\(SVGCharts.f(radius))\" "
                svg += "fill=\"none\" stroke=\"\(holidayStroke)\" stroke-width=\"2\">"
                svg += "<title>\(HTML.escape(person.name)) covers \(HTML.escape(holiday.name)), \(Wording.day(holiday.date))</title></circle>\n"
            }
        }
        // Week numbers along the bottom.
        let bottom = top + row * Double(people.count) + 14
        let step = [1, 2, 4, 8, 13, 26].first { Double($0) * cell >= 26 } ?? 26
        for week in part where (week - 1) % step == 0 {
            let cx = x(week: week) + cell / 2
            guard cx + 9 <= width else { continue }
            svg += SVGCharts.text("w\(week)", x: cx, y: bottom, size: 10, anchor: "middle", fill: "#666")
        }
        return svg + "</svg>\n"
    }

    /// A dashed line over the days the person is not on the team.
    private static func membership(_ presence: TimeAway, days: DayRange, y: Double, x: (Day) -> Double) -> String {
        var svg = ""
        if let joins = presence.joins, joins > days.first {
            let end = min(joins, days.last.adding(days: 1))
            svg += SVGCharts.line(x(days.first), y, x(end), y, stroke: "#777", width: 1.5, dash: "3 3")
        }
        if let leaves = presence.leaves, leaves <= days.last {
            let start = max(leaves, days.first)
            svg += SVGCharts.line(x(start), y, x(days.last.adding(days: 1)), y, stroke: "#777", width: 1.5, dash: "3 3")
        }
        return svg
    }

    static func coverName(_ holiday: HolidayCover) -> String { holiday.cover.isEmpty ? "nobody" : holiday.cover }

    // MARK: - Legend

    /// The key, in HTML so that it wraps with the window.
    static func legend(_ report: ScheduleReport, away: [TimeAway]) -> String {
        func swatch(_ body: String) -> String {
            "<svg class=\"swatch\" viewBox=\"0 0 22 16\" width=\"22\" height=\"16\" aria-hidden=\"true\">\(body)</svg>"
        }
        let letter = { (text: String, fill: String) in
            "<text x=\"11\" y=\"12\" font-size=\"11\" text-anchor=\"middle\" font-weight=\"700\" fill=\"\(fill)\" font-family=\"\(SVGCharts.fontFamily)\">\(text)</text>"
        }
        var items: [(String, String)] = []
        let roles = report.roles
        if let first = roles.first {
            items.append(
                (
                    swatch("<rect x=\"1\" y=\"1\" width=\"20\" height=\"14\" rx=\"2\" fill=\"\(primaryFill)\"/>" + letter("P", "#fff")),
                    "on call, \(first.rawValue)"
                ))
        }
        for role in roles.dropFirst() {
            items.append(
                (
                    swatch(
                        "<rect x=\"1\" y=\"1\" width=\"20\" height=\"14\" rx=\"2\" fill=\"\(secondaryFill)\" stroke=\"\(primaryFill)\"/>"
                            + letter("S", primaryFill)),
                    "on call, \(role.rawValue)"
                ))
        }
        if away.contains(where: { !$0.away.isEmpty }) {
            items.append((swatch("<rect x=\"0\" y=\"5\" width=\"22\" height=\"6\" fill=\"\(awayFill)\"/>"), "away (day by day)"))
        }
        if away.contains(where: { $0.joins != nil || $0.leaves != nil }) {
            items.append(
                (
                    swatch("<line x1=\"0\" y1=\"8\" x2=\"22\" y2=\"8\" stroke=\"#777\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\"/>"),
                    "not on the team yet, or any more"
                ))
        }
        if !report.holidays.isEmpty {
            items.append((swatch("<path d=\"M6 3 L16 3 L11 13 Z\" fill=\"\(holidayStroke)\"/>"), "a holiday that week"))
            items.append((swatch("<circle cx=\"11\" cy=\"8\" r=\"6.5\" fill=\"none\" stroke=\"\(holidayStroke)\" stroke-width=\"2\"/>"), "covers that holiday"))
        }
        let clash = report.weeks.contains { week in
            week.oncall.values.contains { name in
                away.first { $0.name == name }?.isAway(during: report.period.dates(ofWeek: week.week)) ?? false
            }
        }
        if clash {
            items.append(
                (
                    swatch("<rect x=\"1\" y=\"1\" width=\"20\" height=\"14\" rx=\"2\" fill=\"\(secondaryFill)\" stroke=\"#c62828\" stroke-width=\"2\"/>"),
                    "on call while away"
                ))
        }
        return "<ul class=\"legend\">" + items.map { "<li>\($0.0) \(HTML.escape($0.1))</li>" }.joined() + "</ul>\n"
    }
}
