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
