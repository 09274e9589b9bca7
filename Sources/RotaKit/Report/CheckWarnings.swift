/// The warnings `rota check` gives for a schedule (risks and soft rules that do not fail the
/// check), written for every output of `plan`, `whatif` and `report` in check's own words:
/// `investor-holiday-cover: Memorial Day (Mon 2027-05-31) is covered by Alice, …`.
///
/// Each format has its place for them: a section of the terminal view, a list under the team
/// document's potential issues, a `warnings` array in JSON. CSV and iCalendar are data for other
/// programs and have none, so the commands print the warnings on standard error instead.
public struct CheckWarnings: Sendable, Equatable {
    public var warnings: [Violation]

    public init(_ warnings: [Violation]) { self.warnings = warnings }

    public var isEmpty: Bool { warnings.isEmpty }

    /// The section of a terminal view, exactly as `rota check` prints it, with a blank line before:
    /// `\nWarnings (do not fail the check)\n  rule: message\n…`; empty without warnings.
    public var tableSection: String {
        guard !warnings.isEmpty else { return "" }
        return "\n" + Self.tableHeading + "\n" + warnings.map { "  \($0.line)\n" }.joined()
    }

    /// The heading `rota check` gives its warnings.
    public static let tableHeading = "Warnings (do not fail the check)"

    /// One Markdown bullet a warning, `- **rule**: message`, as in `rota check --format md`
    /// (the message escaped so that it prints as itself), each ending with a line end.
    public var markdownList: String {
        warnings.map { "- **\($0.rule.rawValue)**: \(Markdown.escaped($0.message))\n" }.joined()
    }

    /// The `warnings` array of `rota check --format json`: `{rule, message, person, week, …}`.
    public var jsonValue: JSONValue { .array(warnings.map(\.jsonValue)) }

    /// The lines for standard error when the output has no place for warnings (CSV, iCalendar):
    /// `rota: warning: rule: message`.
    public var standardErrorLines: [String] { warnings.map { "rota: warning: \($0.line)" } }

    /// Whether `format` carries warnings in its text (all but CSV and iCalendar).
    public static func hasPlace(in format: OutputFormat) -> Bool { format != .csv && format != .ics && !format.isPagingTool }

    /// `value` (a JSON object) with `("warnings", […])` added at the end when there are warnings: a document
    /// without warnings keeps its bytes.
    func appended(to value: JSONValue) -> JSONValue {
        guard !warnings.isEmpty, case .object(var members) = value else { return value }
        members.append(("warnings", jsonValue))
        return .object(members)
    }
}
