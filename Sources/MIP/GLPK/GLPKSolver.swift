import CGLPK
import Foundation

/// Solves a ``Model`` with GLPK's branch-and-cut (`glp_intopt`), one objective level after another.
///
/// Each level is minimised with the levels before it held at their optimum (an extra row
/// `objective ≤ optimum + tolerance`). The best solution of a level is offered to the next as
/// a starting plan when the presolver is off (GLPK's presolver renumbers columns, so a start
/// cannot be passed through it).
///
/// Everything happens on the calling thread: GLPK keeps per-thread state.
public struct GLPKSolver: Sendable {
    public init() {}

    /// Minimises the model's objectives lexicographically.
    /// - Parameters:
    ///   - model: the integer program; validated before anything reaches GLPK.
    ///   - options: time limit, gap, GLPK features, progress callback.
    /// - Returns: the solution; `status` tells whether it is proven optimal.
    /// - Throws: ``SolverError`` when the model is malformed or GLPK fails internally.
    public func solve(_ model: Model, options: SolveOptions = SolveOptions()) throws(SolverError) -> Solution {
        try model.validate()
        let started = ContinuousClock.now
        let problem = try GLPKProblem(model)
        let objectives = model.objectives.isEmpty ? [Objective(name: "feasibility", minimize: LinearExpression())] : model.objectives

        var levels: [LevelResult] = []
        var values: [Double] = []
        var found = false
        var stopReason: String?

        // A starting solution built outside the solver, when it is feasible, stands for the first plan.
        if ProcessInfo.processInfo.environment["ROTA_TRACE"] != nil, let start = model.startingValues {
            let broken = model.constraints.filter { !$0.isSatisfied(by: start) }.prefix(3).map(\.name)
            FileHandle.standardError.write(Data("starting values: \(broken.isEmpty ? "feasible" : "break \(broken)")\n".utf8))
        }
        if let start = model.startingValues, model.isFeasible(start) {
            values = start
            found = true
        }

        // A first plan from the seed objective, which later levels start from: first with the
        // seed fixings, then, if no plan has them, without.
        var firstPlanSeconds: Double?
        // (Skipped when the seed is the only level itself: solving it twice gains nothing.)
        let seedIsOnlyLevel = model.seedFixings.isEmpty && model.objectives.count == 1 && model.objectives[0].expression == model.seedObjective
        if !found, options.shouldStop?() == true {
            stopReason = "interrupted"
        }
        if !found, stopReason == nil, let seed = model.seedObjective, !seed.coefficients.isEmpty, !seedIsOnlyLevel {
            defer { firstPlanSeconds = seconds(since: started) }
            problem.setObjective(seed)
            var attempts: [[(variable: Variable, value: Double)]] = [[]]
            if !model.seedFixings.isEmpty { attempts.insert(model.seedFixings, at: 0) }
            for fixings in attempts {
                var remaining: Int32 = Int32.max
                if let limit = options.timeLimit {
                    let left = limit - seconds(since: started)
                    remaining = Int32(max(1, min(left, limit / 4) * 1000))
                }
                for fixing in fixings { problem.fix(column: fixing.variable.index, to: fixing.value) }
                let monitor = GLPKSearchMonitor(level: -1, levelName: "\(model.name): first plan", started: started, options: options, warmStart: nil)
                var seedOptions = options
                seedOptions.relativeGap = max(options.relativeGap, 1.0)
                let outcome = try runLevel(problem, options: seedOptions, presolve: options.presolve, timeLimit: remaining, monitor: monitor)
                for fixing in fixings { problem.restoreBounds(column: fixing.variable.index, model.variables[fixing.variable.index]) }
                if case .solved = outcome {
                    values = problem.mipValues()
                    found = true
                    break
                }
                if monitor.interrupted {
                    stopReason = "interrupted"
                    break
                }
                if case .infeasible = outcome, fixings.isEmpty {
                    return Solution(status: .infeasible, values: [], levels: [], seconds: seconds(since: started))
                }
            }
        }

        for (index, objective) in objectives.enumerated() where stopReason == nil {
            if options.shouldStop?() == true {
                stopReason = "interrupted"
                break
            }
            // A plan in hand that attains the objective's least value within the variable bounds
            // (a constant objective, or a repair that changes nothing), or the level's own proven
            // lower bound rounded up to its step, is optimal without a search, which on a large
            // program saves the LP solve at the root and a branch-and-bound the LP cannot close.
            if found, case let value = objective.expression.value(values),
                value <= objective.provenBound(model.leastValue(of: objective.expression)) + 1e-9 * max(1, abs(value))
            {
                levels.append(LevelResult(name: objective.name, value: value, bound: value, optimal: true, seconds: 0))
                if !objective.expression.coefficients.isEmpty {
                    problem.addUpperBoundRow(name: "keep_\(objective.name)", objective.expression, rhs: value + objective.tolerance)
                }
                continue
            }
            if ProcessInfo.processInfo.environment["ROTA_TRACE"] != nil {
                let start = found ? String(objective.expression.value(values)) : "none"
                let bound = objective.provenBound(model.leastValue(of: objective.expression))
                FileHandle.standardError.write(Data("\(model.name): \(objective.name): searching from \(start), proven at least \(bound)\n".utf8))
            }
            problem.setObjective(objective.expression)
            var remainingMilliseconds: Int32 = Int32.max
            if let limit = options.timeLimit {
                let remaining = limit - seconds(since: started)
                if remaining <= 0 {
                    stopReason = "time limit"
                    break
                }
                remainingMilliseconds = Int32(min(Double(Int32.max), max(1, remaining * 1000)))
            }
            let levelStarted = ContinuousClock.now
            // The presolver renumbers columns, so a starting plan cannot pass through it: later
            // levels run without it and start from the previous level's plan, which already
            // satisfies every row and often proves optimal at the root.
            let usePresolve = options.presolve && !found
            let monitor = GLPKSearchMonitor(
                level: index, levelName: "\(model.name): \(objective.name)", started: started, options: options,
                warmStart: (!usePresolve && found) ? [0] + values : nil, objective: objective)
            let outcome = try runLevel(problem, options: options, presolve: usePresolve, timeLimit: remainingMilliseconds, monitor: monitor)

            switch outcome {
            case .infeasible:
                if index == 0 {
                    return Solution(status: .infeasible, values: [], levels: [], seconds: seconds(since: started))
                }
                // A later level cannot be infeasible: the previous solution satisfies its rows.
                throw .solverFailure("objective level \(objective.name) lost the solution of the level before it")
            case .noSolution(let reason):
                stopReason = reason
            case .solved(let optimal, let reason):
                values = problem.mipValues()
                found = true
                let value = objective.expression.value(values)
                // GLPK's node bounds already count the objective's constant (`glp_set_obj_coef(…, 0, …)`).
                let bound = optimal ? value : min(value, objective.provenBound(monitor.bestBound ?? -.infinity))
                levels.append(LevelResult(name: objective.name, value: value, bound: bound, optimal: optimal, seconds: seconds(since: levelStarted)))
                if !optimal { stopReason = reason }
                problem.addUpperBoundRow(name: "keep_\(objective.name)", objective.expression, rhs: value + objective.tolerance)
            }
            if stopReason != nil { break }
        }

        let elapsed = seconds(since: started)
        if !found {
            return Solution(status: .noSolutionFound, values: [], levels: levels, seconds: elapsed, stopReason: stopReason)
        }
        let allOptimal = levels.count == objectives.count && levels.allSatisfy(\.optimal)
        var solution = Solution(status: allOptimal ? .optimal : .feasible, values: values, levels: levels, seconds: elapsed, stopReason: stopReason)
        solution.firstPlanSeconds = firstPlanSeconds
        return solution
    }

    private enum LevelOutcome {
        case solved(optimal: Bool, reason: String?)
        case infeasible
        case noSolution(String)
    }

    /// One `glp_intopt` run (after `glp_simplex` when the presolver is off).
    private func runLevel(
        _ problem: GLPKProblem, options: SolveOptions, presolve: Bool, timeLimit: Int32, monitor: GLPKSearchMonitor
    ) throws(SolverError) -> LevelOutcome {
        guard let pointer = problem.pointer else { throw .solverFailure("the GLPK problem is gone") }
        do throws(SolverError) {
            if !presolve {
                var simplexParameters = glp_smcp()
                glp_init_smcp(&simplexParameters)
                simplexParameters.msg_lev = GLPKProblem.logsToTerminal ? GLP_MSG_ON : GLP_MSG_OFF
                simplexParameters.presolve = GLP_OFF
                simplexParameters.tm_lim = timeLimit
                let code = try glpkGuarded("glp_simplex") { glp_simplex(pointer, &simplexParameters) }
                if code == GLP_ETMLIM { return .noSolution("time limit") }
                if code != 0 { throw SolverError.solverFailure("glp_simplex returned code \(code)") }
                let status = glp_get_status(pointer)
                if status == GLP_NOFEAS || status == GLP_INFEAS && glp_get_prim_stat(pointer) == GLP_NOFEAS {
                    return .infeasible
                }
            }

            var parameters = glp_iocp()
            glp_init_iocp(&parameters)
            parameters.msg_lev = GLPKProblem.logsToTerminal ? GLP_MSG_ON : GLP_MSG_OFF
            parameters.presolve = presolve ? GLP_ON : GLP_OFF
            parameters.tm_lim = timeLimit
            parameters.mip_gap = options.relativeGap
            // The feasibility pump stays off: on Rota's programs it found nothing the simple
            // rounding heuristic and the cuts did not, and cost minutes on the larger ones
            // (ownership of 60 pipelines × 40 people: 13 s without it, over 90 s with it).
            parameters.fp_heur = GLP_OFF
            parameters.sr_heur = options.heuristics ? GLP_ON : GLP_OFF
            let cuts = options.cuts ? GLP_ON : GLP_OFF
            parameters.mir_cuts = cuts
            parameters.gmi_cuts = cuts
            parameters.cov_cuts = cuts
            parameters.clq_cuts = cuts
            parameters.cb_func = GLPKSearchMonitor.callback
            let unmanaged = Unmanaged.passRetained(monitor)
            defer { unmanaged.release() }
            parameters.cb_info = unmanaged.toOpaque()

            let code = try glpkGuarded("glp_intopt") { glp_intopt(pointer, &parameters) }
            let status = glp_mip_status(pointer)
            switch code {
            case 0:
                if status == GLP_OPT { return .solved(optimal: true, reason: nil) }
                if status == GLP_NOFEAS { return .infeasible }
                if status == GLP_FEAS { return .solved(optimal: false, reason: "stopped") }
                return .noSolution("stopped")
            case GLP_ENOPFS, GLP_ENODFS:
                return .infeasible
            case GLP_ESTOP where monitor.provenOptimal:
                // Stopped by the monitor: the plan in hand attains the level's proven bound.
                return .solved(optimal: true, reason: nil)
            case GLP_ETMLIM, GLP_ESTOP, GLP_EMIPGAP:
                let reason = code == GLP_ETMLIM ? "time limit" : code == GLP_EMIPGAP ? "gap" : "interrupted"
                if status == GLP_FEAS || status == GLP_OPT {
                    return .solved(optimal: code == GLP_EMIPGAP && options.relativeGap == 0, reason: reason)
                }
                return .noSolution(reason)
            default:
                throw SolverError.solverFailure("glp_intopt returned code \(code)")
            }
        } catch {
            if case .solverFailure(let message) = error, message.hasPrefix("GLPK raised") {
                problem.invalidate()
            }
            throw error
        }
    }

    /// Writes the model in `format` with its first objective level (`glp_write_lp` or `glp_write_mps`).
    /// - Returns: the text of the exported program.
    /// - Throws: ``SolverError`` when the model is malformed or the file cannot be written.
    public func export(_ model: Model, format: ModelFormat, level: Int = 0) throws(SolverError) -> String {
        try model.validate()
        let problem = try GLPKProblem(model)
        if model.objectives.indices.contains(level) {
            problem.setObjective(model.objectives[level].expression)
            glp_set_obj_name(problem.pointer, GLPKNames.safe(model.objectives[level].name))
        }
        return try GLPKExport.write(problem, format: format)
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
