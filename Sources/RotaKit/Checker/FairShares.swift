/// Fair shares as the checker computes them, from PRODUCT.md's definition extended to people who
/// join or leave: every week of a role (in the period, and in history) is split among the people
/// on the team that week in proportion to their capacity. With everyone on the team throughout
/// this is exactly "weeks × capacity ÷ the team's total capacity".
///
/// Written separately from the formulation's shares on purpose: the checker is the independent
/// proof that a plan is right.
struct FairShares {
    /// A person as the ledger needs them.
    struct Member {
        var name: String
        var capacity: Double
        var joins: Day?
        var leaves: Day?

        /// On the team for all of the days `first…last`.
        func isOnTeam(from first: Day, to last: Day) -> Bool {
            if let joins, first < joins { return false }
            if let leaves, last >= leaves { return false }
            return true
        }
    }

    private(set) var shares: [String: [Role: Double]] = [:]
    /// The people whose shares are computed.
    let members: [Member]

    /// - Parameters:
    ///   - members: the team now; only their shares are computed.
    ///   - roles: the roles of the period.
    ///   - period: every week of it counts for every role.
    ///   - history: earlier schedules; each history week counts for the roles it assigns, split
    ///     among the people that schedule lists as on the team that week.
    init(members: [Member], roles: [Role], period: Period, history: [Schedule]) {
        self.members = members
        let names = Set(members.map(\.name))
        for number in period.weekNumbers {
            let dates = CheckerCalendar.dates(ofWeek: number, in: period)
            let present = members.filter { $0.isOnTeam(from: dates.first, to: dates.last) }
            let capacity = present.reduce(0) { $0 + $1.capacity }
            guard capacity > 0 else { continue }
            for member in present {
                for role in roles { shares[member.name, default: [:]][role, default: 0] += member.capacity / capacity }
            }
        }
        for schedule in history {
            let listed = schedule.people.map { Member(name: $0.name, capacity: $0.capacity, joins: $0.joins, leaves: $0.leaves) }
            for week in schedule.weeks {
                let present = listed.filter { $0.isOnTeam(from: week.start, to: week.end) }
                let capacity = present.reduce(0) { $0 + $1.capacity }
                guard capacity > 0 else { continue }
                for member in present where names.contains(member.name) {
                    for role in week.oncall.keys { shares[member.name, default: [:]][role, default: 0] += member.capacity / capacity }
                }
            }
        }
    }

    func share(of name: String, role: Role) -> Double { shares[name]?[role] ?? 0 }
}
