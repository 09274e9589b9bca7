/// A format Rota cannot write for this kind of output.
public struct UnsupportedFormat: Error, Sendable, CustomStringConvertible {
    public var format: OutputFormat
    public var what: String
    public var description: String { "\(what) cannot be written as \(format.rawValue)" }
}

// Which writer a format goes to, with the warnings `rota check` gives, is decided above the checker:
// `Report/ScheduleOutput.swift` (`Schedule.rendered(as:…)`).

// MARK: - What the readable views total

/// What one person holds in a schedule: the figures the terminal view shows.
struct PersonTotals: Equatable {
    var name: String
    var capacity: Double
    /// On-call weeks by role.
    var weeks: [Role: Int] = [:]
    /// Holidays covered, and their total weight.
    var holidays = 0
    var holidayWeight: Double = 0
    /// Pipelines owned as primary and as secondary, and investor pipelines owned as primary.
    var primaryPipelines = 0
    var secondaryPipelines = 0
    var investorPrimaries = 0

    /// The cells after the name in a per-person summary row, in the renderers' column order:
    /// capacity (when shown), weeks per role, holidays, holiday weight (when shown), pipelines.
    func cells(capacity: Bool, roles: [Role], weights: Bool) -> [String] {
        var row: [String] = []
        if capacity { row.append(Numbers.twoDecimals(self.capacity)) }
        row += roles.map { String(weeks[$0] ?? 0) }
        row.append(String(holidays))
        if weights { row.append(Numbers.twoDecimals(holidayWeight)) }
        row += [String(primaryPipelines), String(secondaryPipelines), String(investorPrimaries)]
        return row
    }
}

extension Schedule {
    /// Every person's totals: the schedule's people in their order, then anyone else the
    /// schedule names (a schedule read from another tool may list nobody), in order of appearance.
    var personTotals: [PersonTotals] {
        var totals = people.map { PersonTotals(name: $0.name, capacity: $0.capacity) }
        var index = Dictionary(totals.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        func slot(_ name: String) -> Int {
            if let position = index[name] { return position }
            totals.append(PersonTotals(name: name, capacity: 1))
            index[name] = totals.count - 1
            return totals.count - 1
        }
        for week in weeks {
            for (role, name) in week.oncall.sorted(by: { $0.key < $1.key }) { totals[slot(name)].weeks[role, default: 0] += 1 }
        }
        for holiday in holidays {
            let position = slot(holiday.cover)
            totals[position].holidays += 1
            totals[position].holidayWeight += holiday.weight
        }
        for pipeline in pipelines {
            let primary = slot(pipeline.primary)
            totals[primary].primaryPipelines += 1
            if pipeline.investors { totals[primary].investorPrimaries += 1 }
            totals[slot(pipeline.secondary)].secondaryPipelines += 1
        }
        return totals
    }

    /// The roles the views show: those the schedule uses, or primary for an empty schedule.
    var shownRoles: [Role] { roles.isEmpty ? [.primary] : roles }

    /// The number of the schedule week containing `day`, else the period's week, else `nil`.
    func weekNumber(containing day: Day) -> Int? {
        weeks.first { $0.start <= day && day <= $0.end }?.week ?? period.week(containing: day)
    }

    /// Whether any holiday weighs other than 1 (only then do the views show weights).
    var hasHolidayWeights: Bool { holidays.contains { $0.weight != 1 } }

    /// Whether anyone works part-time (only then do the views show capacity).
    var hasPartTimers: Bool { people.contains { $0.capacity != 1 } }
}

// MARK: - Text helpers shared by the views

/// Phrases only the schedule views use; numbers are ``Numbers/twoDecimals(_:)``, and dates, counts and
/// lists are ``Wording``'s.
enum RenderingText {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let weekdayPlurals = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"]

    /// `Jan  4`: the month and the day, right-aligned (so that dates line up in columns) unless
    /// `aligned` is false (`Jan 4`).
    static func monthDay(_ day: Day, aligned: Bool = true) -> String {
        let (_, month, dayOfMonth) = day.components
        return monthNames[month - 1] + (aligned && dayOfMonth < 10 ? "  " : " ") + String(dayOfMonth)
    }

    /// The solver's outcome in words, or `nil` when no solver made the schedule.
    static func solverLine(_ solver: SolverSummary?, includeTimings: Bool) -> String? {
        guard let solver else { return nil }
        var line = solver.status
        if solver.status != "optimal" {
            let gap = abs(solver.objective - solver.bound) / max(abs(solver.objective), 1e-9) * 100
            line += ", within \(Numbers.twoDecimals(gap))% of the bound"
        }
        line += " (largest deviation from fair share \(Numbers.twoDecimals(solver.objective)), proven bound \(Numbers.twoDecimals(solver.bound)))"
        if includeTimings, let seconds = solver.seconds { line += " in \(Numbers.twoDecimals(seconds)) s" }
        return line
    }
}
