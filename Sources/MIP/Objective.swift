/// One level of a lexicographic objective: minimise `expression`.
///
/// A model has a list of levels. Solving minimises the first; then keeps it at its optimum
/// (within ``tolerance``) while minimising the second; and so on.
public struct Objective: Sendable, Equatable {
    public var name: String
    public var expression: LinearExpression
    /// How far above its optimum a level may drift while later levels are minimised.
    public var tolerance: Double
    /// A lower bound on the level proven by other means (a combinatorial argument the LP
    /// relaxation cannot see); `nil` for none. A plan attaining it is optimal without a search.
    public var lowerBound: Double?
    /// The smallest difference between two values the level can take (the values are
    /// `constant + k × step` for whole k), e.g. 0.5 for holiday weights in halves; `nil` when not
    /// known. A bound is rounded up to it, so the search stops once no better value is left.
    public var step: Double?

    public init(name: String, minimize expression: LinearExpression, tolerance: Double = 1e-6, lowerBound: Double? = nil, step: Double? = nil) {
        self.name = name
        self.expression = expression
        self.tolerance = tolerance
        self.lowerBound = lowerBound
        self.step = step
    }

    /// The least value the level can take given that it is at least `bound`: the larger of
    /// `bound` and ``lowerBound``, rounded up to the next value ``step`` allows.
    public func provenBound(_ bound: Double) -> Double {
        let raw = max(bound, lowerBound ?? -.infinity)
        guard let step, step > 0, raw.isFinite else { return raw }
        let constant = expression.constant
        // A bound a hair above a value the level can take is that value (GLPK's bounds carry
        // rounding errors of about 1e-9 relative).
        let steps = ((raw - constant) / step - 1e-6).rounded(.up)
        return constant + steps * step
    }

    /// The step of `expression` when every variable in it is integer and every coefficient a whole
    /// multiple of one number: that number (their greatest common divisor); otherwise `nil`.
    public static func step(of expression: LinearExpression, in model: Model) -> Double? {
        var values: [Double] = []
        for (index, coefficient) in expression.coefficients {
            guard model.variables[index].kind != .continuous else { return nil }
            values.append(coefficient)
        }
        return commonDivisor(of: values)
    }

    /// The greatest number every value in `values` is a whole multiple of, when they share a
    /// decimal denominator up to 1000 (weights such as 2, 1.5 and 0.25 give 0.25); `nil` for none
    /// or when `values` is empty or all zero.
    public static func commonDivisor(of values: [Double]) -> Double? {
        let nonzero = values.map(abs).filter { $0 > 1e-12 }
        guard !nonzero.isEmpty, nonzero.allSatisfy(\.isFinite) else { return nil }
        for denominator in [1.0, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100, 200, 250, 500, 1000] {
            let scaled = nonzero.map { $0 * denominator }
            guard scaled.allSatisfy({ abs($0 - $0.rounded()) < 1e-9 * max(1, $0) }), scaled.allSatisfy({ $0 < 1e15 }) else { continue }
            let divisor = scaled.map { Int($0.rounded()) }.reduce(0, gcd)
            return Double(divisor) / denominator
        }
        return nil
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        b == 0 ? a : gcd(b, a % b)
    }
}
