import MIP
import Testing

@Suite("Linear expressions")
struct LinearExpressionTests {
    @Test("terms on the same variable merge, and cancelled terms disappear")
    func merging() {
        var model = Model(name: "m")
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        let expression = x + y + 2.0 * x - y
        #expect(expression.coefficients == [x.index: 3])
        #expect(expression.value([2, 5]) == 6)
    }

    @Test("a constraint moves the expression's constant to the right-hand side")
    func constant() {
        var model = Model(name: "m")
        let x = model.addVariable("x")
        model.add("c", LinearExpression(x) + 3 <= 10)
        #expect(model.constraints[0].rhs == 7)
        #expect(model.constraints[0].isSatisfied(by: [7]))
        #expect(!model.constraints[0].isSatisfied(by: [7.5]))
    }
}
