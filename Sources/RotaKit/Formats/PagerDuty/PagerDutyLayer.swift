/// A PagerDuty schedule layer for one role, with the overrides that make it the plan.
///
/// PagerDuty renders a layer by turns: from `rotation_virtual_start`, each turn of
/// `rotation_turn_length_seconds` goes to the next user in order, wrapping round. A weekly turn
/// (whole days) keeps its local handoff time across changes of clocks. The layer takes the user
/// order that matches the most weeks of the plan; each run of weeks it gets wrong becomes an
/// override, and each holiday cover (first role only) another, after them, since the last
/// override wins.
struct PagerDutyLayer: Equatable, Sendable {
    /// Users in turn order, by name; week 1 goes to the first.
    var users: [String]
    var overrides: [PagingShift]

    static let turnLengthSeconds = 7 * 86_400

    /// The layer for `role` of `timeline`'s schedule.
    init(role: Role, timeline: PagingTimeline) {
        let shifts = timeline.weeklyShifts(of: role)
        let holders = shifts.map(\.person)
        users = Self.bestOrder(for: holders)
        var overrides: [PagingShift] = []
        for (index, shift) in shifts.enumerated() where users.isEmpty || users[index % users.count] != shift.person {
            if let last = overrides.last, last.end == shift.start, last.person == shift.person {
                overrides[overrides.count - 1].end = shift.end
            } else {
                overrides.append(shift)
            }
        }
        if role == timeline.holidayRole { overrides += timeline.holidayShifts }
        self.overrides = overrides
    }

    /// The cycle of people that, repeated from week 1, matches the most weeks: each week's holder
    /// starts a candidate cycle (the distinct people from that week until the first repeat), taken
    /// at the phase that puts it in step with that week; the first best wins.
    static func bestOrder(for holders: [String]) -> [String] {
        var best: [String] = []
        var bestMatches = -1
        var tried = Set<[String]>()
        for start in holders.indices {
            var cycle: [String] = []
            for name in holders[start...] {
                if cycle.contains(name) { break }
                cycle.append(name)
            }
            // Rotate so that week 1 (index 0) gets the person the cycle gives it.
            let shift = ((-start % cycle.count) + cycle.count) % cycle.count
            let order = Array(cycle[shift...] + cycle[..<shift])
            guard tried.insert(order).inserted else { continue }
            let matches = holders.indices.filter { order[$0 % order.count] == holders[$0] }.count
            if matches > bestMatches {
                best = order
                bestMatches = matches
            }
        }
        return best
    }
}
