/// `## Pipeline Ownership`, as in the seed: one numbered heading per pipeline (`(Investors)` after
/// the name of those that report to investors), its owners with their job titles, its description.
extension TeamDocument {
    /// The section's blocks; none for a schedule without pipelines.
    func ownershipSection() -> [String] {
        guard !schedule.pipelines.isEmpty else { return [] }
        var blocks = ["## Pipeline Ownership"]
        for (index, pipeline) in schedule.pipelines.enumerated() {
            var lines = [
                "### \(index + 1). **\(Markdown.escaped(pipeline.name))\(reportsToInvestors(pipeline) ? " (Investors)" : "")**",
                "   - **Primary Owner**: \(person(pipeline.primary))",
                "   - **Secondary Owner**: \(person(pipeline.secondary))",
            ]
            if let description = scenarioPipeline(pipeline.name)?.description, !description.isEmpty {
                lines.append("   - **Description**: " + Self.prose(description, indent: 5))
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks
    }
}
