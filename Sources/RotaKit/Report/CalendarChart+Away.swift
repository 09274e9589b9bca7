/// Who is away when, for the calendar: the scenario's people when the report has a scenario,
/// else what the schedule carries (a plan Rota wrote keeps each person's away dates, joins and
/// leaves).
struct TimeAway: Sendable {
    var name: String
    /// Away dates within the period, merged, in order.
    var away: [DayRange]
    /// First day on the team, when after the period's start.
    var joins: Day?
    /// First day off the team, when within the period.
    var leaves: Day?

    init(name: String, away: [DayRange], joins: Day?, leaves: Day?, period: DayRange) {
        self.name = name
        var merged: [DayRange] = []
        for range in away.sorted(by: { $0.first < $1.first }) where range.overlaps(period) {
            let clipped = DayRange(max(range.first, period.first), min(range.last, period.last))
            if let last = merged.last, clipped.first <= last.last.adding(days: 1) {
                merged[merged.count - 1].last = max(last.last, clipped.last)
            } else {
                merged.append(clipped)
            }
        }
        self.away = merged
        self.joins = joins.flatMap { $0 > period.first ? $0 : nil }
        self.leaves = leaves.flatMap { $0 <= period.last ? $0 : nil }
    }

    /// Whether any date of `range` is away, or outside the person's time on the team.
    func isAway(during range: DayRange) -> Bool {
        if let joins, range.first < joins { return true }
        if let leaves, range.last >= leaves { return true }
        return away.contains { $0.overlaps(range) }
    }

    /// Away days in the period (membership aside).
    var dayCount: Int { away.reduce(0) { $0 + $1.dayCount } }
}

extension ScheduleReport {
    /// Each person of the metrics with their time away, in the metrics' order.
    var timeAway: [TimeAway] {
        let days = period.days
        return metrics.people.map { person in
            if let known = scenario?.person(named: person.name) {
                return TimeAway(name: person.name, away: known.away, joins: known.joins, leaves: known.leaves, period: days)
            }
            let listed = schedule.people.first { $0.name == person.name }
            return TimeAway(name: person.name, away: listed?.away ?? [], joins: listed?.joins, leaves: listed?.leaves, period: days)
        }
    }
}
