/// How a solve ended.
public enum SolveStatus: String, Sendable, Equatable {
    /// Every objective level was minimised and proven optimal.
    case optimal
    /// A solution satisfying every constraint, not proven optimal (time limit, gap, or interruption).
    case feasible
    /// No solution satisfies the constraints.
    case infeasible
    /// The time limit (or an interruption) came before any solution was found.
    case noSolutionFound = "no-solution-found"
}

/// The result of one objective level.
public struct LevelResult: Sendable, Equatable {
    public var name: String
    public var value: Double
    /// Best proven lower bound on the level (equal to `value` when optimal).
    public var bound: Double
    public var optimal: Bool
    /// Wall-clock seconds spent on this level.
    public var seconds: Double = 0

    /// Relative gap between value and bound, 0 when proven optimal.
    public var relativeGap: Double {
        optimal ? 0 : abs(value - bound) / max(abs(value), 1e-9)
    }
}

/// What a solver returns.
public struct Solution: Sendable {
    public var status: SolveStatus
    /// A value per variable of the model, in order; empty without a solution.
    public var values: [Double]
    /// One entry per objective level solved, in order.
    public var levels: [LevelResult]
    public var seconds: Double
    /// Why the search stopped early, when it did: "time limit", "gap", "interrupted".
    public var stopReason: String?
    /// Seconds spent finding the first plan from the seed objective, when there was one.
    public var firstPlanSeconds: Double?

    public init(status: SolveStatus, values: [Double], levels: [LevelResult], seconds: Double, stopReason: String? = nil) {
        self.status = status
        self.values = values
        self.levels = levels
        self.seconds = seconds
        self.stopReason = stopReason
    }

    /// The value of `variable`.
    public subscript(_ variable: Variable) -> Double { values[variable.index] }

    /// Whether a binary variable is set (its value rounds to 1).
    public func isSet(_ variable: Variable) -> Bool { values[variable.index] > 0.5 }

    public var hasValues: Bool { !values.isEmpty }
}
