/// Everything that can go wrong between a ``Model`` and a solver, other than infeasibility
/// (which is a ``SolveStatus``, not an error).
public enum SolverError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The model refers to variables it does not have, or has impossible bounds.
    case invalidModel(String)
    /// The solver reported an internal failure; the message names the solver call.
    case solverFailure(String)
    /// Writing an exported model failed.
    case exportFailed(String)

    public var description: String {
        switch self {
        case .invalidModel(let message): "the integer program is malformed: \(message)"
        case .solverFailure(let message): "the solver failed: \(message)"
        case .exportFailed(let message): "could not export the integer program: \(message)"
        }
    }
}
