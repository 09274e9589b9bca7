/// A data pipeline with a primary and a secondary owner.
public struct Pipeline: Sendable, Equatable {
    public var name: String
    /// Reports to investors: its primaries are balanced separately.
    public var investors: Bool
    /// Fixed by the scenario, or `nil` to let Rota assign.
    public var primary: String?
    public var secondary: String?

    public init(name: String, investors: Bool = false, primary: String? = nil, secondary: String? = nil) {
        self.name = name
        self.investors = investors
        self.primary = primary
        self.secondary = secondary
    }
}
