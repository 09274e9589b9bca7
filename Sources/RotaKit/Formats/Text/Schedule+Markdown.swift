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
        blocks.append("# " + MarkdownText.escaped(team.isEmpty ? "On-Call Plan" : "\(team) On-Call Plan"))
        var intro =
            "\(RenderingText.weekdayDate(period.start)) to \(RenderingText.weekdayDate(period.end)) "
            + "(\(RenderingText.count(period.weeks, "week"))), handoff \(RenderingText.weekdayPlurals[period.start.weekday.rawValue]) "
            + "at \(period.handoff) (`\(period.timezone.replacingOccurrences(of: "`", with: ""))`)."
        if let solver = RenderingText.solverLine(solver, includeTimings: false) { intro += " Planned by Rota; solver: \(solver)." }
        blocks.append(intro)
        if !pipelines.isEmpty {
            blocks.append("## Pipeline Ownership")
            for (index, pipeline) in pipelines.enumerated() {
                blocks.append(
                    """
                    ### \(index + 1). **\(MarkdownText.escaped(pipeline.name))\(pipeline.investors ? " (Investors)" : "")**
                       - **Primary Owner**: \(MarkdownText.escaped(pipeline.primary))
                       - **Secondary Owner**: \(MarkdownText.escaped(pipeline.secondary))
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
                    let weight = holiday.weight == 1 ? "" : ", weight \(RenderingText.number(holiday.weight))"
                    return
                        "- **\(MarkdownText.escaped(holiday.name))** (\(RenderingText.weekdayDate(holiday.date))\(weight)): \(MarkdownText.escaped(holiday.cover))"
                }.joined(separator: "\n"))
        }
        blocks.append("### Load per Person")
        blocks.append(markdownLoad())
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// A sentence or two on how the rotation works.
    private func markdownSummary() -> String {
        let names = people.map { MarkdownText.escaped($0.name) }
        var sentence = "The on-call schedule rotates weekly"
        if !names.isEmpty { sentence += " among the \(RenderingText.count(names.count, "team member")) (\(RenderingText.list(names)))" }
        let roles = shownRoles.enumerated().map { $0.offset == 0 ? "one person as \($0.element.rawValue)" : "one as \($0.element.rawValue)" }
        sentence += ": each week has \(RenderingText.list(roles))."
        if !holidays.isEmpty { sentence += " Every holiday has one cover." }
        return sentence
    }

    private func markdownRotation() -> String {
        guard !weeks.isEmpty else { return "No weeks." }
        let roles = shownRoles
        var rows = [["Week", "Start", "End"] + roles.map { $0.rawValue.capitalized } + (holidays.isEmpty ? [] : ["Holidays"])]
        for week in weeks {
            var row = [String(week.week), week.start.iso, week.end.iso] + roles.map { MarkdownText.escaped(week.oncall[$0] ?? "") }
            if !holidays.isEmpty {
                row.append(
                    holidays.filter { week.start <= $0.date && $0.date <= week.end }
                        .map { "\(MarkdownText.escaped($0.name)) (\($0.date.iso))" }.joined(separator: ", "))
            }
            rows.append(row)
        }
        return MarkdownText.table(rows, rightAligned: [0])
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
            rows.append([MarkdownText.escaped(person.name)] + person.cells(capacity: capacity, roles: roles, weights: weights))
        }
        return MarkdownText.table(rows, rightAligned: Set(1..<header.count))
    }
}

/// Writing Markdown text.
enum MarkdownText {
    /// `text` with Markdown's punctuation escaped, so that a name prints as itself (also inside
    /// a table cell); line breaks become spaces.
    static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": output += "\\" + String(character)
            case let c where c.isNewline: output += " "
            default: output.append(character)
            }
        }
        return output
    }

    /// A pipe table: the first row is the header; cells are already escaped.
    static func table(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        guard let header = rows.first else { return "" }
        var lines = [row(header)]
        lines.append("|" + header.indices.map { rightAligned.contains($0) ? "---:" : "---" }.joined(separator: "|") + "|")
        lines += rows.dropFirst().map(row)
        return lines.joined(separator: "\n")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
