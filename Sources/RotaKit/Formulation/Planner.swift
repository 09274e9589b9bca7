import Foundation
import MIP

/// Plans a scenario: quick feasibility checks, the integer program (its independent parts solved
/// one by one), GLPK, and the schedule.
public struct Planner: Sendable {
    public var options: SolveOptions

    public init(options: SolveOptions = SolveOptions()) {
        self.options = options
    }

    /// A planner that searches as `options` say.
    public init(options: PlanOptions) {
        self.options = options.solveOptions
    }

    /// The optimal (or best found) fair plan for `input`.
    /// - Throws: ``PlanningError`` when the rules conflict, the search stops without a plan, or GLPK fails.
    public func plan(_ input: PlanningInput) throws(PlanningError) -> Schedule {
        let conflicts = FeasibilityCheck.conflicts(in: input)
        if !conflicts.isEmpty { throw .infeasible(conflicts) }
        return try solve(input, baseline: nil)
    }

    /// Solves the rotation and, when the scenario leaves owners open, the ownership as separate
    /// programs (no rule links them and the objective adds up over them), then joins the plans.
    /// - Parameter baseline: a schedule to repair with as few changes as possible.
    func solve(_ input: PlanningInput, baseline: Baseline?) throws(PlanningError) -> Schedule {
        let started = ContinuousClock.now
        var parts: [Formulation.Part] = [.rotation]
        if input.scenario.assignsOwners { parts.append(.ownership) }

        var schedule: Schedule?
        var statuses: [SolveStatus] = []
        var stopped: String?
        var first: LevelResult?
        var stoppedLevel: (name: String, value: Double, bound: Double)?
        for part in parts {
            let formulation = Formulation(input, baseline: baseline, parts: [part])
            if !formulation.impossibleFixes.isEmpty { throw .infeasible(formulation.impossibleFixes) }
            var options = self.options
            if let limit = options.timeLimit {
                let elapsed = ContinuousClock.now - started
                options.timeLimit = max(0.05, limit - Double(elapsed.components.seconds) - Double(elapsed.components.attoseconds) * 1e-18)
            }
            let solution: Solution
            traceStart(part, formulation.model)
            do {
                solution = try GLPKSolver().solve(formulation.model, options: options)
            } catch {
                throw .solver(error.description)
            }
            trace(part, solution)
            switch solution.status {
            case .infeasible:
                throw .infeasible(InfeasibilityDiagnosis.conflicts(in: input, baseline: baseline, parts: [part]))
            case .noSolutionFound:
                throw .noPlanFound(solution.stopReason ?? "stopped")
            case .optimal, .feasible:
                let decoded = formulation.decode(solution)
                if part == .rotation {
                    schedule = decoded
                    first = solution.levels.first
                } else {
                    schedule?.pipelines = decoded.pipelines
                }
                statuses.append(solution.status)
                if solution.status != .optimal, stopped == nil {
                    stopped = solution.stopReason
                    stoppedLevel = Self.stoppedLevel(of: solution, in: formulation.model)
                }
            }
        }
        guard var result = schedule else { throw .solver("the rotation was not solved") }
        let optimal = statuses.allSatisfy { $0 == .optimal }
        let elapsed = ContinuousClock.now - started
        result.solver = SolverSummary(
            status: optimal ? "optimal" : "feasible", objective: first?.value ?? 0, bound: first?.bound ?? 0,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            stopped: optimal ? nil : stopped)
        // The first level's figures are in the JSON; a stop in a later level is said in the label.
        if !optimal, let level = stoppedLevel, level.name != "rotation: \(first?.name ?? "")" { result.solver?.stoppedLevel = level }
        return result
    }

    /// The level a solution stopped in (`part: level`), with its value and best proven bound:
    /// the first not proven optimal, or the first not reached.
    private static func stoppedLevel(of solution: Solution, in model: Model) -> (name: String, value: Double, bound: Double)? {
        if let level = solution.levels.first(where: { !$0.optimal }) { return ("\(model.name): \(level.name)", level.value, level.bound) }
        guard solution.levels.count < model.objectives.count, solution.hasValues else { return nil }
        let objective = model.objectives[solution.levels.count]
        let value = objective.expression.value(solution.values)
        return ("\(model.name): \(objective.name)", value, min(value, objective.provenBound(model.leastValue(of: objective.expression))))
    }

    private static var tracing: Bool { !(ProcessInfo.processInfo.environment["ROTA_TRACE"] ?? "").isEmpty }

    /// With `ROTA_TRACE` set, the size of each part's program as its search starts (for measuring).
    private func traceStart(_ part: Formulation.Part, _ model: Model) {
        guard Self.tracing else { return }
        FileHandle.standardError.write(Data("\(part): searching \(model.variableCount) variables, \(model.constraints.count) rows\n".utf8))
    }

    /// With `ROTA_TRACE` set, each part's levels and times on stderr (for measuring).
    private func trace(_ part: Formulation.Part, _ solution: Solution) {
        guard Self.tracing else { return }
        let lines = solution.levels.map { "\($0.name): \($0.value) (bound \($0.bound)) \(String(format: "%.3f", $0.seconds))s" }
        let first = solution.firstPlanSeconds.map { String(format: "first plan %.3fs; ", $0) } ?? ""
        FileHandle.standardError.write(Data(("\(part): \(solution.status.rawValue); " + first + lines.joined(separator: "; ") + "\n").utf8))
    }
}

/// How long and how hard a plan or a repair may search, and what it reports on the way.
public struct PlanOptions: Sendable {
    /// Wall-clock limit for the whole search, in seconds; `nil` for none. The best plan found by
    /// then is kept, labelled as not proven optimal.
    public var timeLimit: Double?
    /// Relative gap at which the search may stop, e.g. 0.01 for 1%; 0 asks for a proven optimum.
    public var relativeGap: Double
    /// Called about twice a second during a long search; returning `false` stops it and keeps
    /// the best plan found.
    public var progress: (@Sendable (PlanProgress) -> Bool)?
    /// Asked many times a second; returning `true` stops the search and keeps the best plan found
    /// (labelled stopped for "interrupted"). It must be cheap, e.g. reading a flag.
    public var shouldStop: (@Sendable () -> Bool)?

    public init(
        timeLimit: Double? = nil, relativeGap: Double = 0, progress: (@Sendable (PlanProgress) -> Bool)? = nil,
        shouldStop: (@Sendable () -> Bool)? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.progress = progress
        self.shouldStop = shouldStop
    }

    /// The solver's options: these limits, GLPK's presolver, heuristics and cuts on.
    var solveOptions: SolveOptions {
        let progress = self.progress.map { report in
            { @Sendable (snapshot: SolveProgress) -> Bool in
                report(
                    PlanProgress(
                        levelName: snapshot.levelName, incumbent: snapshot.incumbent, bound: snapshot.bound, elapsedSeconds: snapshot.elapsedSeconds))
            }
        }
        return SolveOptions(timeLimit: timeLimit, relativeGap: relativeGap, progress: progress, shouldStop: shouldStop)
    }
}

extension Planner {
    /// The text formats the integer program can be written in.
    public enum ModelFormat: String, Sendable, CaseIterable {
        /// CPLEX LP: readable, row and column names kept.
        case lp
        /// Free MPS: what every solver reads (HiGHS, CBC, Gurobi…).
        case mps
    }

    /// Why the integer program could not be written.
    public enum ModelExportError: Error, Sendable, CustomStringConvertible {
        /// The program has `count` objective levels, and the one asked for is not among them.
        case noSuchLevel(count: Int)
        /// The solver could not write the program.
        case solver(String)

        public var description: String {
            switch self {
            case .noSuchLevel(let count): "the objective level must be between 0 and \(count - 1)"
            case .solver(let message): message
            }
        }
    }

    /// The integer program `plan` solves for `input`, as text, for inspection or another solver.
    /// - Parameters:
    ///   - parts: the parts of the program to write (`plan` solves each part on its own).
    ///   - level: the objective level to write (0: the first, the largest deviation).
    ///   - format: LP or MPS.
    /// - Throws: ``ModelExportError`` for a level the program does not have, or when GLPK cannot
    ///   write it (`glp_write_lp`, `glp_write_mps`).
    public static func modelText(
        for input: PlanningInput, parts: Set<Formulation.Part> = Set(Formulation.Part.allCases), level: Int = 0, format: ModelFormat = .lp
    ) throws(ModelExportError) -> String {
        let formulation = Formulation(input, parts: parts)
        guard formulation.model.objectives.indices.contains(level) else {
            throw .noSuchLevel(count: formulation.model.objectives.count)
        }
        do {
            return try GLPKSolver().export(formulation.model, format: format == .lp ? .lp : .mps, level: level)
        } catch {
            throw .solver(error.description)
        }
    }
}
