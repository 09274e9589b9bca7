import ArgumentParser
import RotaKit

/// `--columns`, `--month-first`, `--day-first`: how to read a spreadsheet's CSV whose header
/// or dates are not Rota's own. Shared by `check` and `report`.
struct SpreadsheetOptions: ParsableArguments {
    @Option(
        name: .customLong("columns"),
        help: ArgumentHelp(
            "For a CSV schedule: which of its columns holds what, e.g. \"week=Week Starting,primary=On Call\" (week: its number or first date; a column per role, or role and person).",
            valueName: "name=Header,…"))
    var columns: String?

    @Flag(name: .customLong("month-first"), help: "For a CSV schedule: dates like 1/4/2027 are month first (4 January).")
    var monthFirst = false

    @Flag(name: .customLong("day-first"), help: "For a CSV schedule: dates like 1/4/2027 are day first (1 April).")
    var dayFirst = false

    func validate() throws {
        if monthFirst && dayFirst { throw ValidationError("--month-first and --day-first cannot both be given") }
        if let columns {
            do {
                _ = try CSVImportOptions.columns(parsing: columns)
            } catch {
                throw ValidationError(error.problems.map { "--columns: \($0.message)" + ($0.hint.map { " (\($0))" } ?? "") }.joined(separator: "\n"))
            }
        }
    }

    /// The options for ``ScheduleReader/read(path:scenario:csv:)``.
    func importOptions() throws -> CSVImportOptions {
        CSVImportOptions(
            columns: try columns.map { text throws(InputErrors) in try CSVImportOptions.columns(parsing: text) } ?? [:],
            dateOrder: monthFirst ? .monthFirst : dayFirst ? .dayFirst : nil)
    }
}
