/// A readable account of one schedule, with no scenario needed: a summary per person, the year's
/// calendar (weeks × roles, holidays marked), who owns which pipeline, and the fairness metrics.
///
/// `rota report` renders it as a terminal table, Markdown, JSON or one self-contained HTML page.
public struct ScheduleReport: Sendable {
    public var schedule: Schedule
    public var metrics: Metrics
    /// The roles shown, in role order.
    public var roles: [Role]
    /// The holiday covers, in date order.
    public var holidays: [HolidayCover]
    /// The weeks, one per week number, in order.
    public var weeks: [ScheduledWeek]
    /// The warnings `rota check` gives for this schedule (risks that do not fail a check), worded
    /// as `check` words them; empty without a scenario.
    public var warnings: [Violation]
    /// The scenario the report was made with, when one was given (its time away, for the HTML
    /// calendar).
    public var scenario: Scenario?

    /// - Parameters:
    ///   - scenario: optional; when given, its capacities, roles and holiday weights are used for
    ///     the metrics (as `rota check` does).
    ///   - history: earlier schedules counted in the fairness metrics.
    public init(schedule: Schedule, scenario: Scenario? = nil, history: [Schedule] = []) {
        self.schedule = schedule
        self.scenario = scenario
        // With a scenario, one check gives both the metrics and the warnings.
        let check = scenario.map { Checker.check(schedule: schedule, scenario: $0, history: history) }
        metrics = check?.metrics ?? Metrics(schedule: schedule, scenario: scenario, history: history)
        roles = metrics.roles
        holidays = schedule.holidays.stableSorted { $0.date < $1.date }
        var seen = Set<Int>()
        weeks = schedule.weeks.filter { seen.insert($0.week).inserted }.sorted { $0.week < $1.week }
        warnings = check?.warnings ?? []
    }

    public var period: Period { schedule.period }

    /// The title: `Data Engineering on-call 2027-01-04 – 2028-01-02`.
    public var title: String {
        let team = schedule.team.isEmpty ? "On-call" : "\(schedule.team) on-call"
        return "\(team), \(Wording.span(period.days))"
    }

    /// The week (1-based) a holiday falls in, or `nil` outside the period.
    public func week(of holiday: HolidayCover) -> Int? { period.week(containing: holiday.date) }

    /// The holidays falling in week `week`.
    public func holidays(inWeek week: Int) -> [HolidayCover] {
        holidays.filter { self.week(of: $0) == week }
    }

    /// The report in `format`.
    /// - Throws: ``UnsupportedFormat`` for csv and ics, which are schedule formats, not reports.
    public func rendered(as format: OutputFormat) throws(UnsupportedFormat) -> String {
        switch format {
        case .table: return table()
        case .md: return markdown()
        case .json: return json()
        case .html: return html()
        case .csv, .ics, .pagerduty, .opsgenie, .terraform: throw UnsupportedFormat(format: format, what: "a report")
        }
    }

    /// A short verdict on fairness, for the top of every format.
    var verdict: String {
        let deviation = metrics.team.maxDeviation
        let furthest = metrics.people.filter { $0.deviation.values.contains { abs(abs($0) - deviation) < 1e-9 } }.map(\.name)
        let load =
            deviation < 1 - 1e-9
            ? "everyone is within one week of their fair share (largest deviation \(Wording.number(deviation)))"
            : "\(Wording.list(furthest)) \(furthest.count == 1 ? "is" : "are") \(Wording.number(deviation)) weeks from their fair share"
        return "Load: \(load); holiday weight spread \(Wording.number(metrics.team.holidaySpread))."
    }
}
