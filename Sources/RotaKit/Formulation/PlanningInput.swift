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
        // Fair share: every week of a role is split among the people on the team that week in
        // proportion to capacity; a person's share is the sum over history and period weeks.
        // With everyone on the team throughout, this is PRODUCT.md's weeks × capacity ÷ total capacity.
        var periodShare = Array(repeating: 0.0, count: scenario.people.count)
        for week in period.weekNumbers {
            let dates = period.dates(ofWeek: week)
            let members = scenario.people.indices.filter { scenario.people[$0].isMember(during: dates) }
            let capacity = members.reduce(0) { $0 + scenario.people[$1].capacity }
            guard capacity > 0 else { continue }
            for p in members { periodShare[p] += scenario.people[p].capacity / capacity }
        }
        shares = scenario.people.enumerated().map { p, person in
            scenario.rules.roles.map { role in
                FairShare(
                    share: periodShare[p] + (history.shares[person.name]?[role] ?? 0),
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
