/// `rota swap`: who could take a person's on-call week. Direct swaps (B takes A's week W, A takes
/// one of B's weeks) and cycles of three (B takes A's week, C takes B's, A takes C's), ranked by
/// how little anyone's deviation from fair share moves, then fewer people, then weeks closer to
/// the one given up. Each candidate listed is judged by the independent ``Checker``: it may add
/// no violation the schedule did not already have. Time away and weeks already held rule out
/// most candidates before the checker is asked.
public struct SwapSearch: Sendable {
    public var schedule: Schedule
    /// The scenario the schedule is judged against (with the changes it records applied).
    public var scenario: Scenario
    public var history: [Schedule]

    public init(schedule: Schedule, scenario: Scenario, history: [Schedule] = []) {
        self.schedule = schedule
        self.scenario = scenario
        self.history = history
    }

    /// A slot of the rotation: a week and a role, and who holds it.
    private struct Slot {
        var week: Int
        var role: Role
        var person: String
    }

    /// The best `limit` ways to take `person`'s week `week` off their hands, best first.
    /// - Throws: ``InputErrors`` when the person is not on the team, the week is outside the
    ///   schedule, or the person is not on call that week.
    /// - Complexity: O(slots²) candidates ranked; the checker runs on candidates in rank order
    ///   until `limit` pass (or `checkLimit` were judged).
    public func candidates(person: String, week: Int, limit: Int = 10, checkLimit: Int = 400) throws(InputErrors) -> [SwapCandidate] {
        guard schedule.people.contains(where: { $0.name == person }) || scenario.person(named: person) != nil else {
            throw InputErrors([
                InputProblem(
                    file: "--person", field: person, message: "\"\(person)\" is not in the team",
                    hint: Suggestion.hint(for: person, among: schedule.people.map(\.name)))
            ])
        }
        guard let given = schedule.weeks.first(where: { $0.week == week }) else {
            throw InputErrors([InputProblem(file: "--shift", field: "\(week)", message: "week \(week) is not in the schedule (1–\(schedule.weeks.count))")])
        }
        guard let role = given.oncall.first(where: { $0.value == person })?.key else {
            let holders = given.oncall.sorted { $0.key < $1.key }.map { "\($0.value) (\($0.key.rawValue))" }
            throw InputErrors([
                InputProblem(
                    file: "--shift", field: "\(week)",
                    message: "\(person) is not on call in week \(week); it is held by \(holders.joined(separator: ", "))")
            ])
        }
        let slots = schedule.weeks.flatMap { week in week.oncall.map { Slot(week: week.week, role: $0.key, person: $0.value) } }
            .sorted { ($0.week, $0.role) < ($1.week, $1.role) }
        let start = Slot(week: week, role: role, person: person)
        var found: [[Slot]] = []
        // Direct: B takes the start, A takes one of B's slots.
        for other in slots where other.person != person && can(other.person, take: start) && can(person, take: other) {
            found.append([start, other])
        }
        // Cycles: B takes the start, C takes B's slot, A takes C's slot.
        for second in slots where second.person != person && can(second.person, take: start) {
            for third in slots
            where third.person != person && third.person != second.person && third.week != start.week && can(third.person, take: second)
                && can(person, take: third)
            {
                found.append([start, second, third])
            }
        }
        let ranked = found.map { cycle in (key: rank(cycle), cycle: cycle) }.sorted { $0.key.lexicographicallyPrecedes($1.key) }
        let before = Set(Checker.check(schedule: schedule, scenario: scenario, history: history).violations.map(\.message))
        var result: [SwapCandidate] = []
        for (judged, item) in ranked.enumerated() where result.count < limit && judged < checkLimit {
            let candidate = make(item.cycle)
            let violations = Checker.check(schedule: candidate.schedule, scenario: scenario, history: history).violations
            if violations.allSatisfy({ before.contains($0.message) }) { result.append(candidate) }
        }
        return result
    }

    /// Whether `name` could take `slot` at all: a different week from their own, not away then,
    /// and holding no other role that week. (The checker judges the rest.)
    private func can(_ name: String, take slot: Slot) -> Bool {
        guard let week = schedule.weeks.first(where: { $0.week == slot.week }), !week.oncall.values.contains(name) else { return false }
        guard let person = scenario.person(named: name) else { return false }
        return !person.isAway(during: scenario.period.dates(ofWeek: slot.week))
    }

    /// How each person's count of each role moves when each slot's person hands it to the previous
    /// slot's person (the first slot goes to the second's person, …, the last to the first's).
    private func moves(_ cycle: [Slot]) -> [SwapCandidate.Move] {
        cycle.indices.map { i in
            let taker = cycle[(i + 1) % cycle.count].person
            return SwapCandidate.Move(person: taker, week: cycle[i].week, role: cycle[i].role, from: cycle[i].person)
        }
    }

    /// Largest and total deviation moves, people involved, distance in weeks, then weeks.
    private func rank(_ cycle: [Slot]) -> [Double] {
        let (largest, total) = deviationMoves(moves(cycle))
        let distance = cycle.dropFirst().reduce(0) { $0 + abs($1.week - cycle[0].week) }
        return [largest, total, Double(cycle.count), Double(distance)] + cycle.map { Double($0.week) }
    }

    /// A person's deviation from fair share moves exactly as their count of the role does.
    private func deviationMoves(_ moves: [SwapCandidate.Move]) -> (largest: Double, total: Double) {
        var delta: [String: [Role: Int]] = [:]
        for move in moves {
            delta[move.person, default: [:]][move.role, default: 0] += 1
            delta[move.from, default: [:]][move.role, default: 0] -= 1
        }
        let values = delta.values.flatMap(\.values).map { Double(abs($0)) }
        return (values.max() ?? 0, values.reduce(0, +))
    }

    /// The schedule with the cycle's moves made; with `holiday-cover: week-owner` a holiday's cover
    /// follows its week's primary.
    private func make(_ cycle: [Slot]) -> SwapCandidate {
        let moves = moves(cycle)
        var after = schedule
        for move in moves {
            guard let w = after.weeks.firstIndex(where: { $0.week == move.week }) else { continue }
            after.weeks[w].oncall[move.role] = move.person
            guard scenario.rules.holidayCover == .weekOwner, move.role == .primary else { continue }
            let dates = DayRange(after.weeks[w].start, after.weeks[w].end)
            for h in after.holidays.indices where dates.contains(after.holidays[h].date) { after.holidays[h].cover = move.person }
        }
        var diff = ScheduleDiff(before: schedule, after: after, scenario: scenario)
        for i in diff.changes.indices {
            diff.changes[i].cause = .swap
            diff.changes[i].reason = "swap"
        }
        let (largest, total) = deviationMoves(moves)
        return SwapCandidate(
            kind: cycle.count == 2 ? .direct : .cycle, moves: moves, schedule: after, diff: diff, largestDeviationMove: largest, totalDeviationMove: total)
    }
}
