/// Fairness metrics of a schedule: per person (weeks, share, deviation, holidays, owned
/// pipelines, gaps) and for the team (largest deviation, spread, Gini, coefficient of variation,
/// equity score, pairwise balance).
///
/// The team figures are computed on each person's **load**: their on-call weeks, every role,
/// history included, divided by their capacity. A fair plan gives everyone the same load, the
/// team's total role-weeks ÷ its total capacity. When someone joins or leaves during the period,
/// dividing by capacity alone would call a fair plan unfair (a leaver holds fewer weeks, the
/// others more), so the load is normalised by each person's available part of the period as the
/// fair share measures it: weeks ÷ fair share × fair load, which is the same figure when nobody
/// joins or leaves. See `docs/checker.md` for every definition.
public struct Metrics: Sendable, Equatable {
    public var roles: [Role]
    public var people: [PersonMetrics]
    public var team: TeamMetrics
    /// What "load" means in these figures: ``Metrics/loadDefinition``, or
    /// ``Metrics/proratedLoadDefinition`` when someone joins or leaves during the period.
    public var loadMeaning: String

    /// Computes the metrics of `schedule`.
    /// - Parameters:
    ///   - scenario: when given, its people, capacities, roles, period, holiday weights and investor
    ///     flags are the truth, and only its holidays and pipelines count; when `nil` (`rota report`),
    ///     everything comes from the schedule.
    ///   - history: earlier schedules; weeks and holiday weight of the people in the metrics count.
    /// - Complexity: O(people × (weeks + holidays + pipelines) + history weeks).
    public init(schedule: Schedule, scenario: Scenario? = nil, history: [Schedule] = []) {
        // Who, with what capacity, in which roles, over how many weeks.
        var people: [(name: String, capacity: Double)]
        if let scenario {
            people = scenario.people.map { ($0.name, $0.capacity) }
        } else {
            people = schedule.people.map { ($0.name, $0.capacity) }
            var known = Set(people.map(\.name))
            let mentioned =
                schedule.weeks.sorted { $0.week < $1.week }.flatMap { week in week.oncall.sorted { $0.key < $1.key }.map(\.value) }
                + schedule.holidays.map(\.cover) + schedule.pipelines.flatMap { [$0.primary, $0.secondary] }
            for name in mentioned where !name.isEmpty && known.insert(name).inserted { people.append((name, 1)) }
        }
        let roles = scenario?.rules.roles ?? (schedule.roles.isEmpty ? [.primary] : schedule.roles)
        let period = scenario?.period ?? schedule.period
        var weeks: [Int: [Role: String]] = [:]
        for week in schedule.weeks where period.weekNumbers.contains(week.week) && weeks[week.week] == nil {
            weeks[week.week] = week.oncall
        }
        let names = Set(people.map(\.name))

        // History.
        var historyWeeks: [String: [Role: Int]] = [:]
        var historyHolidayWeight: [String: Double] = [:]
        for earlier in history {
            for week in earlier.weeks {
                for (role, name) in week.oncall where names.contains(name) { historyWeeks[name, default: [:]][role, default: 0] += 1 }
            }
            for cover in earlier.holidays where names.contains(cover.cover) { historyHolidayWeight[cover.cover, default: 0] += cover.weight }
        }

        // Holidays: the scenario's, with its weights, or the schedule's as written.
        var holidays: [(name: String, weight: Double, cover: String)] = []
        if let scenario {
            for holiday in CheckerCalendar.holidays(of: scenario) {
                if let cover = schedule.holidays.first(where: { $0.date == holiday.date && CheckContext.sameHoliday($0.name, holiday.name) }) {
                    holidays.append((holiday.name, holiday.weight, cover.cover))
                }
            }
        } else {
            holidays = schedule.holidays.map { ($0.name, $0.weight, $0.cover) }
        }

        // Pipelines: the scenario's (its investor flags), with the schedule's owners.
        var pipelines: [(investors: Bool, primary: String, secondary: String)] = []
        var seenPipelines = Set<String>()
        for owners in schedule.pipelines where seenPipelines.insert(owners.name).inserted {
            if let scenario {
                guard let pipeline = scenario.pipelines.first(where: { $0.name == owners.name }) else { continue }
                pipelines.append((pipeline.investors, owners.primary, owners.secondary))
            } else {
                pipelines.append((owners.investors, owners.primary, owners.secondary))
            }
        }

        // Fair shares: a role's weeks (period plus history of these people) × capacity ÷ team capacity.
        let totalCapacity = people.reduce(0) { $0 + $1.capacity }
        let roleWeeks = Dictionary(
            uniqueKeysWithValues: roles.map { role in
                (role, Double(period.weeks + people.reduce(0) { $0 + (historyWeeks[$1.name]?[role] ?? 0) }))
            })
        let fairLoad = totalCapacity > 0 ? roles.reduce(0) { $0 + roleWeeks[$1]! } / totalCapacity : 0

        let ledger = FairShares(
            members: people.map { person in
                let known = scenario?.person(named: person.name)
                let listed = schedule.people.first { $0.name == person.name }
                return FairShares.Member(
                    name: person.name, capacity: person.capacity, joins: known?.joins ?? listed?.joins, leaves: known?.leaves ?? listed?.leaves)
            },
            roles: roles, period: period, history: history)
        // Someone on the team for part of the period only: loads are prorated (see the type's note).
        let prorated = ledger.members.contains { member in
            (member.joins.map { $0 > period.start } ?? false) || (member.leaves.map { $0 <= period.end } ?? false)
        }
        self.roles = roles
        loadMeaning = prorated ? Metrics.proratedLoadDefinition : Metrics.loadDefinition
        self.people = people.map { person in
            var metrics = PersonMetrics(name: person.name, capacity: person.capacity)
            var held: [Int] = []
            for (number, oncall) in weeks.sorted(by: { $0.key < $1.key }) {
                var holds = false
                for role in roles where oncall[role] == person.name {
                    metrics.weeks[role, default: 0] += 1
                    holds = true
                }
                if holds { held.append(number) }
            }
            var total = 0
            for role in roles {
                metrics.weeks[role] = metrics.weeks[role] ?? 0
                let history = historyWeeks[person.name]?[role] ?? 0
                metrics.historyWeeks[role] = history
                let share = ledger.share(of: person.name, role: role)
                metrics.share[role] = FairnessStatistics.clean(share)
                metrics.deviation[role] = FairnessStatistics.clean(Double(metrics.weeks[role]! + history) - share)
                total += metrics.weeks[role]! + history
            }
            if prorated {
                let share = roles.reduce(0) { $0 + ledger.share(of: person.name, role: $1) }
                metrics.load = share > 1e-9 ? FairnessStatistics.clean(Double(total) / share * fairLoad) : 0
            } else {
                metrics.load = person.capacity > 0 ? FairnessStatistics.clean(Double(total) / person.capacity) : 0
            }
            let gaps = zip(held.dropFirst(), held).map { $0 - $1 }
            metrics.shortestGap = gaps.min()
            metrics.longestGap = gaps.max()
            for holiday in holidays where holiday.cover == person.name {
                metrics.holidays.append(holiday.name)
                metrics.holidayWeight += holiday.weight
            }
            metrics.historyHolidayWeight = historyHolidayWeight[person.name] ?? 0
            for pipeline in pipelines {
                if pipeline.primary == person.name { metrics.primaryPipelines += 1 }
                if pipeline.secondary == person.name { metrics.secondaryPipelines += 1 }
                if pipeline.investors && (pipeline.primary == person.name || pipeline.secondary == person.name) {
                    metrics.investorPipelines += 1
                }
                if pipeline.investors && pipeline.primary == person.name { metrics.investorPrimaries += 1 }
            }
            return metrics
        }
        // Prorated, someone with no share (on the team for none of the period) has no load to compare.
        let loads = self.people.filter { !prorated || $0.totalShare > 1e-9 }.map(\.load)
        let holidayWeights = self.people.map { $0.holidayWeight + $0.historyHolidayWeight }
        team = TeamMetrics(
            fairLoad: FairnessStatistics.clean(fairLoad),
            maxDeviation: self.people.flatMap { $0.deviation.values.map(abs) }.max() ?? 0,
            spread: FairnessStatistics.spread(loads),
            gini: FairnessStatistics.gini(loads),
            coefficientOfVariation: FairnessStatistics.coefficientOfVariation(loads),
            equityScore: FairnessStatistics.equityScore(loads),
            pairwiseBalance: FairnessStatistics.pairwiseBalance(loads),
            holidaySpread: FairnessStatistics.spread(holidayWeights))
    }

    /// The person called `name`.
    public func person(_ name: String) -> PersonMetrics? { people.first { $0.name == name } }
}

/// One person's figures.
public struct PersonMetrics: Sendable, Equatable {
    public var name: String
    public var capacity: Double
    /// On-call weeks in the period, per role.
    public var weeks: [Role: Int] = [:]
    /// On-call weeks in history, per role.
    public var historyWeeks: [Role: Int] = [:]
    /// Fair share per role: the role's weeks (period plus history) × capacity ÷ team capacity.
    public var share: [Role: Double] = [:]
    /// Weeks (period plus history) minus the share, per role: positive when over.
    public var deviation: [Role: Double] = [:]
    /// On-call weeks, every role, history included, ÷ capacity; when someone joins or leaves
    /// during the period, ÷ the fair share × the fair load instead (``Metrics/loadMeaning``).
    public var load: Double = 0
    /// Names of the holidays covered in the period, in date order.
    public var holidays: [String] = []
    /// Their total weight.
    public var holidayWeight: Double = 0
    public var historyHolidayWeight: Double = 0
    public var primaryPipelines = 0
    public var secondaryPipelines = 0
    /// Investor pipelines owned, as primary or secondary.
    public var investorPipelines = 0
    /// Investor pipelines owned as primary.
    public var investorPrimaries = 0
    /// Smallest and largest difference in week numbers between consecutive on-call weeks in the
    /// period (1 = back to back); `nil` with fewer than two weeks.
    public var shortestGap: Int?
    public var longestGap: Int?

    public init(name: String, capacity: Double) {
        self.name = name
        self.capacity = capacity
    }

    /// Weeks in the period, every role.
    public var totalWeeks: Int { weeks.values.reduce(0, +) }
    /// The fair share summed over roles.
    public var totalShare: Double { share.values.reduce(0, +) }
}

/// The team's fairness figures, all on per-person load (weeks ÷ capacity, history included).
public struct TeamMetrics: Sendable, Equatable {
    /// Everyone's load in a perfectly fair plan: total role-weeks ÷ total capacity.
    public var fairLoad: Double
    /// The largest |weeks − share| over people and roles, in weeks.
    public var maxDeviation: Double
    /// Largest load − smallest load.
    public var spread: Double
    public var gini: Double
    public var coefficientOfVariation: Double
    /// 100 · (1 − coefficient of variation), within 0…100.
    public var equityScore: Double
    /// Mean over pairs of people of smaller load ÷ larger load.
    public var pairwiseBalance: Double
    /// Largest − smallest holiday weight, history included.
    public var holidaySpread: Double
}
