/// One reason no plan can satisfy the rules, in words a team lead can act on.
public struct Conflict: Sendable, Equatable, CustomStringConvertible {
    /// What the conflict is about, printed before its message: a ``Rule`` (`rest`), rules that
    /// conflict together (`rest+load`), the rules as a whole (`rules`) or a repair's frozen weeks
    /// (`frozen`).
    public var rule: Subject
    public var message: String
    /// What to change, when there is an obvious fix.
    public var suggestion: String?

    /// What a conflict is about.
    public enum Subject: Sendable, Hashable, CustomStringConvertible {
        /// One rule at stake: a quick check's finding, a pin or frozen week someone cannot hold, or
        /// a rule whose removal alone makes a plan possible.
        case rule(Rule)
        /// Rules that conflict only together: leaving all of them out makes a plan possible.
        case together([Rule])
        /// The rules as a whole: the diagnosis's summary line.
        case allRules
        /// The weeks a repair keeps as they are.
        case frozenWeeks

        /// `rest`, `rest+load`, `rules`, `frozen`.
        public var description: String {
            switch self {
            case .rule(let rule): rule.rawValue
            case .together(let rules): rules.map(\.rawValue).joined(separator: "+")
            case .allRules: "rules"
            case .frozenWeeks: "frozen"
            }
        }

        /// The rules named: one, several, or none.
        public var rules: [Rule] {
            switch self {
            case .rule(let rule): [rule]
            case .together(let rules): rules
            case .allRules, .frozenWeeks: []
            }
        }
    }

    public init(_ subject: Subject, message: String, suggestion: String? = nil) {
        self.rule = subject
        self.message = message
        self.suggestion = suggestion
    }

    /// A conflict about one rule.
    public init(rule: Rule, message: String, suggestion: String? = nil) {
        self.init(.rule(rule), message: message, suggestion: suggestion)
    }

    /// `rest: min-gap-weeks 3 … — lower min-gap-weeks to 2, or add a person`.
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
