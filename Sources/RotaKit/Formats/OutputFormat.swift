/// The formats Rota writes schedules and reports in.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// A readable terminal view.
    case table
    /// `rota.schedule/1` for schedules; metrics as data for reports.
    case json
    /// One table a spreadsheet opens: `week,start,end,handoff,role,person,holiday,weight,pipeline,investors`,
    /// a row per week and role, then per holiday cover, then per pipeline owner (`rota check`
    /// reads it back).
    case csv
    /// Markdown laid out like the seed document.
    case md
    /// iCalendar (RFC 5545).
    case ics
    /// A self-contained HTML page.
    case html

    /// The format a file extension implies (`.markdown` and `.txt` too).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "json": self = .json
        case "csv": self = .csv
        case "md", "markdown": self = .md
        case "ics", "ical": self = .ics
        case "html", "htm": self = .html
        case "txt", "table": self = .table
        default: return nil
        }
    }
}
