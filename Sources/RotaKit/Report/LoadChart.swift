/// Load against fair share: one row per person with their name, a bar of on-call weeks (every
/// role, history included) with a mark at their fair share, and the figures in words
/// (`3 weeks · fair share 2.2 · 0.8 over`).
///
/// Laid out as an HTML table with CSS bars, so that names and figures wrap and shrink with the
/// window instead of being measured; the scale is drawn in percent of the widest value.
enum LoadChart {
    static func html(_ report: ScheduleReport) -> String {
        let people = report.metrics.people
        let held = people.map { Double($0.totalWeeks + $0.historyWeeks.values.reduce(0, +)) }
        let shares = people.map(\.totalShare)
        let largest = max((held + shares).max() ?? 1, 1)
        let step = SVGCharts.niceStep(largest, ticks: 6)
        let maximum = max(step, (largest * 1.05 / step).rounded(.up) * step)
        func percent(_ value: Double) -> String { Wording.number((1000 * value / maximum).rounded() / 10) + "%" }

        var html = "<table class=\"bars\">\n<thead><tr><th scope=\"col\">person</th><th scope=\"col\" class=\"scale\"><div class=\"axis\">"
        var tick = 0.0
        while tick <= maximum + 1e-9 {
            let place = tick == 0 ? "first" : tick + step > maximum + 1e-9 ? "last" : "middle"
            html += "<span class=\"\(place)\" style=\"left:\(percent(tick))\">\(Wording.number(tick))</span>"
            tick += step
        }
        html += "</div></th><th scope=\"col\">on-call weeks against fair share</th></tr></thead>\n<tbody>\n"
        for (index, person) in people.enumerated() {
            let worst = person.deviation.values.map(abs).max() ?? 0
            let grade = worst < 1 - 1e-9 ? "ok" : "off"
            html += "<tr class=\"\(grade)\"><th scope=\"row\">\(HTML.escape(person.name))</th>"
            html += "<td class=\"bar\"><div class=\"track\"><div class=\"fill\" style=\"width:\(percent(held[index]))\"></div>"
            html += "<div class=\"share\" style=\"left:\(percent(shares[index]))\"></div></div></td>"
            html += "<td class=\"figure\">\(HTML.escape(words(held: held[index], share: shares[index], person: person, roles: report.roles)))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// `3 weeks · fair share 2.203 · 0.797 over`, and any role one week or more off its share.
    static func words(held: Double, share: Double, person: PersonMetrics, roles: [Role]) -> String {
        var text = "\(Wording.count(Int(held), "week")) · fair share \(Wording.number(share)) · \(difference(held - share))"
        if roles.count > 1 {
            let off = roles.filter { abs(person.deviation[$0] ?? 0) >= 1 - 1e-9 }
            text += off.map { " · \($0.rawValue) \(difference(person.deviation[$0] ?? 0))" }.joined()
        }
        return text
    }

    /// `0.797 over`, `0.203 under`, `on share`.
    static func difference(_ deviation: Double) -> String {
        if abs(deviation) < 5e-4 { return "on share" }
        return "\(Wording.number(abs(deviation))) \(deviation > 0 ? "over" : "under")"
    }
}
