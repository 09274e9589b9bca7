/// A linear expression Σ aᵢ·xᵢ + c over the variables of one ``Model``.
///
/// Terms on the same variable are merged, so an expression never holds a variable twice
/// (GLPK aborts on duplicate matrix entries; the model never passes one).
public struct LinearExpression: Sendable, Equatable {
    /// Coefficient by variable index; zero coefficients are dropped.
    public private(set) var coefficients: [Int: Double]
    public var constant: Double

    public init(constant: Double = 0) {
        self.coefficients = [:]
        self.constant = constant
    }

    public init(_ variable: Variable, coefficient: Double = 1) {
        self.coefficients = coefficient == 0 ? [:] : [variable.index: coefficient]
        self.constant = 0
    }

    /// The sum of `variables`, each with coefficient 1.
    public init<S: Sequence>(sum variables: S) where S.Element == Variable {
        self.init()
        for variable in variables { add(variable) }
    }

    /// Adds `coefficient · variable`.
    public mutating func add(_ variable: Variable, coefficient: Double = 1) {
        let updated = (coefficients[variable.index] ?? 0) + coefficient
        coefficients[variable.index] = updated == 0 ? nil : updated
    }

    /// Adds `factor · other`.
    public mutating func add(_ other: LinearExpression, factor: Double = 1) {
        for (index, coefficient) in other.coefficients {
            add(Variable(index: index), coefficient: factor * coefficient)
        }
        constant += factor * other.constant
    }

    /// The terms sorted by variable index, so that everything built from them is deterministic.
    public var sortedTerms: [(variable: Variable, coefficient: Double)] {
        coefficients.keys.sorted().map { (Variable(index: $0), coefficients[$0]!) }
    }

    /// The value of the expression for the given variable values.
    ///
    /// The terms are added in variable order: a dictionary's order changes from one process to
    /// the next, and floating-point sums in another order can differ in the last bit, which was
    /// enough to send GLPK down another path to an equally good but different plan.
    public func value(_ values: [Double]) -> Double {
        sortedTerms.reduce(constant) { $0 + $1.coefficient * values[$1.variable.index] }
    }
}

public func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var result = lhs
    result.add(rhs)
    return result
}

public func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    var result = lhs
    result.add(rhs, factor: -1)
    return result
}

public func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs + LinearExpression(rhs) }
public func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs - LinearExpression(rhs) }
public func + (lhs: Variable, rhs: Variable) -> LinearExpression { LinearExpression(lhs) + LinearExpression(rhs) }
public func - (lhs: Variable, rhs: Variable) -> LinearExpression { LinearExpression(lhs) - LinearExpression(rhs) }
public func + (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs + LinearExpression(constant: rhs) }
public func - (lhs: LinearExpression, rhs: Double) -> LinearExpression { lhs - LinearExpression(constant: rhs) }

public func * (lhs: Double, rhs: Variable) -> LinearExpression { LinearExpression(rhs, coefficient: lhs) }

public func * (lhs: Double, rhs: LinearExpression) -> LinearExpression {
    var result = LinearExpression()
    result.add(rhs, factor: lhs)
    return result
}

public func += (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs) }
public func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(rhs) }
public func -= (lhs: inout LinearExpression, rhs: LinearExpression) { lhs.add(rhs, factor: -1) }
public func -= (lhs: inout LinearExpression, rhs: Variable) { lhs.add(rhs, coefficient: -1) }
