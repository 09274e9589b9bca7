/// A data pipeline with a primary and a secondary owner.
public struct Pipeline: Sendable, Equatable {
    public var name: String
    /// Reports to investors: its primaries are balanced separately.
    public var investors: Bool
    /// Fixed by the scenario, or `nil` to let Rota assign.
    public var primary: String?
    public var secondary: String?
    /// One line on what the pipeline does, for the team's document.
    public var description: String?
    /// What the on-call engineer does when the pipeline needs attention.
    public var runbook: Runbook?

    public init(name: String, investors: Bool = false, primary: String? = nil, secondary: String? = nil) {
        self.name = name
        self.investors = investors
        self.primary = primary
        self.secondary = secondary
    }
}

/// A pipeline's run book, as the team writes it: why the pipeline exists, the steps it runs, and
/// what to watch.
public struct Runbook: Sendable, Equatable {
    public var purpose: String?
    public var steps: [String]
    public var monitoring: String?

    public init(purpose: String? = nil, steps: [String] = [], monitoring: String? = nil) {
        self.purpose = purpose
        self.steps = steps
        self.monitoring = monitoring
    }
}
