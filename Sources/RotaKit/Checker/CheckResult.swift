/// Whether one invariant holds for a schedule.
public enum InvariantStatus: Sendable, Equatable {
    case holds
    /// Broken this many times.
    case violated(Int)
    /// Does not apply to this scenario (the reason, e.g. "pipeline-coverage is off in the rules").
    case notApplicable(String)

    /// `ok`, `2 violations`, `not checked: …`.
    public var description: String {
        switch self {
        case .holds: "ok"
        case .violated(let count): Wording.count(count, "violation")
        case .notApplicable(let reason): "not checked: \(reason)"
        }
    }

    /// `ok`, `violated`, `not-applicable`.
    public var keyword: String {
        switch self {
        case .holds: "ok"
        case .violated: "violated"
        case .notApplicable: "not-applicable"
        }
    }
}

/// What `rota check` found: violations (which fail the check), warnings (which do not), each
/// invariant's status, and the fairness metrics.
public struct CheckResult: Sendable, Equatable {
    /// Broken invariants and schedule/scenario mismatches, grouped by rule in PRODUCT.md's order.
    public var violations: [Violation]
    /// Soft rules and risks.
    public var warnings: [Violation]
    /// Every invariant, in PRODUCT.md's order, with its status.
    public var invariants: [(rule: Rule, status: InvariantStatus)]
    public var metrics: Metrics

    public init(violations: [Violation], warnings: [Violation], invariants: [(rule: Rule, status: InvariantStatus)], metrics: Metrics) {
        self.violations = violations
        self.warnings = warnings
        self.invariants = invariants
        self.metrics = metrics
    }

    /// Every invariant holds.
    public var ok: Bool { violations.isEmpty }

    /// The violations of one rule.
    public func violations(of rule: Rule) -> [Violation] { violations.filter { $0.rule == rule } }

    public static func == (lhs: CheckResult, rhs: CheckResult) -> Bool {
        lhs.violations == rhs.violations && lhs.warnings == rhs.warnings && lhs.metrics == rhs.metrics
            && lhs.invariants.map(\.rule) == rhs.invariants.map(\.rule) && lhs.invariants.map(\.status) == rhs.invariants.map(\.status)
    }
}
