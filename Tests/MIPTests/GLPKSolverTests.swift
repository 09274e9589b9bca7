import Foundation
import MIP
import Testing

@Suite("GLPK solver on small programs with known optima")
struct GLPKSolverTests {
    @Test("a knapsack: the best pick is items 1 and 2 (value 20)")
    func knapsack() throws {
        var model = Model(name: "knapsack")
        let values = [10.0, 13.0, 7.0, 8.0]
        let weights = [5.0, 6.0, 3.0, 5.0]
        let items = (0..<4).map { model.addVariable("take[\($0)]", kind: .binary) }
        var weight = LinearExpression()
        var value = LinearExpression()
        for i in 0..<4 {
            weight.add(items[i], coefficient: weights[i])
            value.add(items[i], coefficient: -values[i])
        }
        model.add("capacity", weight <= 10)
        model.minimize("value", value)
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.levels.first?.value == -20)
        #expect(items.map(solution.isSet) == [false, true, true, false])
    }

    @Test("an infeasible program says so instead of returning values")
    func infeasible() throws {
        var model = Model(name: "infeasible")
        let x = model.addVariable("x", kind: .binary)
        let y = model.addVariable("y", kind: .binary)
        model.add("both", x + y >= 2)
        model.add("at most one", x + y <= 1)
        model.minimize("nothing", LinearExpression(x))
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .infeasible)
        #expect(!solution.hasValues)
    }

    @Test("levels are lexicographic: the second never spoils the first")
    func lexicographic() throws {
        var model = Model(name: "levels")
        let x = model.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 10)
        let y = model.addVariable("y", kind: .integer, lowerBound: 0, upperBound: 10)
        model.add("sum", x + y >= 7)
        // First: as little x as possible (x = 0); then as little y as possible given that (y = 7).
        model.minimize("x", LinearExpression(x))
        model.minimize("y", LinearExpression(y))
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .optimal)
        #expect(solution[x] == 0)
        #expect(solution[y] == 7)
        #expect(solution.levels.map(\.name) == ["x", "y"])
    }

    @Test("a level with a continuous optimum keeps it within tolerance")
    func continuousLevel() throws {
        var model = Model(name: "continuous")
        let d = model.addVariable("d", kind: .continuous, lowerBound: 0)
        let n = model.addVariable("n", kind: .integer, lowerBound: 0, upperBound: 5)
        model.add("deviation above", d - n >= -2.5)
        model.add("deviation below", d + n >= 2.5)
        model.minimize("deviation", LinearExpression(d))
        let solution = try GLPKSolver().solve(model)
        #expect(abs(solution[d] - 0.5) < 1e-9)
    }

    @Test("a malformed model is refused before GLPK sees it")
    func invalidBounds() throws {
        var model = Model(name: "bad")
        model.addVariable("x", kind: .integer, lowerBound: 3, upperBound: 1)
        #expect(throws: SolverError.self) { try GLPKSolver().solve(model) }
    }

    @Test("an empty model is trivially optimal")
    func empty() throws {
        let solution = try GLPKSolver().solve(Model(name: "empty"))
        #expect(solution.status == .optimal)
    }

    @Test("export keeps readable names in LP and MPS", arguments: [ModelFormat.lp, .mps])
    func export(format: ModelFormat) throws {
        var model = Model(name: "names")
        let x = model.addVariable("oncall[Alice,w1,primary]", kind: .binary)
        let y = model.addVariable("oncall[Bob Smith,w1,primary]", kind: .binary)
        model.add("coverage[w1,primary]", x + y == 1)
        model.minimize("cost", x + y)
        let text = try GLPKSolver().export(model, format: format)
        #expect(text.contains("oncall(Alice,w1,primary)"))
        #expect(text.contains("oncall(Bob_Smith,w1,primary)"))
        #expect(text.contains("coverage(w1,primary)"))
    }

    /// Jeroslow's program: 2 (x1 + … + xn) = n with n odd has no integer solution, but every LP
    /// relaxation along the way has one, so branch-and-bound without cuts visits ~2^(n/2) nodes.
    private func jeroslow(_ n: Int = 41) -> Model {
        var model = Model(name: "jeroslow")
        let x = (0..<n).map { model.addVariable("x[\($0)]", kind: .binary) }
        var twice = LinearExpression()
        for variable in x { twice.add(variable, coefficient: 2) }
        model.add("odd", twice == Double(n))
        model.minimize("first", LinearExpression(x[0]))
        return model
    }

    /// The program has no integer solution and its search would run for hours, so it ends only
    /// because the limit was honoured; how soon after the limit is the benchmarks' business.
    @Test("a time limit on a hard program stops the search and says why")
    func timeLimit() throws {
        let solution = try GLPKSolver().solve(jeroslow(), options: SolveOptions(timeLimit: 0.5, presolve: false, cuts: false))
        #expect(solution.status == .noSolutionFound)
        #expect(solution.stopReason == "time limit")
        #expect(!solution.hasValues)
    }

    /// A level with a constant term stopped by the limit: its bound is GLPK's, which already
    /// counts the constant. (It was counted twice, so a stopped level read "at the bound".)
    @Test("a stopped level's bound counts the objective's constant once")
    func stoppedBoundWithConstant() throws {
        let n = 41
        var model = Model(name: "covering")
        let x = (0..<n).map { model.addVariable("x[\($0)]", kind: .binary) }
        var twice = LinearExpression()
        var cost = LinearExpression(constant: 1000)
        for variable in x {
            twice.add(variable, coefficient: 2)
            cost.add(variable, coefficient: 1.0001)
        }
        // 2 Σx ≥ n: the LP reaches n/2, a plan needs (n + 1)/2, and without cuts the search
        // cannot close that gap before the limit.
        model.add("half", twice >= Double(n))
        model.minimize("cost", cost)
        model.startingValues = Array(repeating: 1, count: n)
        let solution = try GLPKSolver().solve(model, options: SolveOptions(timeLimit: 0.5, presolve: false, cuts: false))
        #expect(solution.status == .feasible)
        let level = try #require(solution.levels.first)
        #expect(level.bound < level.value)
        #expect(abs(level.bound - (1000 + 1.0001 * Double(n) / 2)) < 1e-6)
    }

    /// Two binaries, at least one set, and two levels: the plan (1, 1) is feasible but not optimal.
    private func twoLevelModel() -> (Model, Variable, Variable) {
        var model = Model(name: "stoppable")
        let x = model.addVariable("x", kind: .binary)
        let y = model.addVariable("y", kind: .binary)
        model.add("one", x + y >= 1)
        model.minimize("x", LinearExpression(x))
        model.minimize("y", LinearExpression(y))
        return (model, x, y)
    }

    @Test("a stop request keeps the plan in hand, labelled feasible and interrupted, never optimal")
    func stopKeepsPlan() throws {
        var (model, x, y) = twoLevelModel()
        model.startingValues = [1, 1]
        let solution = try GLPKSolver().solve(model, options: SolveOptions(shouldStop: { true }))
        #expect(solution.status == .feasible)
        #expect(solution.stopReason == "interrupted")
        #expect(solution[x] == 1 && solution[y] == 1)
        #expect(solution.levels.isEmpty)
    }

    @Test("a stop request before any plan is found says so")
    func stopWithoutPlan() throws {
        let (model, _, _) = twoLevelModel()
        let solution = try GLPKSolver().solve(model, options: SolveOptions(shouldStop: { true }))
        #expect(solution.status == .noSolutionFound)
        #expect(solution.stopReason == "interrupted")
        #expect(!solution.hasValues)
    }

    @Test("a stop request during a long search is honoured at once, not at the next progress report")
    func stopDuringSearch() throws {
        // The request comes at the 1,000th callback, deep in a search that would run for hours;
        // honoured at once, the solver asks at most once more (after the level) and never resumes.
        let asked = Counter()
        let options = SolveOptions(presolve: false, cuts: false, shouldStop: { asked.increment() > 1_000 })
        let solution = try GLPKSolver().solve(jeroslow(), options: options)
        #expect(solution.status == .noSolutionFound)
        #expect(solution.stopReason == "interrupted")
        #expect((1_001...1_002).contains(asked.value), "asked \(asked.value) times")
    }

    @Test("a level whose objective is constant is optimal for the plan in hand, without a search")
    func constantLevel() throws {
        var model = Model(name: "constant")
        let x = model.addVariable("x", kind: .binary)
        let y = model.addVariable("y", kind: .binary)
        model.add("one", x + y == 1)
        model.minimize("nothing", LinearExpression(constant: 3))
        model.startingValues = [0, 1]
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.levels.map(\.value) == [3])
        #expect(solution[x] == 0 && solution[y] == 1)
    }

    @Test("a plan in hand at the objective's least value within the bounds is optimal at once, and later levels keep it")
    func leastValueLevel() throws {
        var model = Model(name: "repair")
        let keep = (0..<3).map { model.addVariable("keep[\($0)]", kind: .binary) }
        let y = model.addVariable("y", kind: .integer, lowerBound: 0, upperBound: 5)
        model.add("room", LinearExpression(sum: keep) + y <= 4)
        // Changes: 3 − Σ keep, least value 0, which the start attains.
        var changes = LinearExpression(constant: 3)
        for variable in keep { changes.add(variable, coefficient: -1) }
        model.minimize("changes", changes)
        var more = LinearExpression()
        more.add(y, coefficient: -1)
        model.minimize("more y", more)
        #expect(model.leastValue(of: changes) == 0)
        model.startingValues = [1, 1, 1, 0]
        let solution = try GLPKSolver().solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.levels.map(\.value) == [0, -1])
        // The second level could reach y = 4 only by dropping a kept one; the first level holds.
        #expect(keep.allSatisfy(solution.isSet))
        #expect(solution[y] == 1)
    }
}

/// A count shared with a `@Sendable` callback.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// Adds one and returns the new count.
    func increment() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }

    var value: Int { lock.withLock { count } }
}
