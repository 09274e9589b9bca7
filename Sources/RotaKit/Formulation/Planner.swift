import Foundation
import MIP

/// Plans a scenario: quick feasibility checks, the integer program, GLPK, and the schedule.
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
        let formulation = Formulation(input)
        let solution: Solution
        do {
            solution = try GLPKSolver().solve(formulation.model, options: options)
        } catch {
            throw .solver(error.description)
        }
        switch solution.status {
        case .infeasible:
            throw .infeasible(InfeasibilityDiagnosis.conflicts(in: input))
        case .noSolutionFound:
            throw .noPlanFound(solution.stopReason ?? "stopped")
        case .optimal, .feasible:
            if let trace = ProcessInfo.processInfo.environment["ROTA_TRACE"], !trace.isEmpty {
                let lines = solution.levels.map { "\($0.name): \($0.value) (bound \($0.bound)) \(String(format: "%.3f", $0.seconds))s" }
                FileHandle.standardError.write(Data(("levels: " + lines.joined(separator: "; ") + "\n").utf8))
            }
            var schedule = formulation.decode(solution)
            let first = solution.levels.first
            schedule.solver = SolverSummary(
                status: solution.status == .optimal ? "optimal" : "feasible",
                objective: first?.value ?? 0, bound: first?.bound ?? 0, seconds: solution.seconds,
                stopped: solution.status == .optimal ? nil : solution.stopReason)
            return schedule
        }
    }
}
