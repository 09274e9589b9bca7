import MIP

/// Repairs a schedule after a change (someone away, leaving, joining, a pinned week): every
/// invariant and the best fairness the new situation allows first, then the fewest changed
/// assignments, with nothing before the first open week touched.
public struct Repair: Sendable {
    /// What a repair produced.
    public struct Result: Sendable {
        /// The scenario with the changes applied.
        public var scenario: Scenario
        public var schedule: Schedule
        public var diff: ScheduleDiff
        /// Weeks before this one were frozen.
        public var firstOpenWeek: Int
        /// Largest deviation from fair share, before (under the new situation) and after.
        public var largestDeviationBefore: Double
        public var largestDeviationAfter: Double
        /// The fixed owners replaced because both were away together (`--reassign-owners`).
        public var reassignment: OwnerReassignment? = nil
    }

    public var options: SolveOptions

    public init(options: SolveOptions = SolveOptions()) {
        self.options = options
    }

    /// Applies `changes` to `scenario`.
    /// - Throws: ``InputErrors`` for unknown people, people who join twice, weeks outside the period.
    public static func apply(_ changes: [WhatIfChange], to scenario: Scenario) throws(InputErrors) -> Scenario {
        var result = scenario
        result.ownerBalanceOverride = scenario.balancesOwners
        var problems: [InputProblem] = []
        func index(of name: String, flag: String) -> Int? {
            if let index = result.people.firstIndex(where: { $0.name == name }) { return index }
            problems.append(
                InputProblem(
                    file: "--\(flag)", field: name, message: "\"\(name)\" is not in the team",
                    hint: Suggestion.hint(for: name, among: result.people.map(\.name))))
            return nil
        }
        for change in changes {
            switch change {
            case .away(let name, let dates):
                if let p = index(of: name, flag: "away") { result.people[p].away.append(dates) }
            case .leaves(let name, let date):
                guard let p = index(of: name, flag: "leaves") else { continue }
                result.people[p].leaves = date
                for l in result.pipelines.indices {
                    if result.pipelines[l].primary == name { result.pipelines[l].primary = nil }
                    if result.pipelines[l].secondary == name { result.pipelines[l].secondary = nil }
                }
            case .joins(let name, let date, let capacity):
                if result.people.contains(where: { $0.name == name }) {
                    problems.append(InputProblem(file: "--joins", field: name, message: "\"\(name)\" is already in the team"))
                    continue
                }
                result.people.append(Person(name: name, capacity: capacity, joins: date))
            case .swap(let week, let name):
                _ = index(of: name, flag: "swap")
                if !scenario.period.weekNumbers.contains(week) {
                    problems.append(InputProblem(file: "--swap", field: "\(week)", message: "week \(week) is outside the period (1–\(scenario.period.weeks))"))
                }
            }
        }
        if !problems.isEmpty { throw InputErrors(problems) }
        return result
    }

    /// The first open week: the week of `from` when given (weeks starting before it are frozen),
    /// else the week of the earliest change; past the last week when there are no changes.
    public static func firstOpenWeek(changes: [WhatIfChange], from: Day?, period: Period) -> Int {
        if let from {
            let offset = period.start.days(to: from)
            return min(max(1, (offset + 6) / 7 + 1), period.weeks + 1)
        }
        guard let earliest = changes.map({ $0.firstDate(in: period) }).min() else { return period.weeks + 1 }
        return min(max(1, period.week(containing: earliest) ?? (earliest < period.start ? 1 : period.weeks + 1)), period.weeks + 1)
    }

    /// Repairs `schedule`, planned for `scenario`, after `changes`.
    /// - Parameter reassignOwners: when the changes leave a pipeline's two fixed owners away in
    ///   the same week, replace them as ``OwnerReassignment/propose(for:)`` says (else that is a
    ///   pipeline-coverage conflict).
    /// - Throws: ``InputErrors`` for changes that name unknown people; ``PlanningError`` when the
    ///   new situation has no plan.
    public func repair(
        schedule: Schedule, scenario: Scenario, changes: [WhatIfChange], from: Day? = nil, history: HistorySummary = HistorySummary(),
        reassignOwners: Bool = false
    ) throws -> Result {
        try repair(schedule: schedule, scenario: scenario, changes: changes, from: from, history: history, reassignOwners: reassignOwners, excluding: [])
    }

    /// ``repair(schedule:scenario:changes:from:history:reassignOwners:)``, never repeating the
    /// changes of an `excluded` repair (each part of the plan finds its next-best repair).
    func repair(
        schedule: Schedule, scenario: Scenario, changes: [WhatIfChange], from: Day?, history: HistorySummary, reassignOwners: Bool,
        excluding excluded: [RepairChangeSet]
    ) throws -> Result {
        var changed = try Repair.apply(changes, to: scenario)
        let reassignment = reassignOwners ? OwnerReassignment.propose(for: changed) : nil
        if let reassignment { changed = reassignment.apply(to: changed) }
        let firstOpen = Repair.firstOpenWeek(changes: changes, from: from, period: scenario.period)
        let input = PlanningInput(scenario: changed, history: history)
        let before = Repair.largestDeviation(of: schedule, input: input)
        if changes.isEmpty {
            return Result(
                scenario: changed, schedule: schedule, diff: ScheduleDiff(before: schedule, after: schedule, scenario: changed),
                firstOpenWeek: firstOpen, largestDeviationBefore: before, largestDeviationAfter: before)
        }
        let pins = changes.compactMap { change -> (week: Int, person: String)? in
            if case .swap(let week, let person) = change { return (week, person) }
            return nil
        }
        let conflicts = FeasibilityCheck.conflicts(in: input)
        if !conflicts.isEmpty { throw PlanningError.infeasible(conflicts) }
        let planner = Planner(options: options)
        let baseline = Baseline(schedule: schedule, firstOpenWeek: firstOpen, pins: pins, excluded: excluded)
        let outcome = Swift.Result<Schedule, PlanningError> { () throws(PlanningError) -> Schedule in try planner.solve(input, baseline: baseline) }
        let repaired: Schedule
        switch outcome {
        case .success(let solved):
            // Calendars that hold the plan take the changed events: their SEQUENCE rises.
            repaired = solved.sequenced(after: schedule)
        case .failure(.infeasible(var conflicts)) where firstOpen > 1 && !conflicts.contains(where: { $0.rule == .rule(.availability) }):
            conflicts.append(
                Conflict(
                    .frozenWeeks, message: "weeks 1–\(firstOpen - 1) are kept as they are", suggestion: "move --from earlier so that more weeks may change"))
            throw PlanningError.infeasible(conflicts)
        case .failure(let error):
            throw error
        }
        return Result(
            scenario: changed, schedule: repaired, diff: ScheduleDiff(before: schedule, after: repaired, scenario: changed, pins: pins),
            firstOpenWeek: firstOpen, largestDeviationBefore: before, largestDeviationAfter: Repair.largestDeviation(of: repaired, input: input),
            reassignment: reassignment)
    }

    /// The largest deviation of any person's weeks per role (history included) from the fair share.
    static func largestDeviation(of schedule: Schedule, input: PlanningInput) -> Double {
        var largest = 0.0
        for (p, person) in input.people.enumerated() {
            for (r, role) in input.roles.enumerated() {
                let held = schedule.weeks.filter { $0.oncall[role] == person.name }.count + input.shares[p][r].historyWeeks
                largest = max(largest, abs(Double(held) - input.shares[p][r].share))
            }
        }
        return largest
    }
}
