/// Everything the formulation needs, derived once from a scenario and its history: the
/// holidays in the period, who is away in which week, history counts and fair shares.
public struct PlanningInput: Sendable {
    public let scenario: Scenario
    public let holidays: [Holiday]
    /// `awayInWeek[p][w-1]`: person `p` has an away date in week `w`.
    public let awayInWeek: [[Bool]]
    /// `awayOnHoliday[p][h]`: person `p` is away on holiday `h`'s date.
    public let awayOnHoliday: [[Bool]]
    public let history: HistorySummary
    /// `shares[p][r]` for role index `r` of `scenario.rules.roles`.
    public let shares: [[FairShare]]

    public init(scenario: Scenario, history: HistorySummary = HistorySummary()) {
        self.scenario = scenario
        self.history = history
        let holidays = scenario.holidaysInPeriod()
        self.holidays = holidays
        let period = scenario.period
        awayInWeek = scenario.people.map { person in
            period.weekNumbers.map { person.isAway(during: period.dates(ofWeek: $0)) }
        }
        awayOnHoliday = scenario.people.map { person in holidays.map { person.isAway(on: $0.date) } }
        // A person's weight is capacity × weeks on the team (history plus period). When everyone
        // is on the team throughout, this is PRODUCT.md's capacity ÷ total capacity.
        let weights = scenario.people.map { person in
            let periodWeeks = period.weekNumbers.filter { person.isMember(during: period.dates(ofWeek: $0)) }.count
            return person.capacity * Double(periodWeeks + (history.memberWeeks[person.name] ?? 0))
        }
        let totalWeight = weights.reduce(0, +)
        shares = scenario.people.enumerated().map { p, person in
            scenario.rules.roles.map { role in
                // History counts only the weeks held by people still on the team.
                let historyWeeks = scenario.people.reduce(0) { $0 + history.weeks(of: $1.name, role: role) }
                let roleWeeks = Double(period.weeks + historyWeeks)
                return FairShare(
                    share: totalWeight > 0 ? roleWeeks * weights[p] / totalWeight : 0,
                    historyWeeks: history.weeks(of: person.name, role: role))
            }
        }
    }

    public var people: [Person] { scenario.people }
    public var roles: [Role] { scenario.rules.roles }
    public var weeks: Int { scenario.period.weeks }

    /// The people (indices) available in week `week` (1-based).
    public func available(inWeek week: Int) -> [Int] {
        people.indices.filter { !awayInWeek[$0][week - 1] }
    }
}
