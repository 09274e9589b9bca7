import MIP
import Testing

@Suite("Objective levels: proven lower bounds and steps")
struct ObjectiveBoundTests {
    @Test("the common divisor of weights in halves and quarters")
    func commonDivisor() {
        #expect(Objective.commonDivisor(of: [2, 2, 1.5]) == 0.5)
        #expect(Objective.commonDivisor(of: [1, 0.25, 3]) == 0.25)
        #expect(Objective.commonDivisor(of: [2, 4, 6]) == 2)
        #expect(Objective.commonDivisor(of: [1, 1.0 / 3]) == nil)
        #expect(Objective.commonDivisor(of: []) == nil)
    }

    @Test("a bound is rounded up to the next value the level can take, and raised to its own lower bound")
    func provenBound() {
        var model = Model(name: "steps")
        let x = model.addVariable("x", kind: .integer, upperBound: 10)
        let halves = Objective(name: "halves", minimize: LinearExpression(x, coefficient: 0.5), step: 0.5)
        #expect(halves.provenBound(1.93) == 2.0)
        #expect(halves.provenBound(2.0 + 1e-12) == 2.0)
        #expect(halves.provenBound(2.0) == 2.0)
        let bounded = Objective(name: "bounded", minimize: LinearExpression(x), lowerBound: 3, step: 1)
        #expect(bounded.provenBound(0.4) == 3)
        #expect(bounded.provenBound(3.2) == 4)
        let free = Objective(name: "free", minimize: LinearExpression(x))
        #expect(free.provenBound(1.93) == 1.93)
    }

    @Test("a level's step is found from its coefficients when its variables are integer")
    func stepOfExpression() {
        var model = Model(name: "steps")
        let x = model.addVariable("x", kind: .binary)
        let y = model.addVariable("y", kind: .integer, upperBound: 4)
        let z = model.addVariable("z", upperBound: 4)
        model.minimize("whole", x + y)
        model.minimize("halves", LinearExpression(x, coefficient: 1.5) + LinearExpression(y, coefficient: 2))
        model.minimize("continuous", x + z)
        #expect(model.objectives.map(\.step) == [1, 0.5, nil])
    }

    /// Three binaries, each pair covered: the LP puts ½ on each (0.75 at half the weight), while
    /// any whole choice takes two (1.0).
    @Test("a plan in hand at the level's lower bound is proven optimal without a search")
    func lowerBoundWithStart() throws {
        var model = Model(name: "triangle")
        let v = (0..<3).map { model.addVariable("v[\($0)]", kind: .binary) }
        model.add("a", v[0] + v[1] >= 1)
        model.add("b", v[1] + v[2] >= 1)
        model.add("c", v[0] + v[2] >= 1)
        model.minimize("half_cover", 0.5 * LinearExpression(sum: v), lowerBound: 1)
        model.startingValues = [1, 1, 0]
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.levels.first?.value == 1)
        // Proven from the bound: no branch-and-bound ran for the level.
        #expect(solution.levels.first?.seconds == 0)
        #expect(solution.values == [1, 1, 0])
    }

    @Test("with a step the search stops at the rounded bound and says optimal")
    func stepStopsSearch() throws {
        var model = Model(name: "triangle")
        let v = (0..<3).map { model.addVariable("v[\($0)]", kind: .binary) }
        model.add("a", v[0] + v[1] >= 1)
        model.add("b", v[1] + v[2] >= 1)
        model.add("c", v[0] + v[2] >= 1)
        model.minimize("half_cover", 0.5 * LinearExpression(sum: v))
        let solution = try GLPKSolver().solve(model, options: SolveOptions(presolve: false, cuts: false))
        #expect(solution.status == .optimal)
        #expect(solution.levels.first?.value == 1)
        #expect(solution.levels.first?.bound == 1)
    }
}
