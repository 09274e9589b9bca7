import RotaKit

/// Turns a planning error into the exit status and words of PRODUCT.md.
enum PlanningFailure {
    static func exit(_ error: PlanningError, scenario: String) -> CommandFailure {
        switch error {
        case .infeasible(let conflicts):
            var message = "rota: no plan for \(scenario) satisfies the rules:"
            for conflict in conflicts {
                message += "\n  - \(conflict.rule): \(conflict.message)"
                if let suggestion = conflict.suggestion { message += "\n    fix: \(suggestion)" }
            }
            return .failed(message)
        case .noPlanFound(let reason):
            return .failed("rota: no plan found for \(scenario) before the search stopped (\(reason))")
        case .solver(let message):
            return .failed("rota: \(message)")
        }
    }
}

/// "optimal", "feasible, within 3.2% of the bound".
enum SolverStatusText {
    static func describe(_ solver: SolverSummary) -> String {
        if solver.status == "optimal" { return "optimal" }
        let gap = abs(solver.objective - solver.bound) / max(abs(solver.objective), 1e-9) * 100
        return String(format: "feasible, within %.1f%% of the bound", gap)
    }
}
