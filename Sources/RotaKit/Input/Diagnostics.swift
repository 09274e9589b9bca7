/// Collects the problems found while reading one file, so that a reader reports all of them at
/// once instead of stopping at the first.
///
/// A reference type on purpose: every ``SourceField`` read from one document shares it.
public final class Diagnostics: @unchecked Sendable {
    public let file: String
    public private(set) var problems: [InputProblem] = []

    public init(file: String) {
        self.file = file
    }

    public func add(_ problem: InputProblem) {
        problems.append(problem)
    }

    public func error(line: Int? = nil, column: Int? = nil, field: String = "", _ message: String, hint: String? = nil) {
        problems.append(InputProblem(severity: .error, file: file, line: line, column: column, field: field, message: message, hint: hint))
    }

    public func warning(line: Int? = nil, column: Int? = nil, field: String = "", _ message: String, hint: String? = nil) {
        problems.append(InputProblem(severity: .warning, file: file, line: line, column: column, field: field, message: message, hint: hint))
    }

    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// Throws everything collected when any of it is an error.
    public func throwIfErrors() throws(InputErrors) {
        if hasErrors { throw InputErrors(problems) }
    }

    public var warnings: [InputProblem] { problems.filter { $0.severity == .warning } }
}
