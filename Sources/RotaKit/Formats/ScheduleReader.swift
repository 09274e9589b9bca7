import Foundation

/// Reads schedules from files, choosing the reader by the file's extension: `rota.schedule/1` JSON
/// (`JSON/ScheduleReader+JSON.swift`), CSV (`CSV/ScheduleReader+CSV.swift`) or iCalendar
/// (`ICalendar/`), reporting every problem with the file, line and field.
public enum ScheduleReader {
    /// Reads the schedule at `path`, choosing the reader by extension: `.csv` CSV, `.ics` iCalendar,
    /// anything else `rota.schedule/1` JSON or a paging tool's response (PagerDuty, Opsgenie).
    /// - Parameter scenario: the scenario the schedule belongs to, when known. CSV takes its period,
    ///   team and people from it (CSV has no period header); iCalendar its people, period and handoff.
    /// - Parameter csv: for CSV, which of a spreadsheet's columns holds what and how its dates
    ///   are written (`--columns`, `--month-first`, `--day-first`).
    /// - Returns: the schedule, and notes about what reading had to assume (iCalendar shifts that
    ///   cover part of a week, for instance).
    /// - Throws: ``InputErrors`` naming the file, line and field of every problem.
    public static func read(
        path: String, scenario: Scenario?, csv: CSVImportOptions = CSVImportOptions()
    ) throws(InputErrors) -> (schedule: Schedule, notes: [String]) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "csv":
            let text = try SourceDocument.readText(at: path, what: "a schedule")
            return try importCSV(text, file: path, scenario: scenario, options: csv)
        case "ics", "ical", "ifb", "icalendar":
            let imported = try loadICalendar(path: path, scenario: scenario)
            return (imported.schedule, imported.notes)
        default:
            let text = try SourceDocument.readText(at: path, what: "a schedule")
            // A paging tool's response (Paging/ScheduleReader+Paging.swift), else rota.schedule/1.
            if let imported = try importPagingTool(text, file: path, scenario: scenario) { return imported }
            return (try readJSON(text, file: path), [])
        }
    }

    /// ``read(path:scenario:)`` without the notes.
    public static func load(path: String, scenario: Scenario?) throws(InputErrors) -> Schedule {
        try read(path: path, scenario: scenario).schedule
    }
}
