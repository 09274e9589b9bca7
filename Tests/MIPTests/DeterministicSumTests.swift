import MIP
import Testing

/// Same input, same bytes: sums over an expression's terms must not depend on the order a
/// dictionary happens to keep them in, which changes from one process to the next.
@Suite("Sums in variable order")
struct DeterministicSumTests {
    /// 1e16 + 1 rounds back to 1e16, so the order of the terms decides whether the 1 survives:
    /// in variable order (1e16, then 1, then −1e16) it does not.
    static func cancelling() -> (model: Model, expression: LinearExpression) {
        var model = Model(name: "sums")
        var expression = LinearExpression()
        for (name, coefficient) in [("a", 1e16), ("b", 1), ("c", -1e16)] {
            expression.add(model.addVariable(name, lowerBound: 1, upperBound: 1), coefficient: coefficient)
        }
        return (model, expression)
    }

    @Test("an expression's value adds its terms in variable order")
    func valueInVariableOrder() {
        #expect(Self.cancelling().expression.value([1, 1, 1]) == 0)
    }

    @Test("the least value over the bounds adds its terms in variable order")
    func leastValueInVariableOrder() {
        let (model, expression) = Self.cancelling()
        #expect(model.leastValue(of: expression) == 0)
    }
}
