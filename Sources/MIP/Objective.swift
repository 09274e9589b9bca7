/// One level of a lexicographic objective: minimise `expression`.
///
/// A model has a list of levels. Solving minimises the first; then keeps it at its optimum
/// (within ``tolerance``) while minimising the second; and so on.
public struct Objective: Sendable, Equatable {
    public var name: String
    public var expression: LinearExpression
    /// How far above its optimum a level may drift while later levels are minimised.
    public var tolerance: Double

    public init(name: String, minimize expression: LinearExpression, tolerance: Double = 1e-6) {
        self.name = name
        self.expression = expression
        self.tolerance = tolerance
    }
}
