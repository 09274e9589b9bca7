/// Everything a team lead tells Rota about the team: people, time away, holidays, pipelines, rules.
///
/// A scenario is plain data; ``ScenarioReader`` loads one from YAML or JSON and validates it.
public struct Scenario: Sendable, Equatable {
    public var team: String
    public var period: Period
    public var people: [Person]
    public var holidays: HolidaySettings
    public var pipelines: [Pipeline]
    public var rules: Rules
    /// Paths of earlier rota.schedule/1 files, relative to the scenario file.
    public var history: [String]
    /// The heading of the team's document (`title:`); `nil` uses the team's name.
    public var title: String?
    /// The team's own list of potential issues (`risks:`).
    public var risks: [Risk] = []
    /// Closing notes of the team's document (`notes:`).
    public var notes: String?
    /// Paths of iCalendar exports of leave systems (`away-calendar:`), relative to the scenario file.
    public var awayCalendars: [String] = []

    public init(
        team: String, period: Period, people: [Person], holidays: HolidaySettings = HolidaySettings(),
        pipelines: [Pipeline] = [], rules: Rules = Rules(), history: [String] = []
    ) {
        self.team = team
        self.period = period
        self.people = people
        self.holidays = holidays
        self.pipelines = pipelines
        self.rules = rules
        self.history = history
    }

    /// The person called `name`.
    public func person(named name: String) -> Person? { people.first { $0.name == name } }

    /// Whether Rota assigns any pipeline owner (the scenario left at least one open).
    public var assignsOwners: Bool { pipelines.contains { $0.primary == nil || $0.secondary == nil } }

    /// Overrides whether owner counts must be balanced; `nil` balances exactly when Rota assigns
    /// owners. A what-if that reassigns a leaver's pipelines keeps the original scenario's answer.
    public var ownerBalanceOverride: Bool?

    /// Whether the ownership invariant applies: primary, secondary and investor-primary counts
    /// differ by at most one between people.
    public var balancesOwners: Bool { ownerBalanceOverride ?? assignsOwners }
}
