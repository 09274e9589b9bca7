/// How hard and how long a solver may search.
public struct SolveOptions: Sendable, Equatable {
    /// Wall-clock limit for the whole solve (all objective levels), in seconds; `nil` for none.
    public var timeLimit: Double?
    /// Relative gap at which a level counts as solved, e.g. 0.01 for 1%; 0 asks for proven optimality.
    public var relativeGap: Double
    /// GLPK's MIP presolver.
    public var presolve: Bool
    /// GLPK's primal heuristics (feasibility pump, simple rounding).
    public var heuristics: Bool
    /// GLPK's cutting planes (mixed-integer rounding, Gomory, cover, clique).
    public var cuts: Bool
    /// Called about twice a second during a long solve; returning `false` stops the search and keeps the best plan found.
    public var progress: (@Sendable (SolveProgress) -> Bool)?
    /// Asked at every point where the search can stop (many times a second) and before each
    /// objective level; returning `true` stops the search and keeps the best plan found, which
    /// is then labelled `feasible`, stopped for "interrupted". It must be cheap, e.g. reading a flag.
    public var shouldStop: (@Sendable () -> Bool)?

    public init(
        timeLimit: Double? = nil, relativeGap: Double = 0, presolve: Bool = true,
        heuristics: Bool = true, cuts: Bool = true, progress: (@Sendable (SolveProgress) -> Bool)? = nil,
        shouldStop: (@Sendable () -> Bool)? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.heuristics = heuristics
        self.cuts = cuts
        self.progress = progress
        self.shouldStop = shouldStop
    }

    public static func == (lhs: SolveOptions, rhs: SolveOptions) -> Bool {
        lhs.timeLimit == rhs.timeLimit && lhs.relativeGap == rhs.relativeGap && lhs.presolve == rhs.presolve
            && lhs.heuristics == rhs.heuristics && lhs.cuts == rhs.cuts
    }
}

/// A snapshot of a running solve.
public struct SolveProgress: Sendable {
    /// Index of the objective level being minimised (-1 while looking for a first plan).
    public var level: Int
    /// `model: level`, e.g. `rotation: max_deviation`.
    public var levelName: String
    /// Best objective value found so far at this level, if any.
    public var incumbent: Double?
    /// Best proven bound at this level, if known.
    public var bound: Double?
    public var elapsedSeconds: Double
}
