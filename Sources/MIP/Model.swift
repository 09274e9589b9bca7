/// A mixed-integer linear program: variables with bounds and kinds, named linear constraints,
/// and a lexicographic list of objectives to minimise.
///
/// The model knows nothing about any solver; ``GLPKSolver`` solves it. Names are kept as given;
/// exporters make them safe for their format.
public struct Model: Sendable {
    public var name: String
    public private(set) var variables: [VariableDefinition] = []
    public private(set) var constraints: [Constraint] = []
    public var objectives: [Objective] = []
    /// An objective whose optimum is a cheap, good first solution (for example, a preference
    /// for a simple round-robin). A solver may minimise it first and start the first level from
    /// its solution; it never changes which solution is optimal.
    public var seedObjective: LinearExpression?
    /// Values to try for some variables while looking for the first solution (for example, counts
    /// a combinatorial argument says are optimal). If no solution has them, the search for a
    /// first solution goes on without them; they never restrict the levels.
    public var seedFixings: [(variable: Variable, value: Double)] = []
    /// A complete solution built by other means (a greedy construction, say), offered to the
    /// solver as its first solution when it satisfies every constraint (``isFeasible(_:)``).
    public var startingValues: [Double]?

    /// Whether `values` satisfy every bound, kind and constraint of the model, within `tolerance`.
    public func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
        guard values.count == variables.count else { return false }
        for (value, definition) in zip(values, variables) {
            if value < definition.lowerBound - tolerance { return false }
            if let upper = definition.upperBound, value > upper + tolerance { return false }
            if definition.kind != .continuous && abs(value - value.rounded()) > tolerance { return false }
        }
        return constraints.allSatisfy { $0.isSatisfied(by: values, tolerance: tolerance) }
    }

    /// The least value `expression` can take with every variable anywhere within its bounds,
    /// ignoring the constraints (−∞ when a variable it decreases with is unbounded): a plan that
    /// attains it is optimal for that objective whatever the constraints say.
    public func leastValue(of expression: LinearExpression) -> Double {
        // In variable order, so that the sum is the same in every process (see `LinearExpression.value`).
        expression.sortedTerms.reduce(expression.constant) { total, term in
            let definition = variables[term.variable.index]
            let extreme = term.coefficient > 0 ? definition.lowerBound : (definition.upperBound ?? .infinity)
            return total + term.coefficient * extreme
        }
    }

    public init(name: String) {
        self.name = name
    }

    /// Adds a variable and returns its handle.
    /// - Complexity: amortised O(1).
    @discardableResult
    public mutating func addVariable(
        _ name: String, kind: VariableKind = .continuous, lowerBound: Double = 0, upperBound: Double? = nil
    ) -> Variable {
        let upper: Double? = kind == .binary ? min(upperBound ?? 1, 1) : upperBound
        let lower = kind == .binary ? max(lowerBound, 0) : lowerBound
        variables.append(VariableDefinition(name: name, kind: kind, lowerBound: lower, upperBound: upper))
        return Variable(index: variables.count - 1)
    }

    /// Fixes `variable` to `value` by setting both bounds.
    public mutating func fix(_ variable: Variable, to value: Double) {
        variables[variable.index].lowerBound = value
        variables[variable.index].upperBound = value
    }

    /// Adds a named constraint.
    public mutating func add(_ name: String, _ draft: ConstraintDraft) {
        constraints.append(Constraint(name: name, draft.expression, draft.relation, draft.rhs))
    }

    /// Appends a level to the lexicographic objective.
    /// - Parameters:
    ///   - lowerBound: a bound on the level proven by other means (``Objective/lowerBound``).
    ///   - step: the smallest difference between its values (``Objective/step``); by default the
    ///     coefficients' common divisor when every variable in it is integer.
    public mutating func minimize(_ name: String, _ expression: LinearExpression, tolerance: Double = 1e-6, lowerBound: Double? = nil, step: Double? = nil) {
        let step = step ?? Objective.step(of: expression, in: self)
        objectives.append(Objective(name: name, minimize: expression, tolerance: tolerance, lowerBound: lowerBound, step: step))
    }

    public var variableCount: Int { variables.count }
    public var constraintCount: Int { constraints.count }

    /// Checks that the model only refers to its own variables and that its bounds make sense,
    /// so nothing malformed ever reaches a solver.
    /// - Throws: ``SolverError/invalidModel(_:)`` naming the first problem found.
    public func validate() throws(SolverError) {
        for definition in variables {
            if let upper = definition.upperBound, upper < definition.lowerBound {
                throw .invalidModel("variable \(definition.name) has lower bound \(definition.lowerBound) above upper bound \(upper)")
            }
            if !definition.lowerBound.isFinite && definition.lowerBound != -.infinity {
                throw .invalidModel("variable \(definition.name) has a bound that is not a number")
            }
        }
        let count = variables.count
        func check(_ expression: LinearExpression, in place: String) throws(SolverError) {
            for (index, coefficient) in expression.coefficients {
                if index < 0 || index >= count { throw .invalidModel("\(place) refers to a variable of another model") }
                if !coefficient.isFinite { throw .invalidModel("\(place) has a coefficient that is not finite") }
            }
        }
        for constraint in constraints {
            try check(constraint.expression, in: "constraint \(constraint.name)")
            if !constraint.rhs.isFinite { throw .invalidModel("constraint \(constraint.name) has a right-hand side that is not finite") }
        }
        for objective in objectives { try check(objective.expression, in: "objective \(objective.name)") }
        if let seedObjective { try check(seedObjective, in: "the seed objective") }
    }
}
