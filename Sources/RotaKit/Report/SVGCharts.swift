/// The report's charts as inline SVG: no scripts, no external references, readable without CSS.
///
/// Each chart is a function of the report alone, drawn in a fixed `viewBox` that scales to the
/// page width, with `<title>` tooltips for details.
enum SVGCharts {
    /// Person colours (Tableau 10), by position in the team.
    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]

    static func color(_ index: Int) -> String { palette[index % palette.count] }

    /// Green when less than one week from the share (the load invariant holds), red otherwise.
    static func deviationColor(_ deviation: Double) -> String {
        abs(deviation) < 1 - 1e-9 ? "#2e7d32" : "#c62828"
    }

    // MARK: - Load against fair share

    /// One bar per person: on-call weeks held (every role, history included) with a marker at their
    /// fair share, coloured by the largest deviation of any role.
    static func loadBars(_ report: ScheduleReport) -> String {
        let people = report.metrics.people
        let label = 120.0, plot = 760.0, text = 300.0
        let row = 36.0, top = 34.0
        let width = label + plot + text
        let height = top + row * Double(people.count) + 14
        let held = people.map { Double($0.totalWeeks + $0.historyWeeks.values.reduce(0, +)) }
        let shares = people.map(\.totalShare)
        let step = niceStep((held + shares).max() ?? 1)
        let maximum = max(step, ((((held + shares).max() ?? 1) * 1.08) / step).rounded(.up) * step)
        func x(_ value: Double) -> Double { label + plot * value / maximum }

        var svg = open(width: width, height: height, label: "On-call weeks per person against their fair share")
        var tick = 0.0
        while tick <= maximum + 1e-9 {
            svg += line(x(tick), top - 6, x(tick), height - 12, stroke: "#e3e6ea")
            svg += textElement(Wording.number(tick), x: x(tick), y: top - 12, size: 12, anchor: "middle", fill: "#666")
            tick += step
        }
        for (index, person) in people.enumerated() {
            let y = top + row * Double(index)
            let color = deviationColor(held[index] - shares[index])
            svg += textElement(person.name, x: label - 10, y: y + row / 2 + 5, size: 15, anchor: "end", weight: "600")
            svg +=
                "<rect x=\"\(f(label))\" y=\"\(f(y + 7))\" width=\"\(f(max(0, x(held[index]) - label)))\" height=\"\(f(row - 14))\" rx=\"3\" fill=\"\(color)\" fill-opacity=\"0.85\">"
            svg += "<title>\(HTML.escape(person.name)): \(Wording.number(held[index])) weeks, fair share \(Wording.number(shares[index]))</title></rect>\n"
            svg += line(x(shares[index]), y + 2, x(shares[index]), y + row - 2, stroke: "#111", width: 3)
            let summary =
                "\(Wording.number(held[index])) weeks · share \(Wording.number(shares[index])) · \(Wording.signed(held[index] - shares[index]))"
            svg += textElement(summary, x: label + plot + 12, y: y + row / 2 + 5, size: 14, fill: color, weight: "600")
        }
        return svg + "</svg>\n"
    }

    // MARK: - Calendar heat map

    /// People × weeks: a filled cell for each on-call week (lighter for secondary), a ring where the
    /// person covers a holiday, a marker above each holiday's week, month names along the top.
    static func calendarHeatMap(_ report: ScheduleReport) -> String {
        let people = report.metrics.people
        let weeks = max(report.period.weeks, 1)
        let label = 120.0, cell = min(26.0, 1060.0 / Double(weeks)), row = 26.0
        let top = 46.0
        let width = label + cell * Double(weeks) + 10
        let height = top + row * Double(people.count) + 44
        let byWeek = Dictionary(report.weeks.map { ($0.week, $0) }, uniquingKeysWith: { first, _ in first })

        var svg = open(width: width, height: height, label: "On-call calendar: people by week, holidays marked")
        // Months along the top, at the first week starting in each month.
        var lastMonth = 0
        for w in 1...weeks {
            let start = report.period.dates(ofWeek: w).first
            if start.month != lastMonth {
                lastMonth = start.month
                svg += textElement(monthNames[start.month - 1], x: label + cell * Double(w - 1) + 1, y: 14, size: 12, fill: "#555")
            }
        }
        // Holiday markers.
        for holiday in report.holidays {
            guard let w = report.week(of: holiday) else { continue }
            let cx = label + cell * (Double(w) - 0.5)
            svg += "<path d=\"M\(f(cx - 6)) \(f(24)) L\(f(cx + 6)) \(f(24)) L\(f(cx)) \(f(36)) Z\" fill=\"#b71c1c\">"
            svg += "<title>\(HTML.escape(holiday.name)) \(Wording.day(holiday.date)), covered by \(HTML.escape(holiday.cover))</title></path>\n"
        }
        for (index, person) in people.enumerated() {
            let y = top + row * Double(index)
            svg += textElement(person.name, x: label - 10, y: y + row / 2 + 5, size: 14, anchor: "end", weight: "600")
            for w in 1...weeks {
                let x = label + cell * Double(w - 1)
                let held = report.roles.filter { byWeek[w]?.oncall[$0] == person.name }
                let fill = held.isEmpty ? "#eef0f3" : color(index)
                let opacity = held.first == .secondary ? " fill-opacity=\"0.45\"" : ""
                let what = held.isEmpty ? "off" : held.map(\.rawValue).joined(separator: " and ")
                svg += "<rect x=\"\(f(x + 1))\" y=\"\(f(y + 1))\" width=\"\(f(cell - 2))\" height=\"\(f(row - 2))\" rx=\"2\" fill=\"\(fill)\"\(opacity)>"
                svg += "<title>\(HTML.escape(person.name)), week \(w): \(what)</title></rect>\n"
                for holiday in report.holidays(inWeek: w) where holiday.cover == person.name {
                    svg +=
                        "<circle cx=\"\(f(x + cell / 2))\" cy=\"\(f(y + row / 2))\" r=\"\(f(min(cell, row) / 2 - 4))\" fill=\"#fff\" stroke=\"#b71c1c\" stroke-width=\"2.5\">"
                    svg += "<title>\(HTML.escape(person.name)) covers \(HTML.escape(holiday.name)) \(Wording.day(holiday.date))</title></circle>\n"
                }
            }
        }
        // Week numbers along the bottom.
        let bottom = top + row * Double(people.count) + 16
        for w in stride(from: 1, through: weeks, by: weeks > 26 ? 4 : 1) {
            svg += textElement(String(w), x: label + cell * (Double(w) - 0.5), y: bottom, size: 11, anchor: "middle", fill: "#777")
        }
        // Legend.
        let legend = bottom + 20
        svg += "<rect x=\"\(f(label))\" y=\"\(f(legend - 11))\" width=\"14\" height=\"14\" rx=\"2\" fill=\"\(color(0))\"/>"
        svg += textElement("on call (primary)", x: label + 20, y: legend, size: 12, fill: "#444")
        var legendX = label + 150
        if report.roles.contains(.secondary) {
            svg += "<rect x=\"\(f(legendX))\" y=\"\(f(legend - 11))\" width=\"14\" height=\"14\" rx=\"2\" fill=\"\(color(0))\" fill-opacity=\"0.45\"/>"
            svg += textElement("secondary", x: legendX + 20, y: legend, size: 12, fill: "#444")
            legendX += 110
        }
        svg += "<circle cx=\"\(f(legendX + 7))\" cy=\"\(f(legend - 4))\" r=\"6\" fill=\"#fff\" stroke=\"#b71c1c\" stroke-width=\"2.5\"/>"
        svg += textElement("covers a holiday", x: legendX + 20, y: legend, size: 12, fill: "#444")
        svg +=
            "<path d=\"M\(f(legendX + 150)) \(f(legend - 11)) L\(f(legendX + 162)) \(f(legend - 11)) L\(f(legendX + 156)) \(f(legend + 1)) Z\" fill=\"#b71c1c\"/>"
        svg += textElement("holiday", x: legendX + 170, y: legend, size: 12, fill: "#444")
        return svg + "</svg>\n"
    }

    // MARK: - Holiday matrix

    /// People × holidays: the holiday's weight where the person covers it, a shaded cell where they
    /// are on call that week (so covering it there breaks `not-week-owner`), and each person's total.
    static func holidayMatrix(_ report: ScheduleReport) -> String {
        let people = report.metrics.people
        let holidays = report.holidays
        let label = 120.0, column = min(96.0, 960.0 / Double(max(holidays.count, 1))), row = 34.0, total = 90.0
        // Narrow columns get their names on two staggered lines, so that neighbours never overlap.
        let staggered = column < 100
        let top = staggered ? 66.0 : 52.0
        let width = label + column * Double(holidays.count) + total
        let height = top + row * Double(people.count) + 10
        let byWeek = Dictionary(report.weeks.map { ($0.week, $0) }, uniquingKeysWith: { first, _ in first })

        var svg = open(width: width, height: height, label: "Holiday covers: people by holiday")
        for (h, holiday) in holidays.enumerated() {
            let cx = label + column * (Double(h) + 0.5)
            let words = abbreviation(holiday.name)
            let nameY = staggered && h % 2 == 1 ? 32.0 : 16.0
            svg += textElement(words, x: cx, y: nameY, size: 12, anchor: "middle", weight: "600")
            if staggered && h % 2 == 0 { svg += line(cx, 21, cx, 38, stroke: "#ccc") }
            svg += textElement(
                String(holiday.date.iso.dropFirst(5)) + " " + holiday.date.weekday.shortName, x: cx, y: top - 14, size: 11, anchor: "middle", fill: "#666")
        }
        svg += textElement("weight", x: label + column * Double(holidays.count) + total / 2, y: top - 14, size: 12, anchor: "middle", weight: "600")
        for (index, person) in people.enumerated() {
            let y = top + row * Double(index)
            if index % 2 == 0 {
                svg += "<rect x=\"0\" y=\"\(f(y))\" width=\"\(f(width))\" height=\"\(f(row))\" fill=\"#f6f7f9\"/>\n"
            }
            svg += textElement(person.name, x: label - 10, y: y + row / 2 + 5, size: 14, anchor: "end", weight: "600")
            for (h, holiday) in holidays.enumerated() {
                let x = label + column * Double(h)
                let onCall = report.week(of: holiday).flatMap { byWeek[$0] }.map { week in report.roles.contains { week.oncall[$0] == person.name } } ?? false
                if onCall {
                    svg += "<rect x=\"\(f(x + 3))\" y=\"\(f(y + 3))\" width=\"\(f(column - 6))\" height=\"\(f(row - 6))\" rx=\"3\" fill=\"#fde2b8\">"
                    svg += "<title>\(HTML.escape(person.name)) is on call in the week of \(HTML.escape(holiday.name))</title></rect>\n"
                }
                if holiday.cover == person.name {
                    let ring = onCall ? " stroke=\"#b71c1c\" stroke-width=\"3\"" : ""
                    svg += "<circle cx=\"\(f(x + column / 2))\" cy=\"\(f(y + row / 2))\" r=\"12\" fill=\"\(color(index))\"\(ring)>"
                    svg +=
                        "<title>\(HTML.escape(person.name)) covers \(HTML.escape(holiday.name)) \(Wording.day(holiday.date)), weight \(Wording.number(holiday.weight))</title></circle>\n"
                    svg += textElement(
                        Wording.number(holiday.weight), x: x + column / 2, y: y + row / 2 + 5, size: 13, anchor: "middle", fill: "#fff", weight: "700")
                }
            }
            let weight = person.holidayWeight + person.historyHolidayWeight
            let history = person.historyHolidayWeight > 0 ? " (\(Wording.number(person.historyHolidayWeight)) earlier)" : ""
            svg += textElement(
                Wording.number(weight) + history, x: label + column * Double(holidays.count) + total / 2, y: y + row / 2 + 5, size: 14, anchor: "middle",
                weight: "700")
        }
        return svg + "</svg>\n"
    }

    // MARK: - Drawing helpers

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Thanksgiving`, `Independence`, `New Year's`: a holiday name short enough for a column.
    static func abbreviation(_ name: String) -> String {
        let dropped = name.replacingOccurrences(of: " Day", with: "").replacingOccurrences(of: "Martin Luther King Jr.", with: "MLK")
            .replacingOccurrences(of: "Washington's Birthday", with: "Presidents'")
        return dropped.count > 13 ? String(dropped.prefix(12)) + "…" : dropped
    }

    /// 1, 2, 5, 10, 20, … : the smallest such step that gives at most eight ticks up to `maximum`.
    static func niceStep(_ maximum: Double) -> Double {
        var magnitude = 1.0
        while true {
            for factor in [1.0, 2.0, 5.0] where maximum / (magnitude * factor) <= 8 { return magnitude * factor }
            magnitude *= 10
        }
    }

    static func f(_ value: Double) -> String { Wording.number(value) }

    static func open(width: Double, height: Double, label: String) -> String {
        "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" width=\"\(f(width))\" height=\"\(f(height))\" style=\"max-width:100%;height:auto\" "
            + "role=\"img\" aria-label=\"\(HTML.escape(label))\" "
            + "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif\">\n"
    }

    static func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String, width: Double = 1) -> String {
        "<line x1=\"\(f(x1))\" y1=\"\(f(y1))\" x2=\"\(f(x2))\" y2=\"\(f(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(f(width))\"/>\n"
    }

    static func textElement(
        _ text: String, x: Double, y: Double, size: Double, anchor: String = "start", fill: String = "#222", weight: String = "400"
    ) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(f(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\" font-weight=\"\(weight)\">"
            + HTML.escape(text) + "</text>\n"
    }
}
