/// `## Run Books for Pipelines Reporting Metrics to Investors`, as in the seed: per investor
/// pipeline its purpose, numbered steps and monitoring (from the scenario's `runbook:`), and who
/// owns it. Run books of other pipelines follow under `## Other Run Books`.
extension TeamDocument {
    /// The section's blocks; none when no pipeline reports to investors and none has a run book.
    func runBookSection() -> [String] {
        let investors = schedule.pipelines.filter(reportsToInvestors)
        let others = schedule.pipelines.filter { !reportsToInvestors($0) && scenarioPipeline($0.name)?.runbook != nil }
        guard !investors.isEmpty || !others.isEmpty else { return [] }
        var blocks: [String] = []
        if !investors.isEmpty {
            blocks.append("## Run Books for Pipelines Reporting Metrics to Investors")
            let written = investors.filter { scenarioPipeline($0.name)?.runbook != nil }
            for (index, pipeline) in written.enumerated() { blocks.append(runBook(pipeline, number: index + 1)) }
            let missing = investors.filter { scenarioPipeline($0.name)?.runbook == nil }.map { Markdown.escaped($0.name) }
            if scenario == nil {
                blocks.append(
                    "Run books come from the scenario (`runbook:` with `purpose`, `steps` and `monitoring` on each pipeline): "
                        + "`rota report SCHEDULE --scenario SCENARIO --format md`. Pipelines reporting to investors: "
                        + "\(Wording.list(missing)).")
            } else if !missing.isEmpty {
                blocks.append(
                    "No run book yet for \(Wording.list(missing)): add `runbook:` (`purpose`, `steps`, `monitoring`) to "
                        + "\(missing.count == 1 ? "the pipeline" : "each") in the scenario.")
            }
        }
        if !others.isEmpty {
            if !investors.isEmpty { blocks.append("---") }
            blocks.append("## Other Run Books")
            for (index, pipeline) in others.enumerated() { blocks.append(runBook(pipeline, number: index + 1)) }
        }
        return blocks
    }

    /// One run book: `### 1. **Aggregate Profit**`, then purpose, steps, monitoring and owners.
    private func runBook(_ pipeline: PipelineOwners, number: Int) -> String {
        var lines = ["### \(number). **\(Markdown.escaped(pipeline.name))**"]
        let book = scenarioPipeline(pipeline.name)?.runbook
        if let purpose = book?.purpose, !purpose.isEmpty { lines.append("   - **Purpose**: " + Self.prose(purpose, indent: 5)) }
        if let steps = book?.steps, !steps.isEmpty {
            lines.append("   - **Steps**:")
            for (index, step) in steps.enumerated() {
                let marker = "     \(index + 1). "
                lines.append(marker + Self.prose(step, indent: marker.count))
            }
        }
        if let monitoring = book?.monitoring, !monitoring.isEmpty { lines.append("   - **Monitoring**: " + Self.prose(monitoring, indent: 5)) }
        let owners = [pipeline.primary, pipeline.secondary].map { $0.isEmpty ? "nobody" : Markdown.escaped($0) }
        lines.append("   - **Owners**: \(owners[0]) (primary), \(owners[1]) (secondary)")
        return lines.joined(separator: "\n")
    }
}
