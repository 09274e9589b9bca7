/// A schedule ready to be written by `rota plan` and `rota whatif`: with its scenario, what
/// `rota check` says of it, so that every format shows the warnings check would give.
///
/// The formats' writers (`Formats/`) sit below the checker and know nothing of it; this is where a
/// schedule meets its check: the terminal view gains a Warnings section, JSON a `warnings` array,
/// Markdown becomes the team's whole document (``TeamDocument``). CSV and iCalendar stay pure
/// data: ``warningsOutside(_:)`` are for standard error.
public struct ScheduleOutput: Sendable {
    public var schedule: Schedule
    /// The scenario the schedule is for; without one nothing is checked and there are no warnings.
    public var scenario: Scenario?
    /// Earlier schedules, counted by the check and the fairness figures.
    public var history: [Schedule]
    /// `rota check`'s verdict, when there is a scenario.
    public var check: CheckResult?

    /// - Parameters:
    ///   - scenario: the scenario the schedule is for (for `whatif`, with the changes applied).
    ///   - history: earlier schedules, counted by the check as `rota check --history` counts them.
    /// - Complexity: one ``Checker/check(schedule:scenario:history:)`` when there is a scenario.
    public init(schedule: Schedule, scenario: Scenario?, history: [Schedule] = []) {
        self.schedule = schedule
        self.scenario = scenario
        self.history = history
        check = scenario.map { Checker.check(schedule: schedule, scenario: $0, history: history) }
    }

    /// The warnings `rota check` gives for the schedule.
    public var warnings: CheckWarnings { CheckWarnings(check?.warnings ?? []) }

    /// The schedule in `format`, the warnings in it where the format has a place for them.
    /// - Parameters:
    ///   - format: `table`, `json` (`rota.schedule/1`, with `warnings` when there are any), `csv`,
    ///     `md` (the team's document) or `ics`.
    ///   - includeTimings: add the solver's wall-clock seconds (which differ run to run) to JSON
    ///     and to the table's solver line.
    ///   - person: for iCalendar, a personal feed with only that person's shifts and covers.
    /// - Throws: ``UnsupportedFormat`` for a format schedules are not written in (html).
    public func rendered(as format: OutputFormat, includeTimings: Bool = false, person: String? = nil) throws(UnsupportedFormat) -> String {
        switch format {
        case .json: return warnings.appended(to: schedule.jsonValue(includeTimings: includeTimings)).rendered()
        case .table: return schedule.table(includeTimings: includeTimings) + warnings.tableSection
        case .csv: return schedule.csv()
        case .md: return TeamDocument(schedule: schedule, scenario: scenario, history: history, check: check).markdown()
        case .ics: return schedule.icalendar(person: person, scenario: scenario)
        case .html: throw UnsupportedFormat(format: format, what: "a schedule")
        case .pagerduty, .opsgenie, .terraform: throw UnsupportedFormat(format: format, what: "a schedule without its people's ids (use pagingExport(as:))")
        }
    }

    /// The schedule for a paging tool (``OutputFormat/pagingTools``), people's ids from the scenario.
    /// - Returns: the text, and for Terraform the `rota.pagerduty/1` document whose overrides go beside it.
    /// - Throws: ``PagingExportError`` naming anyone without an id, or why the tool cannot hold the plan.
    public func pagingExport(as format: OutputFormat) throws(PagingExportError) -> (text: String, overrides: String?) {
        switch format {
        case .pagerduty: return (try schedule.pagerDuty(scenario: scenario), nil)
        case .opsgenie: return (try schedule.opsgenie(scenario: scenario), nil)
        case .terraform: return (try schedule.terraform(scenario: scenario), try schedule.pagerDuty(scenario: scenario))
        default: throw PagingExportError("rota: \(format.rawValue) is not a paging tool's format")
        }
    }

    /// The warnings `format` has no place for, as lines for standard error (CSV and iCalendar).
    public func warningsOutside(_ format: OutputFormat) -> [String] {
        CheckWarnings.hasPlace(in: format) ? [] : warnings.standardErrorLines
    }
}

extension Schedule {
    /// The schedule in `format`, as ``ScheduleOutput`` writes it: with `scenario`, the warnings
    /// `rota check` gives appear in the table, JSON and Markdown.
    /// - Parameters:
    ///   - scenario: checks the schedule, and adds what the team's document takes from it (job
    ///     titles, run books, risks, notes) and people's email addresses to iCalendar events.
    ///   - history: earlier schedules the check counts.
    ///   - person: for iCalendar, a personal feed with only that person's shifts and covers.
    /// - Throws: ``UnsupportedFormat`` for a format schedules are not written in.
    public func rendered(
        as format: OutputFormat, includeTimings: Bool = false, scenario: Scenario? = nil, history: [Schedule] = [], person: String? = nil
    ) throws(UnsupportedFormat) -> String {
        try ScheduleOutput(schedule: self, scenario: scenario, history: history).rendered(as: format, includeTimings: includeTimings, person: person)
    }
}
