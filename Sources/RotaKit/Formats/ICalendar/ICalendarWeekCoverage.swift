/// Who covers how much of one Rota week in one role, from shifts of any length.
///
/// Where shifts of the same role overlap, the shorter one wins (an override of a few hours
/// sits on top of the weekly shift it interrupts); equal lengths go to the later start, then to
/// the later event in the file. Amounts are measured on the team's wall clock, so the week of a
/// change of clocks still has seven days of 24 hours.
struct ICalendarWeekCoverage: Sendable {
    /// One shift on the time line.
    struct Shift: Sendable {
        var start: Int
        var end: Int
        var person: String
        /// The event's place in the file, for ties.
        var order: Int
    }

    /// Wall-clock seconds each person covers, in order of their first moment on call in the week.
    var covered: [(person: String, seconds: Int)]
    /// Wall-clock seconds nobody covers.
    var uncovered: Int

    /// Measures the week from instant `start` to instant `end`.
    /// - Parameter shifts: shifts of one role, any order; those outside the week are ignored.
    /// - Complexity: O(*k*² log *k*) for the *k* shifts that touch the week.
    init(from start: Int, to end: Int, shifts: [Shift], zone: ICalendarZone) {
        let touching = shifts.filter { $0.start < end && $0.end > start }
        var boundaries = Set([start, end])
        for shift in touching {
            if shift.start > start && shift.start < end { boundaries.insert(shift.start) }
            if shift.end > start && shift.end < end { boundaries.insert(shift.end) }
        }
        let sorted = boundaries.sorted()
        var seconds: [String: Int] = [:]
        var order: [String] = []
        var uncovered = 0
        for (from, to) in zip(sorted, sorted.dropFirst()) {
            let length = max(zone.local(at: to).wallSeconds - zone.local(at: from).wallSeconds, 0)
            let winner = touching.filter { $0.start <= from && $0.end >= to }.min { a, b in
                (a.end - a.start, -a.start, -a.order) < (b.end - b.start, -b.start, -b.order)
            }
            guard let winner else {
                uncovered += length
                continue
            }
            if seconds[winner.person] == nil { order.append(winner.person) }
            seconds[winner.person, default: 0] += length
        }
        covered = order.map { ($0, seconds[$0]!) }
        self.uncovered = uncovered
    }

    /// The person covering most of the week (the earliest of them on a tie); `nil` when nobody does.
    var holder: String? {
        covered.max { a, b in a.seconds < b.seconds || (a.seconds == b.seconds && order(a.person) > order(b.person)) }?.person
    }

    /// Whether one person covers all of it.
    var isWhole: Bool { uncovered == 0 && covered.count == 1 }

    private func order(_ person: String) -> Int { covered.firstIndex { $0.person == person } ?? .max }

    /// `Bob covers 2 of 7 days, Alice 5`: the others from least to most, the holder last, then
    /// the time nobody covers.
    var summary: String {
        guard let holder else { return "nobody is on call" }
        let others = covered.filter { $0.person != holder }.sorted { $0.seconds < $1.seconds }
        let entries = others + covered.filter { $0.person == holder }
        var parts: [String] = []
        for (index, entry) in entries.enumerated() {
            parts.append(index == 0 ? "\(entry.person) covers \(Self.amount(entry.seconds)) of 7 days" : "\(entry.person) \(Self.amount(entry.seconds))")
        }
        if uncovered > 0 { parts.append("nobody \(Self.amount(uncovered))") }
        return parts.joined(separator: ", ")
    }

    /// `2` for whole days; `1 day 6 hours`, `45 minutes` otherwise (never rounded).
    static func amount(_ seconds: Int) -> String {
        if seconds % LocalDateTime.secondsPerDay == 0 { return String(seconds / LocalDateTime.secondsPerDay) }
        let units = [("day", LocalDateTime.secondsPerDay), ("hour", 3600), ("minute", 60), ("second", 1)]
        var rest = seconds
        var parts: [String] = []
        for (name, size) in units where rest >= size {
            let count = rest / size
            rest %= size
            parts.append("\(count) \(name)\(count == 1 ? "" : "s")")
        }
        return parts.joined(separator: " ")
    }
}
