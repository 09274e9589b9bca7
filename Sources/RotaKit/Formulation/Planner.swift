import Foundation
import MIP

/// Plans a scenario: quick feasibility checks, the integer program (its independent parts solved
/// one by one), GLPK, and the schedule.
public struct Planner: Sendable {
    public var options: SolveOptions

    public init(options: SolveOptions = SolveOptions()) {
        self.options = options
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
                if solution.status != .optimal { stopped = stopped ?? solution.stopReason }
            }
        }
        guard var result = schedule else { throw .solver("the rotation was not solved") }
        let optimal = statuses.allSatisfy { $0 == .optimal }
        let elapsed = ContinuousClock.now - started
        result.solver = SolverSummary(
            status: optimal ? "optimal" : "feasible", objective: first?.value ?? 0, bound: first?.bound ?? 0,
            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18,
            stopped: optimal ? nil : stopped)
        return result
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
