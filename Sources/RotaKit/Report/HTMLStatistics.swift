/// The fairness statistics, folded away under the plain words: each figure with its value, a
/// one-line definition and how to read it, so that the page explains itself wherever it is sent.
extension ScheduleReport {
    func statisticsHTML() -> String {
        let team = metrics.team
        let fair = team.maxDeviation < 1 - 1e-9
        let largestWeight = holidays.map(\.weight).max() ?? 1
        let rows: [(figure: String, value: Double, meaning: String, reading: String)] = [
            (
                "max deviation", team.maxDeviation, "the largest gap, in weeks, between anyone's weeks in a role and their fair share",
                fair ? "fair: below 1, as even as whole weeks allow" : "uneven: someone is a week or more off"
            ),
            ("spread", team.spread, "most load minus least load", team.spread <= 1 + 1e-9 ? "even" : team.spread <= 2 ? "fair" : "uneven"),
            ("Gini", team.gini, "inequality of load: 0 is perfectly even, 1 is one person doing everything", grade(100 - 100 * team.gini, good: 97, fair: 90)),
            (
                "coefficient of variation", team.coefficientOfVariation, "standard deviation of load ÷ its mean; 0 is perfectly even",
                grade(100 - 100 * team.coefficientOfVariation, good: 95, fair: 85)
            ),
            ("equity score", team.equityScore, "100 × (1 − coefficient of variation); 100 is perfectly even", grade(team.equityScore, good: 95, fair: 85)),
            (
                "pairwise balance", team.pairwiseBalance, "the mean, over every pair of people, of the smaller load ÷ the larger; 1 is perfectly even",
                grade(100 * team.pairwiseBalance, good: 95, fair: 85)
            ),
            (
                "holiday spread", team.holidaySpread, "most holiday weight covered by one person minus the least",
                team.holidaySpread <= largestWeight + 1e-9 ? "even: within one holiday" : "uneven"
            ),
        ]
        var html = "<section id=\"statistics\">\n<details>\n<summary><h2>Statistics, with their definitions</h2></summary>\n"
        html += "<dl class=\"definitions\">\n"
        html += "<dt>load</dt><dd>\(HTML.escape(metrics.loadMeaning)); the figures below compare people's loads.</dd>\n"
        html += "<dt>fair share</dt><dd>a role's weeks (history included) × the person's capacity ÷ the team's capacity, "
        html += "prorated for people who join or leave during the period; all roles together, \(HTML.escape(fairShareSpan)) here.</dd>\n"
        html += "<dt>± (deviation)</dt><dd>weeks held minus fair share, per role: positive when over.</dd>\n</dl>\n"
        html += "<div class=\"scroll\"><table class=\"statistics\">\n<thead><tr><th scope=\"col\">figure</th><th scope=\"col\" class=\"num\">value</th>"
        html += "<th scope=\"col\">what it is</th><th scope=\"col\">reading</th></tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">\(HTML.escape(row.figure))</th><td class=\"num\">\(Wording.number(row.value))</td>"
            html += "<td>\(HTML.escape(row.meaning))</td><td>\(HTML.escape(row.reading))</td></tr>\n"
        }
        return html + "</tbody>\n</table></div>\n</details>\n</section>\n\n"
    }

    private func grade(_ score: Double, good: Double, fair: Double) -> String {
        score >= good - 1e-9 ? "even" : score >= fair ? "fair" : "uneven"
    }
}
