/// What earlier schedules contribute to fairness: weeks per person and role, holiday weight per
/// person, who covered which holiday last, and how recently each person was on call.
public struct HistorySummary: Sendable, Equatable {
    /// Weeks held, by person name and role.
    public var weeksByPerson: [String: [Role: Int]] = [:]
    /// Total weeks of each role in history.
    public var weeksByRole: [Role: Int] = [:]
    /// Weighted holiday covers by person name.
    public var holidayWeight: [String: Double] = [:]
    /// Holiday name → who covered it in the most recent schedule that had it.
    public var lastCover: [String: String] = [:]
    /// Holiday name → person → how many times they covered it in history.
    public var coverCounts: [String: [String: Int]] = [:]
    /// Person → weeks between their last on-call week and the first planned week
    /// (1 = on call in the week just before).
    public var weeksSinceOnCall: [String: Int] = [:]
    /// Each person's fair share of history, by role: every history week of a role is split among
    /// the people on the team that week in proportion to their capacity, so that people who
    /// joined recently are not charged for years they were not there.
    public var shares: [String: [Role: Double]] = [:]

    public init() {}

    /// Summarises `schedules`, oldest first; the last one ends right before the planned period.
    public init(schedules: [Schedule], before start: Day) {
        self.init()
        let ordered = schedules.sorted { $0.period.start < $1.period.start }
        for schedule in ordered {
            for week in schedule.weeks {
                for (role, name) in week.oncall {
                    weeksByPerson[name, default: [:]][role, default: 0] += 1
                    weeksByRole[role, default: 0] += 1
                    // Weeks are seven days; the distance counts whole weeks back from `start`.
                    let distance = (week.start.days(to: start) + 6) / 7
                    if distance >= 1 {
                        weeksSinceOnCall[name] = min(weeksSinceOnCall[name] ?? .max, distance)
                    }
                }
            }
            for week in schedule.weeks {
                let members = schedule.people.filter { person in
                    (person.joins.map { week.start >= $0 } ?? true) && (person.leaves.map { week.end < $0 } ?? true)
                }
                let capacity = members.reduce(0) { $0 + $1.capacity }
                guard capacity > 0 else { continue }
                for role in week.oncall.keys {
                    for member in members { shares[member.name, default: [:]][role, default: 0] += member.capacity / capacity }
                }
            }
            for holiday in schedule.holidays {
                holidayWeight[holiday.cover, default: 0] += holiday.weight
                lastCover[holiday.name] = holiday.cover
                coverCounts[holiday.name, default: [:]][holiday.cover, default: 0] += 1
            }
        }
    }

    public func weeks(of name: String, role: Role) -> Int { weeksByPerson[name]?[role] ?? 0 }
    public func totalWeeks(role: Role) -> Int { weeksByRole[role] ?? 0 }
    public var isEmpty: Bool { weeksByRole.isEmpty && holidayWeight.isEmpty }
}
