/// One reason no plan can satisfy the rules, in words a team lead can act on.
public struct Conflict: Sendable, Equatable, CustomStringConvertible {
    /// The invariant at stake: `coverage`, `rest`, `load`, `holiday-cover`, `ownership`, `pipeline-coverage`…
    public var rule: String
    public var message: String
    /// What to change, when there is an obvious fix.
    public var suggestion: String?

    public init(rule: String, message: String, suggestion: String? = nil) {
        self.rule = rule
        self.message = message
        self.suggestion = suggestion
    }

    public var description: String {
        "\(rule): \(message)" + (suggestion.map { " — \($0)" } ?? "")
    }
}

/// Why planning failed.
public enum PlanningError: Error, Sendable, CustomStringConvertible {
    /// The rules cannot all hold; the conflicts say why.
    case infeasible([Conflict])
    /// The solver stopped (time limit, interruption) before it found any plan.
    case noPlanFound(String)
    /// The solver failed internally.
    case solver(String)

    public var description: String {
        switch self {
        case .infeasible(let conflicts):
            "no plan satisfies the rules:\n" + conflicts.map { "  - \($0)" }.joined(separator: "\n")
        case .noPlanFound(let reason):
            "no plan found before the search stopped (\(reason))"
        case .solver(let message):
            message
        }
    }
}
