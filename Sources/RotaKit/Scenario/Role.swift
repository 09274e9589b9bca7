/// A weekly on-call role. A week has one person per role of the scenario.
public enum Role: String, Sendable, CaseIterable, Comparable, Codable {
    case primary
    case secondary

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
