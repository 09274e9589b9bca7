extension Schedule {
    /// The schedule as a Markdown document laid out like the seed document
    /// (`week5-pipeline-maintenance.md`): a title and the period, `## Pipeline Ownership` with
    /// numbered pipelines and their owners, then `## On-Call Schedule` with the weekly rotation
    /// as a table, the holiday coverage list and each person's load.
    ///
    /// GitHub-flavoured Markdown, `\n` line ends; names are escaped so that `*`, `|` and the
    /// like print as themselves. docs/formats.md describes the layout exactly.
    /// - Complexity: O(weeks × holidays + people + pipelines).
    public func markdown() -> String {
        var blocks: [String] = []
        blocks.append("# " + Markdown.escaped(team.isEmpty ? "On-Call Plan" : "\(team) On-Call Plan"))
        var intro =
            "\(Wording.day(period.start)) to \(Wording.day(period.end)) "
            + "(\(Wording.count(period.weeks, "week"))), handoff \(RenderingText.weekdayPlurals[period.start.weekday.rawValue]) "
            + "at \(period.handoff) (`\(period.timezone.replacingOccurrences(of: "`", with: ""))`)."
        if let solver = RenderingText.solverLine(solver, includeTimings: false) { intro += " Planned by Rota; solver: \(solver)." }
        blocks.append(intro)
        if !pipelines.isEmpty {
            blocks.append("## Pipeline Ownership")
            for (index, pipeline) in pipelines.enumerated() {
                blocks.append(
                    """
                    ### \(index + 1). **\(Markdown.escaped(pipeline.name))\(pipeline.investors ? " (Investors)" : "")**
                       - **Primary Owner**: \(Markdown.escaped(pipeline.primary))
                       - **Secondary Owner**: \(Markdown.escaped(pipeline.secondary))
                    """)
            }
            blocks.append("---")
        }
        blocks.append("## On-Call Schedule")
        blocks.append(markdownSummary())
        blocks.append("### Weekly Rotation")
        blocks.append(markdownRotation())
        if !holidays.isEmpty {
            blocks.append("### Holiday Coverage")
            blocks.append(
                holidays.map { holiday in
                    let weight = holiday.weight == 1 ? "" : ", weight \(Numbers.twoDecimals(holiday.weight))"
                    return
                        "- **\(Markdown.escaped(holiday.name))** (\(Wording.day(holiday.date))\(weight)): \(Markdown.escaped(holiday.cover))"
                }.joined(separator: "\n"))
        }
        blocks.append("### Load per Person")
        blocks.append(markdownLoad())
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A sentence or two on how the rotation works.
    private func markdownSummary() -> String {
        let names = people.map { Markdown.escaped($0.name) }
        var sentence = "The on-call schedule rotates weekly"
        if !names.isEmpty { sentence += " among the \(Wording.count(names.count, "team member")) (\(Wording.list(names)))" }
        let roles = shownRoles.enumerated().map { $0.offset == 0 ? "one person as \($0.element.rawValue)" : "one as \($0.element.rawValue)" }
        sentence += ": each week has \(Wording.list(roles))."
        if !holidays.isEmpty { sentence += " Every holiday has one cover." }
        return sentence
    }

    private func markdownRotation() -> String {
        guard !weeks.isEmpty else { return "No weeks." }
        let roles = shownRoles
        var rows = [["Week", "Start", "End"] + roles.map { $0.rawValue.capitalized } + (holidays.isEmpty ? [] : ["Holidays"])]
        for week in weeks {
            var row = [String(week.week), week.start.iso, week.end.iso] + roles.map { Markdown.escaped(week.oncall[$0] ?? "", keepingPipes: true) }
            if !holidays.isEmpty {
                row.append(
                    holidays.filter { week.start <= $0.date && $0.date <= week.end }
                        .map { "\(Markdown.escaped($0.name, keepingPipes: true)) (\($0.date.iso))" }.joined(separator: ", "))
            }
            rows.append(row)
        }
        return MarkdownTable(titles: rows[0], alignments: [.right], rows: Array(rows.dropFirst()), delimiter: .compact).lines().joined(separator: "\n")
    }

    private func markdownLoad() -> String {
        let roles = shownRoles
        let capacity = hasPartTimers
        let weights = hasHolidayWeights
        var header = ["Person"]
        if capacity { header.append("Capacity") }
        header += roles.map { "\($0.rawValue.capitalized) weeks" }
        header.append("Holidays")
        if weights { header.append("Holiday weight") }
        header += ["Primary owner", "Secondary owner", "Investor primaries"]
        var rows = [header]
        for person in personTotals {
            rows.append([Markdown.escaped(person.name, keepingPipes: true)] + person.cells(capacity: capacity, roles: roles, weights: weights))
        }
        return MarkdownTable(
            titles: header, alignments: [.left] + Array(repeating: .right, count: header.count - 1), rows: Array(rows.dropFirst()),
            delimiter: .compact
        ).lines().joined(separator: "\n")
    }
}
