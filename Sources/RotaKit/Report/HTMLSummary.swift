/// The top of the HTML report in plain words: the verdict, then a few sentences a team lead can
/// act on (the load, the holidays, time away, the warnings), and the warnings themselves as
/// `rota check` words them.
extension ScheduleReport {
    func summaryHTML() -> String {
        let fair = metrics.team.maxDeviation < 1 - 1e-9
        var html = "<section id=\"summary\">\n<h2>In short</h2>\n"
        html += "<p class=\"verdict \(fair ? "good" : "bad")\">\(HTML.escape(verdict))</p>\n<ul class=\"facts\">\n"
        for fact in facts { html += "<li>\(HTML.escape(fact))</li>\n" }
        return html + "</ul>\n</section>\n\n"
    }

    /// Everyone's fair share (all roles together), or its range when capacities, joining or
    /// leaving make shares differ: "fair shares run from 6.5 weeks (Eve) to 13 weeks (4 people)".
    var fairShareRange: String {
        guard let (low, high) = metrics.fairShareExtremes else { return "nobody has a fair share" }
        if low.share == high.share { return "everyone's fair share is \(Wording.number(low.share)) weeks" }
        func who(_ people: [PersonMetrics]) -> String {
            people.count <= 3 ? Wording.list(people.map(\.name)) : Wording.count(people.count, "person", plural: "people")
        }
        return "fair shares, in proportion to capacity and time on the team, run from \(Wording.number(low.share)) weeks (\(who(low.people))) "
            + "to \(Wording.number(high.share)) weeks (\(who(high.people)))"
    }

    /// The fair shares (all roles together) in a few words: "13 weeks each", "6.5 to 13 weeks".
    var fairShareSpan: String {
        guard let (low, high) = metrics.fairShareExtremes else { return "no fair shares" }
        return low.share == high.share ? "\(Wording.number(low.share)) weeks each" : "\(Wording.number(low.share)) to \(Wording.number(high.share)) weeks"
    }

    /// The sentences under the verdict.
    var facts: [String] {
        var facts: [String] = []
        let people = Wording.count(metrics.people.count, "person", plural: "people")
        let roleNames = Wording.list(roles.map(\.rawValue))
        facts.append("\(people) share \(Wording.count(period.weeks, "week")) of \(roleNames) on call; \(fairShareRange).")
        if holidays.isEmpty {
            facts.append("No holidays fall in the period.")
        } else {
            let uncovered = holidays.filter { $0.cover.isEmpty }.map(\.name)
            let covers = Set(holidays.map(\.cover).filter { !$0.isEmpty }).count
            var sentence = "\(Wording.count(holidays.count, "holiday")), covered by \(Wording.count(covers, "person", plural: "different people"))"
            sentence += uncovered.isEmpty ? "." : "; nobody covers \(Wording.list(uncovered))."
            facts.append(sentence)
        }
        let away = timeAway.filter { $0.dayCount > 0 }
        let source = scenario == nil ? "as the schedule records it" : "from the scenario"
        if away.isEmpty {
            facts.append(
                scenario == nil
                    ? "The schedule records no time away; give the scenario (--scenario) to see the team's."
                    : "Nobody has time away in the period.")
        } else {
            let days = away.reduce(0) { $0 + $1.dayCount }
            facts.append(
                "\(Wording.count(away.count, "person", plural: "people")) have time away (\(Wording.count(days, "day")) in all, \(source)); the calendar shows it."
            )
        }
        if scenario == nil {
            facts.append("Warnings need the scenario: run rota report with --scenario TEAM.yaml to see them.")
        } else if warnings.isEmpty {
            facts.append("rota check gives no warnings for this plan.")
        } else {
            facts.append("rota check gives \(Wording.count(warnings.count, "warning")) for this plan, listed below.")
        }
        if let solver = schedule.solver { facts.append("Planned by Rota: \(solver.label).") }
        return facts
    }

    func warningsHTML() -> String {
        var html = "<section id=\"warnings\">\n<h2>Warnings</h2>\n"
        if scenario == nil {
            html += "<p class=\"note\">Warnings need the scenario: <code>rota report PLAN.json --scenario TEAM.yaml --format html</code> "
            html += "lists the risks <code>rota check</code> finds (they do not fail a check).</p>\n"
        } else if warnings.isEmpty {
            html += "<p class=\"note\">None: <code>rota check</code> finds no risks in this plan.</p>\n"
        } else {
            html += "<p class=\"note\">Risks <code>rota check</code> finds in this plan; they do not fail a check.</p>\n<ul class=\"warnings\">\n"
            for warning in warnings {
                html += "<li><span class=\"rule\">\(HTML.escape(warning.rule.rawValue))</span> \(HTML.escape(warning.message))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</section>\n\n"
    }
}
