/// How the two sides of a ``Constraint`` compare.
public enum Relation: Sendable, Equatable {
    case lessOrEqual
    case greaterOrEqual
    case equal
}

/// A linear constraint `expression relation rhs`, with the constant of `expression` moved to the right.
public struct Constraint: Sendable, Equatable {
    public var name: String
    /// The variable part; its constant is always 0.
    public var expression: LinearExpression
    public var relation: Relation
    public var rhs: Double

    public init(name: String, _ expression: LinearExpression, _ relation: Relation, _ rhs: Double) {
        var variablePart = expression
        let constant = variablePart.constant
        variablePart.constant = 0
        self.name = name
        self.expression = variablePart
        self.relation = relation
        self.rhs = rhs - constant
    }

    /// Whether `values` satisfy the constraint, within `tolerance`.
    public func isSatisfied(by values: [Double], tolerance: Double = 1e-6) -> Bool {
        let lhs = expression.value(values)
        switch relation {
        case .lessOrEqual: return lhs <= rhs + tolerance
        case .greaterOrEqual: return lhs >= rhs - tolerance
        case .equal: return abs(lhs - rhs) <= tolerance
        }
    }
}

/// A constraint still waiting for its name: `x + y <= 1` builds one, `model.add("name", x + y <= 1)` keeps it.
public struct ConstraintDraft: Sendable {
    public var expression: LinearExpression
    public var relation: Relation
    public var rhs: Double
}

public func <= (lhs: LinearExpression, rhs: Double) -> ConstraintDraft { ConstraintDraft(expression: lhs, relation: .lessOrEqual, rhs: rhs) }
public func >= (lhs: LinearExpression, rhs: Double) -> ConstraintDraft { ConstraintDraft(expression: lhs, relation: .greaterOrEqual, rhs: rhs) }
public func == (lhs: LinearExpression, rhs: Double) -> ConstraintDraft { ConstraintDraft(expression: lhs, relation: .equal, rhs: rhs) }
public func <= (lhs: LinearExpression, rhs: LinearExpression) -> ConstraintDraft { ConstraintDraft(expression: lhs - rhs, relation: .lessOrEqual, rhs: 0) }
public func >= (lhs: LinearExpression, rhs: LinearExpression) -> ConstraintDraft { ConstraintDraft(expression: lhs - rhs, relation: .greaterOrEqual, rhs: 0) }
public func == (lhs: LinearExpression, rhs: LinearExpression) -> ConstraintDraft { ConstraintDraft(expression: lhs - rhs, relation: .equal, rhs: 0) }
