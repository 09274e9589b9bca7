/// How to read a spreadsheet's CSV whose header or dates are not Rota's own: which of its
/// columns holds what (`--columns week=Week Starting,primary=On Call`) and how its dates are
/// written (`1/4/2027` is 4 January with `--month-first`, 1 April with `--day-first`).
public struct CSVImportOptions: Sendable, Equatable {
    /// The order of day and month in dates written with numbers only (`1/4/2027`).
    public enum DateOrder: Sendable, Equatable {
        case monthFirst, dayFirst
    }

    /// Rota's column name → the file's header for it, as written in the file.
    public var columns: [String: String]
    /// `nil`: a numeric date whose order cannot be told (both parts 12 or less) is refused.
    public var dateOrder: DateOrder?

    /// The names `columns` may map: the week (its number or its first date), its start and end,
    /// the role and person of a long table, a column per role of a wide one, and the holiday and
    /// pipeline columns of Rota's own one-table export.
    public static let columnNames = [
        "week", "start", "end", "handoff", "role", "person", "primary", "secondary", "holiday", "date", "cover", "weight", "pipeline", "investors",
    ]

    public init(columns: [String: String] = [:], dateOrder: DateOrder? = nil) {
        self.columns = columns
        self.dateOrder = dateOrder
    }

    /// Reads `week=Week Starting,primary=On Call`: comma-separated `name=Header` pairs.
    /// - Throws: ``InputErrors`` for a pair without `=`, a name Rota does not know (with the
    ///   names it does), or a name given twice.
    public static func columns(parsing text: String) throws(InputErrors) -> [String: String] {
        var result: [String: String] = [:]
        var problems: [InputProblem] = []
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                problems.append(
                    InputProblem(
                        file: "--columns", message: "\"\(pair)\" is not name=Header", hint: "for example --columns \"week=Week Starting,primary=On Call\""))
                continue
            }
            let name = parts[0].lowercased()
            guard columnNames.contains(name) else {
                problems.append(
                    InputProblem(
                        file: "--columns", field: name, message: "Rota has no column \"\(parts[0])\"",
                        hint: Suggestion.hint(for: name, among: columnNames) ?? "the columns are \(columnNames.joined(separator: ", "))"))
                continue
            }
            if result[name] != nil {
                problems.append(InputProblem(file: "--columns", field: name, message: "\(name) is mapped twice"))
                continue
            }
            result[name] = parts[1]
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return result
    }
}
