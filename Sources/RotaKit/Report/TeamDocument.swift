import Foundation

/// The team's whole document, in Markdown: what the team kept by hand before Rota (the seed,
/// `shared/seed/week5-pipeline-maintenance.md`), in the seed's sections and order, with Rota's
/// additions.
///
/// 1. The title (the scenario's `title:`, else `TEAM On-Call Plan`) and the period.
/// 2. `## Pipeline Ownership`: each pipeline, its owners with their job titles, the investor flag
///    and its description.
/// 3. `## On-Call Schedule`: the weekly rotation as dates, the holiday coverage with who is on call
///    that week, each person's load against their fair share, and why the plan is fair, in words.
/// 4. `## Run Books for Pipelines Reporting Metrics to Investors`.
/// 5. `## Potential Pipeline Issues`: the team's own `risks:`, then the warnings `rota check`
///    gives for the plan, in check's words.
/// 6. `## Conclusion`: the scenario's `notes:`.
///
/// Sections are separated by `---`, as in the seed. Names (people, pipelines, holidays) are
/// escaped so that they print as themselves; what the team wrote in prose (descriptions, run
/// books, risks, notes) is Markdown already and is written as it is. Without a scenario (a
/// report on a schedule alone) the document holds what the schedule has and says how to get the
/// rest. GitHub-flavoured Markdown, `\n` line ends; the same input always gives the same bytes.
public struct TeamDocument: Sendable {
    public var schedule: Schedule
    /// Where job titles, descriptions, run books, risks, notes and the rules come from.
    public var scenario: Scenario?
    public var metrics: Metrics
    /// What `rota check` says of the schedule; `nil` without a scenario.
    public var check: CheckResult?
    /// The warnings listed under potential issues.
    public var warnings: [Violation]

    /// Checks `schedule` against `scenario` (when given) for the document.
    /// - Parameter history: earlier schedules, counted in fair shares, rest and holiday balance.
    public init(schedule: Schedule, scenario: Scenario? = nil, history: [Schedule] = []) {
        self.init(
            schedule: schedule, scenario: scenario, history: history,
            check: scenario.map { Checker.check(schedule: schedule, scenario: $0, history: history) })
    }

    /// With `check` already made of `schedule` against `scenario`.
    init(schedule: Schedule, scenario: Scenario?, history: [Schedule], check: CheckResult?) {
        self.schedule = schedule
        self.scenario = scenario
        self.check = check
        metrics = check?.metrics ?? Metrics(schedule: schedule, scenario: scenario, history: history)
        warnings = check?.warnings ?? []
    }

    /// A report's document: the report keeps its metrics and warnings but not its scenario, so there
    /// are no job titles, run books, risks or notes.
    init(report: ScheduleReport) {
        schedule = report.schedule
        scenario = nil
        check = nil
        metrics = report.metrics
        warnings = report.warnings
    }

    /// The document.
    /// - Complexity: O(weeks × holidays + people + pipelines + warnings).
    public func markdown() -> String {
        let sections = [ownershipSection(), scheduleSection(), runBookSection(), issueSection(), conclusionSection()].filter { !$0.isEmpty }
        var blocks = opening()
        for (index, section) in sections.enumerated() {
            if index > 0 { blocks.append("---") }
            blocks += section
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The title, the period and, without a scenario, what is missing and how to add it.
    private func opening() -> [String] {
        let team = schedule.team
        let title = scenario?.title ?? (team.isEmpty ? "On-Call Plan" : "\(team) On-Call Plan")
        let period = schedule.period
        let when =
            "on call from \(Wording.day(period.start)) to \(Wording.day(period.end)) (\(Wording.count(period.weeks, "week"))), "
            + "handing over on \(RenderingText.weekdayPlurals[period.start.weekday.rawValue]) at \(period.handoff) "
            + "(`\(period.timezone.replacingOccurrences(of: "`", with: ""))`)."
        var blocks = ["# " + Markdown.escaped(title), team.isEmpty ? "On " + when.dropFirst(3) : "**\(Markdown.escaped(team))**: " + when]
        if scenario == nil {
            blocks.append(
                "> Written from the schedule alone. Job titles, pipeline descriptions, run books, the team's own list of potential "
                    + "issues, notes and the check of every rule come from the scenario: "
                    + "`rota report SCHEDULE --scenario SCENARIO --format md`.")
        }
        return blocks
    }

    // MARK: - Shared by the sections

    /// `Alice (Data Engineer)`: a person's name with their job title from the scenario; `nobody`
    /// for an empty name.
    func person(_ name: String) -> String {
        guard !name.isEmpty else { return "nobody" }
        guard let title = scenario?.person(named: name)?.title, !title.isEmpty else { return Markdown.escaped(name) }
        return "\(Markdown.escaped(name)) (\(Markdown.escaped(title)))"
    }

    /// The scenario's pipeline called `name`.
    func scenarioPipeline(_ name: String) -> Pipeline? { scenario?.pipelines.first { $0.name == name } }

    /// Whether the pipeline reports to investors: the scenario says, else the schedule.
    func reportsToInvestors(_ pipeline: PipelineOwners) -> Bool { scenarioPipeline(pipeline.name)?.investors ?? pipeline.investors }

    /// Text the team wrote, written as it is (it is Markdown), trimmed, with each line after the
    /// first indented by `indent` spaces so that it stays inside its list item.
    static func prose(_ text: String, indent: Int) -> String {
        let lines = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
        let padding = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : padding + $0.element }.joined(separator: "\n")
    }
}
