/// `## Potential Pipeline Issues`: the team's own list (`risks:`), numbered as in the seed, then
/// `### Warnings from Rota's Check`: the warnings `rota check` gives for this plan, in its words.
/// And `## Conclusion`: the scenario's `notes:`.
extension TeamDocument {
    func issueSection() -> [String] {
        var blocks = ["## Potential Pipeline Issues"]
        for (index, risk) in (scenario?.risks ?? []).enumerated() {
            var lines = ["### \(index + 1). **\(Markdown.escaped(risk.name))**"]
            if let description = risk.description, !description.isEmpty { lines.append("   - " + Self.prose(description, indent: 5)) }
            blocks.append(lines.joined(separator: "\n"))
        }
        blocks.append("### Warnings from Rota's Check")
        if !warnings.isEmpty {
            blocks.append(
                "`rota check` gives \(warnings.count == 1 ? "this warning" : "these \(Wording.count(warnings.count, "warning"))") "
                    + "for the plan (they do not fail the check):")
            blocks.append(CheckWarnings(warnings).markdownList.dropLast().description)
        } else if check != nil {
            blocks.append("`rota check` gives no warnings for the plan.")
        } else {
            blocks.append(
                "Rota warns of risks (investor pipelines whose owners are away together, a holiday covered by someone who owns no "
                    + "investor pipeline, investor pipelines resting on one person) when it checks the plan against its scenario: "
                    + "`rota report SCHEDULE --scenario SCENARIO --format md`.")
        }
        return blocks
    }

    /// `## Conclusion` and the scenario's notes; none without notes.
    func conclusionSection() -> [String] {
        guard let notes = scenario?.notes, !notes.isEmpty else { return [] }
        return ["## Conclusion", Self.prose(notes, indent: 0)]
    }
}
