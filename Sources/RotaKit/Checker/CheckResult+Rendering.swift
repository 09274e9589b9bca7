/// `rota check` output: JSON (the contract's keys, deterministic bytes), a terminal table, Markdown.
extension CheckResult {
    /// `{"ok": …, "violations": […], "warnings": […], "metrics": {…}, "invariants": {…}}`.
    ///
    /// Holds no file names or times, so a schedule judged from JSON and from CSV gives the same bytes.
    public var jsonValue: JSONValue {
        .object([
            ("ok", .bool(ok)),
            ("violations", .array(violations.map(\.jsonValue))),
            ("warnings", .array(warnings.map(\.jsonValue))),
            ("metrics", metrics.jsonValue),
            ("invariants", .object(invariants.map { ($0.rule.rawValue, .string($0.status.keyword)) })),
        ])
    }

    public func json() -> String { jsonValue.rendered() }

    /// `PASS` or `FAIL` with counts.
    func headline(schedule: String) -> String {
        let warned = warnings.isEmpty ? "" : " (\(Wording.count(warnings.count, "warning")))"
        if ok { return "PASS  \(schedule) satisfies every invariant\(warned)" }
        let broken = Set(violations.map(\.rule)).count
        return "FAIL  \(schedule): \(Wording.count(violations.count, "violation")) of \(Wording.count(broken, "invariant"))\(warned)"
    }

    /// The terminal report: verdict, each invariant's status, violations, warnings, metrics.
    public func table(schedule: String, scenario: String) -> String {
        var output = headline(schedule: schedule) + "\n"
        output += "      judged against \(scenario)\n\n"
        var statuses = TextTable([("invariant", .left), ("status", .left)])
        for (rule, status) in invariants { statuses.add([rule.rawValue, status.description]) }
        output += "Invariants\n" + statuses.text()
        if !violations.isEmpty {
            output += "\nViolations\n" + violations.map { "  \($0.line)\n" }.joined()
        }
        if !warnings.isEmpty {
            output += "\nWarnings (do not fail the check)\n" + warnings.map { "  \($0.line)\n" }.joined()
        }
        output += "\nFairness (load = \(metrics.loadMeaning); fair load \(Wording.number(metrics.team.fairLoad)))\n"
        output += metrics.table().text()
        output += "\n  " + metrics.teamFigures.map { "\($0.label) \($0.value)" }.joined(separator: " · ") + "\n"
        return output
    }

    /// The same report as Markdown.
    public func markdown(schedule: String, scenario: String) -> String {
        var output = "# Check of `\(schedule)`\n\nJudged against `\(scenario)`.\n\n"
        output += "**\(ok ? "PASS" : "FAIL")** — \(Wording.count(violations.count, "violation")), \(Wording.count(warnings.count, "warning")).\n\n"
        var statuses = TextTable([("invariant", .left), ("status", .left)])
        for (rule, status) in invariants { statuses.add([rule.rawValue, status.description]) }
        output += "## Invariants\n\n" + statuses.markdown()
        if !violations.isEmpty {
            output += "\n## Violations\n\n" + violations.map { "- **\($0.rule.rawValue)**: \($0.message)\n" }.joined()
        }
        if !warnings.isEmpty {
            output += "\n## Warnings\n\n" + warnings.map { "- **\($0.rule.rawValue)**: \($0.message)\n" }.joined()
        }
        output += "\n## Fairness\n\nLoad = \(metrics.loadMeaning); fair load \(Wording.number(metrics.team.fairLoad)).\n\n"
        output += metrics.table().markdown()
        output += "\n" + metrics.teamFigures.map { "- \($0.label): \($0.value)\n" }.joined()
        return output
    }
}
