/// Judges a schedule against its scenario: every invariant of PRODUCT.md, the schedule's
/// consistency with the scenario, risks worth a warning, and the fairness metrics.
///
/// The checker is the independent proof that a plan is right, so it shares nothing with the
/// formulation: every count, share and bound is recomputed here from PRODUCT.md's definitions
/// (see `docs/checker.md`). It works on any schedule, wherever it came from: `rota plan`, a
/// spreadsheet exported as CSV, a calendar.
public enum Checker {
    /// Checks `schedule` against `scenario`.
    ///
    /// - Parameters:
    ///   - schedule: the plan to judge.
    ///   - scenario: the team, time away, holidays, pipelines and rules it must satisfy; the
    ///     scenario is the truth (people's capacity and away dates, holiday weights come from it).
    ///   - history: earlier schedules, oldest first or in any order: their weeks of people still on
    ///     the team count towards fair shares and rest, their holiday covers towards holiday
    ///     balance and the "two years running" rule.
    /// - Returns: the violations (which fail the check), warnings (which do not) and metrics.
    /// - Complexity: O(weeks × (roles + pipelines) + holidays × people + history weeks).
    public static func check(schedule: Schedule, scenario: Scenario, history: [Schedule] = []) -> CheckResult {
        var inspection = Inspection(CheckContext(schedule: schedule, scenario: scenario, history: history))
        inspection.checkConsistency()
        inspection.checkRotation()
        inspection.checkRest()
        inspection.checkLoad()
        inspection.checkHolidayCovers()
        inspection.checkHolidayBalance()
        inspection.checkPipelines()
        inspection.checkPipelineCoverage()
        inspection.warnAboutRisks()
        let metrics = Metrics(schedule: schedule, scenario: scenario, history: history)
        return CheckResult(
            violations: inspection.violations.stableSorted { $0.rule < $1.rule },
            warnings: inspection.warnings.stableSorted { $0.rule < $1.rule },
            invariants: inspection.statuses(),
            metrics: metrics)
    }
}

/// The schedule read against its scenario once: who holds which week, which cover belongs to which
/// of the scenario's holidays, which owners to which pipeline, and what history contributes.
struct CheckContext {
    let schedule: Schedule
    let scenario: Scenario
    let history: [Schedule]
    var period: Period { scenario.period }
    var roles: [Role] { scenario.rules.roles }
    var people: [Person] { scenario.people }
    let team: Set<String>
    let holidays: [Holiday]

    /// Week number (within the period) → who holds each role; the first entry wins for duplicates.
    var oncall: [Int: [Role: String]] = [:]
    /// `covers[h]`: the schedule's covers for the scenario's holiday `h`.
    var covers: [[HolidayCover]]
    /// Schedule holidays that are not a holiday of the scenario in the period.
    var strayCovers: [HolidayCover] = []
    /// `owners[l]`: the schedule's owners of the scenario's pipeline `l` (the first entry).
    var owners: [PipelineOwners?]

    /// History weeks per person (team members only) and role.
    var historyWeeks: [String: [Role: Int]] = [:]
    /// Start dates of history weeks held by each team member, before the period.
    var historyOnCall: [String: [Day]] = [:]
    /// History holiday weight per team member.
    var historyHolidayWeight: [String: Double] = [:]
    /// Every history holiday cover, for the "two years running" rule.
    var historyCovers: [HolidayCover] = []
    /// History weeks that start on or after the first day of the period.
    var historyWeeksInPeriod = 0

    init(schedule: Schedule, scenario: Scenario, history: [Schedule]) {
        self.schedule = schedule
        self.scenario = scenario
        self.history = history
        team = Set(scenario.people.map(\.name))
        holidays = CheckerCalendar.holidays(of: scenario)
        let period = scenario.period
        for week in schedule.weeks where period.weekNumbers.contains(week.week) && oncall[week.week] == nil {
            oncall[week.week] = week.oncall
        }
        var covers = Array(repeating: [HolidayCover](), count: holidays.count)
        for cover in schedule.holidays {
            if let index = holidays.firstIndex(where: { $0.date == cover.date && Self.sameHoliday($0.name, cover.name) }) {
                covers[index].append(cover)
            } else {
                strayCovers.append(cover)
            }
        }
        self.covers = covers
        owners = scenario.pipelines.map { pipeline in schedule.pipelines.first { $0.name == pipeline.name } }

        let team = self.team
        for earlier in history {
            for week in earlier.weeks {
                for (role, name) in week.oncall where team.contains(name) {
                    historyWeeks[name, default: [:]][role, default: 0] += 1
                    if week.start < period.start {
                        historyOnCall[name, default: []].append(week.start)
                    }
                }
                if week.start >= period.start { historyWeeksInPeriod += 1 }
            }
            for cover in earlier.holidays {
                historyCovers.append(cover)
                if team.contains(cover.cover) { historyHolidayWeight[cover.cover, default: 0] += cover.weight }
            }
        }
    }

    /// Whether two holiday names mean the same holiday ("Thanksgiving" and "Thanksgiving Day").
    static func sameHoliday(_ a: String, _ b: String) -> Bool {
        canonicalHolidayName(a) == canonicalHolidayName(b)
    }

    static func canonicalHolidayName(_ name: String) -> String {
        HolidayCalendar.usFederal.rule(named: name)?.name ?? name
    }

    /// The person holding `role` in week `week`, when they are on the team.
    func holder(week: Int, role: Role) -> String? {
        guard let name = oncall[week]?[role], team.contains(name) else { return nil }
        return name
    }

    /// The roles `name` holds in week `week`.
    func roles(of name: String, inWeek week: Int) -> [Role] {
        (oncall[week] ?? [:]).filter { $0.value == name }.map(\.key).sorted()
    }

    /// The one cover of holiday `h` who is on the team, when there is exactly one entry.
    func cover(ofHoliday h: Int) -> String? {
        guard let first = covers[h].first, team.contains(first.cover) else { return nil }
        return first.cover
    }

    func person(_ name: String) -> Person? { scenario.person(named: name) }

    /// The team's total capacity.
    var totalCapacity: Double { people.reduce(0) { $0 + $1.capacity } }
}

/// The findings collected while checking, rule by rule.
struct Inspection {
    let context: CheckContext
    var violations: [Violation] = []
    var warnings: [Violation] = []
    /// Rules that do not apply to this scenario, and why.
    var notApplicable: [Rule: String] = [:]

    init(_ context: CheckContext) {
        self.context = context
    }

    mutating func violation(_ violation: Violation) { violations.append(violation) }
    mutating func warning(_ warning: Violation) { warnings.append(warning) }

    /// Each invariant's outcome, in PRODUCT.md's order.
    func statuses() -> [(rule: Rule, status: InvariantStatus)] {
        Rule.invariants.map { rule in
            let count = violations.filter { $0.rule == rule }.count
            if count > 0 { return (rule, .violated(count)) }
            if let reason = notApplicable[rule] { return (rule, .notApplicable(reason)) }
            return (rule, .holds)
        }
    }
}

extension Array {
    /// Sorted by `areInIncreasingOrder`, keeping the original order of equal elements.
    func stableSorted(by areInIncreasingOrder: (Element, Element) -> Bool) -> [Element] {
        enumerated().sorted { a, b in
            if areInIncreasingOrder(a.element, b.element) { return true }
            if areInIncreasingOrder(b.element, a.element) { return false }
            return a.offset < b.offset
        }.map(\.element)
    }
}
