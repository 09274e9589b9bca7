/// The parts of the team's document the HTML report carries when it has the scenario: the run
/// books (investor pipelines first, as in the seed), the team's own potential issues (`risks:`)
/// and its closing notes (`notes:`). They are the team's words: escaped, with blank lines as
/// paragraph breaks and `**bold**` and `` `code` `` kept, since the team writes them as Markdown.
extension ScheduleReport {
    /// The pipelines with a run book, investor pipelines first, each group in the schedule's order.
    var runBookPipelines: [(owners: PipelineOwners, book: Runbook)] {
        let written = schedule.pipelines.compactMap { owners in
            scenario?.pipelines.first { $0.name == owners.name }?.runbook.map { (owners: owners, book: $0) }
        }
        return written.filter { reportsToInvestors($0.owners) } + written.filter { !reportsToInvestors($0.owners) }
    }

    /// The team's potential issues, as listed in the scenario.
    var teamRisks: [Risk] { scenario?.risks ?? [] }

    /// The scenario's closing notes, if it has any.
    var teamNotes: String? { scenario?.notes.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 } }

    func runBooksHTML() -> String {
        var html = ""
        for (owners, book) in runBookPipelines {
            html += "<article class=\"runbook\">\n<h3>\(HTML.escape(owners.name))"
            if reportsToInvestors(owners) { html += " <span class=\"tag\">reports to investors</span>" }
            html += "</h3>\n"
            let names = [owners.primary, owners.secondary].map { $0.isEmpty ? "nobody" : $0 }
            html += "<p class=\"owners\">Owners: \(HTML.escape(names[0])) (primary), \(HTML.escape(names[1])) (secondary)</p>\n"
            if let purpose = book.purpose, !purpose.isEmpty { html += "<h4>Purpose</h4>\n" + Self.prose(purpose) }
            if !book.steps.isEmpty {
                html += "<h4>Steps</h4>\n<ol>\n" + book.steps.map { "<li>\(Self.inline($0))</li>\n" }.joined() + "</ol>\n"
            }
            if let monitoring = book.monitoring, !monitoring.isEmpty { html += "<h4>Monitoring</h4>\n" + Self.prose(monitoring) }
            html += "</article>\n"
        }
        return html
    }

    func risksHTML() -> String {
        var html = "<ol class=\"risks\">\n"
        for risk in teamRisks {
            html += "<li><strong>\(HTML.escape(risk.name))</strong>"
            if let description = risk.description, !description.isEmpty { html += Self.prose(description) }
            html += "</li>\n"
        }
        html += "</ol>\n"
        if !warnings.isEmpty { html += "<p class=\"note\">Rota's own warnings for this plan are under <a href=\"#warnings\">Warnings</a>.</p>\n" }
        return html
    }

    func notesHTML() -> String { teamNotes.map(Self.prose) ?? "" }

    /// Whether the pipeline reports to investors: the scenario says, else the schedule.
    private func reportsToInvestors(_ owners: PipelineOwners) -> Bool {
        scenario?.pipelines.first { $0.name == owners.name }?.investors ?? owners.investors
    }

    /// Text as paragraphs: blank lines separate them, single line breaks are kept as spaces.
    static func prose(_ text: String) -> String {
        let paragraphs = text.trimmingCharacters(in: .whitespacesAndNewlines)
            .components(separatedBy: "\n\n")
            .map { $0.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
            .filter { !$0.isEmpty }
        return paragraphs.map { "<p>\(inline($0))</p>\n" }.joined()
    }

    /// One line of the team's Markdown: escaped, with `**bold**` and `` `code` `` as HTML.
    static func inline(_ text: String) -> String {
        var html = HTML.escape(text)
        html = replacingPairs(of: "**", in: html, open: "<strong>", close: "</strong>")
        html = replacingPairs(of: "`", in: html, open: "<code>", close: "</code>")
        return html
    }

    /// Replaces each complete pair of `marker` with `open` … `close`; an unpaired marker stays.
    private static func replacingPairs(of marker: String, in text: String, open: String, close: String) -> String {
        let parts = text.components(separatedBy: marker)
        guard parts.count >= 3 else { return text }
        var result = parts[0]
        var index = 1
        while index < parts.count {
            if index + 1 < parts.count {
                result += open + parts[index] + close + parts[index + 1]
                index += 2
            } else {
                result += marker + parts[index]
                index += 1
            }
        }
        return result
    }
}
