/// Text formats an integer program can be written in.
public enum ModelFormat: String, Sendable, CaseIterable {
    /// CPLEX LP format: readable, row and column names kept.
    case lp
    /// Free MPS: what every solver reads (HiGHS, CBC, Gurobi…).
    case mps
}
