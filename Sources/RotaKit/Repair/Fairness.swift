/// How fair a schedule is for a situation: each person's deviation from fair share per role
/// (history included), the largest and the total, and the holiday spread.
public struct Fairness: Sendable, Equatable {
    /// `deviations[name][role]`: weeks held (history included) minus the fair share.
    public var deviations: [String: [Role: Double]]
    public var largestDeviation: Double
    public var totalDeviation: Double
    /// The most minus the fewest weighted holidays covered in the period, among the people on the
    /// team for the whole period (0 when fewer than two are).
    public var holidaySpread: Double

    /// - Complexity: O(people × (weeks × roles + holidays)).
    public init(schedule: Schedule, input: PlanningInput) {
        var deviations: [String: [Role: Double]] = [:]
        var held: [String: [Role: Int]] = [:]
        for week in schedule.weeks {
            for (role, name) in week.oncall { held[name, default: [:]][role, default: 0] += 1 }
        }
        for (p, person) in input.people.enumerated() {
            for (r, role) in input.roles.enumerated() {
                let weeks = (held[person.name]?[role] ?? 0) + input.shares[p][r].historyWeeks
                deviations[person.name, default: [:]][role] = Double(weeks) - input.shares[p][r].share
            }
        }
        // In people and role order, not dictionary order: the same input sums to the same bits
        // in every process.
        let values = input.people.flatMap { person in input.roles.compactMap { deviations[person.name]?[$0] } }.map(abs)
        self.deviations = deviations
        largestDeviation = values.max() ?? 0
        totalDeviation = values.reduce(0, +)
        let period = input.scenario.period
        let whole = input.people.filter { $0.isMember(during: DayRange(period.start, period.end)) }.map(\.name)
        let weighted = whole.map { name in schedule.holidays.filter { $0.cover == name }.reduce(0) { $0 + $1.weight } }
        holidaySpread = whole.count < 2 ? 0 : (weighted.max() ?? 0) - (weighted.min() ?? 0)
    }

    /// The order alternatives are ranked in, fairest first: the largest deviation, the total, the
    /// holiday spread (each to a millionth, so that rounding noise does not decide).
    var key: [Double] {
        [largestDeviation, totalDeviation, holidaySpread].map { ($0 * 1e6).rounded() }
    }
}
