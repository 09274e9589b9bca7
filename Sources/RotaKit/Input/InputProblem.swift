/// One thing wrong (or worth a warning) in a file the user gave Rota, located as precisely as
/// the reader knows: file, line, column and the field path (`people[2].away[0]`).
public struct InputProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    /// Path of the field, e.g. `people[2].away[0]`; empty for the whole file.
    public var field: String
    public var message: String
    /// A suggestion such as `did you mean "Charlie"?`.
    public var hint: String?

    public init(
        severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil, field: String = "",
        message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// `scenario.yaml:12:5: error: people[2].away[0]: "2027-02-30" is not a date — hint`.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): "
        if !field.isEmpty { text += "\(field): " }
        text += message
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Every problem found in the user's input; thrown when at least one is an error.
public struct InputErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [InputProblem]

    public init(_ problems: [InputProblem]) {
        self.problems = problems
    }

    public var errors: [InputProblem] { problems.filter { $0.severity == .error } }
    public var warnings: [InputProblem] { problems.filter { $0.severity == .warning } }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
