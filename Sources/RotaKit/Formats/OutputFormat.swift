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
    /// `rota.pagerduty/1`: bodies of PagerDuty's create-schedule and create-overrides requests.
    case pagerduty
    /// `rota.opsgenie/1`: the body of Opsgenie's create-schedule request, and holiday overrides.
    case opsgenie
    /// Terraform `pagerduty_schedule` resources (HCL).
    case terraform

    /// The format a file extension implies (`.markdown` and `.txt` too).
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "json": self = .json
        case "csv": self = .csv
        case "md", "markdown": self = .md
        case "ics", "ical": self = .ics
        case "html", "htm": self = .html
        case "txt", "table": self = .table
        case "tf": self = .terraform
        default: return nil
        }
    }

    /// The formats a paging tool takes a schedule in, which need people's ids from the scenario.
    public static let pagingTools: [OutputFormat] = [.pagerduty, .opsgenie, .terraform]

    /// Whether this is one of ``pagingTools``.
    public var isPagingTool: Bool { Self.pagingTools.contains(self) }
}
