import MIP

/// The integer program for a scenario: PRODUCT.md's invariants as constraints and its fairness
/// goals as a lexicographic objective. `docs/Formulation.md` gives the mathematics and the
/// reasons for each choice.
///
/// Build one with ``init(_:)``, solve ``model`` with any ``MIP`` solver, then ``decode(_:)`` the
/// solution into a ``Schedule``.
public struct Formulation: Sendable {
    public let input: PlanningInput
    public private(set) var model: Model

    /// `onCall[p][w-1][r]`: person `p` holds role `r` in week `w`; `nil` when `p` is away.
    public private(set) var onCall: [[[Variable?]]] = []
    /// `cover[p][h]`: person `p` covers holiday `h`; `nil` when `p` is away that day.
    public private(set) var cover: [[Variable?]] = []
    /// `owner[l][k][p]`: person `p` is owner `k` (0 primary, 1 secondary) of pipeline `l`;
    /// empty for an owner the scenario fixes.
    public private(set) var owner: [[[Variable]]] = []

    /// The objective levels, in order.
    public enum Level: String, CaseIterable, Sendable {
        case maxDeviation = "max_deviation"
        case totalDeviation = "total_deviation"
        case holidaySpread = "holiday_spread"
        /// Only with history: covering a holiday again (last year's cover counts most).
        case repeatCovers = "repeat_covers"
        /// Only when repairing a baseline: assignments that differ from it.
        case changes = "changes"
        case tieBreak = "tie_break"
    }

    public let baseline: Baseline?

    /// Rule groups that can be switched off, to find which ones conflict when no plan exists.
    public enum RuleGroup: String, CaseIterable, Sendable {
        case rest
        case load
        case holidayCover = "holiday-cover"
        case holidays
        case ownership
        case pipelineCoverage = "pipeline-coverage"
    }

    /// Rule groups left out of this program (only for diagnosing infeasibility).
    public let relaxed: Set<RuleGroup>

    /// The two independent parts of the program. No rule links the weekly rotation (with its
    /// holiday covers) to pipeline ownership, and the objective adds up over them, so each can be
    /// solved alone: two smaller programs are far easier for branch-and-bound than their union.
    public enum Part: Sendable, Hashable, CaseIterable {
        /// Weekly roles, holiday covers, loads, holiday spread.
        case rotation
        /// Open pipeline owners, their balance and pipeline coverage.
        case ownership
    }

    /// The parts this program holds.
    public let parts: Set<Part>

    /// Builds the integer program.
    /// - Parameters:
    ///   - input: the scenario and history, digested.
    ///   - baseline: a schedule to repair with as few changes as possible, or `nil` to plan afresh.
    /// - Complexity: O(people × weeks × roles + people × holidays + people × pipelines × weeks).
    public init(
        _ input: PlanningInput, baseline: Baseline? = nil, relaxing relaxed: Set<RuleGroup> = [], parts: Set<Part> = Set(Part.allCases)
    ) {
        self.input = input
        self.baseline = baseline
        self.relaxed = relaxed
        self.parts = parts
        self.model = Model(name: parts.count == 1 ? (parts.first == .rotation ? "rotation" : "ownership") : "rota")
        if parts.contains(.rotation) {
            addRotation()
            addHolidayCovers()
        }
        if parts.contains(.ownership) {
            addOwnership()
            // Alone, the ownership program starts from an assignment built by two flows when it is
            // feasible: GLPK's own search can take minutes to find any (see docs/Formulation.md).
            if parts == [.ownership] && relaxed.isEmpty {
                var start = OwnershipStart(input: input, owner: owner, variableCount: model.variableCount)
                if let baseline {
                    let names = input.people.map(\.name)
                    start.preferred = input.scenario.pipelines.map { pipeline in
                        let owners = baseline.owners(of: pipeline.name)
                        return (owners.flatMap { names.firstIndex(of: $0.primary) }, owners.flatMap { names.firstIndex(of: $0.secondary) })
                    }
                }
                model.startingValues = start.values()
            }
        }
        if let baseline { changes = addBaseline(baseline) }
        addObjective()
    }

    // MARK: - Names

    private func personName(_ p: Int) -> String { input.people[p].name }
    private func holidayName(_ h: Int) -> String { "\(input.holidays[h].name) \(input.holidays[h].date.iso)" }

    // MARK: - Weekly rotation

    private var deviations: [Variable] = []
    /// `weekCounts[p][r]`: weeks of role r held by person p in the period.
    public private(set) var weekCounts: [[Variable]] = []
    private var maxDeviation: Variable?

    private mutating func addRotation() {
        let people = input.people.indices
        let roles = input.roles
        let weeks = input.weeks

        // x[p][w][r], absent (fixed 0) when away: availability.
        onCall = people.map { p in
            (1...weeks).map { w in
                roles.map { role -> Variable? in
                    input.awayInWeek[p][w - 1] ? nil : model.addVariable("oncall[\(personName(p)),w\(w),\(role.rawValue)]", kind: .binary)
                }
            }
        }

        // Rest across the boundary with history: weeks too close to the person's last on-call week.
        let gap = relaxed.contains(.rest) ? 1 : input.scenario.rules.minGapWeeks
        for p in people {
            guard let since = input.history.weeksSinceOnCall[personName(p)] else { continue }
            // History week at distance `since` before week 1 is week 1 - since; week w is w + since - 1 later.
            for w in 1...weeks where w + since - 1 < gap {
                for variable in onCall[p][w - 1].compactMap({ $0 }) { model.fix(variable, to: 0) }
            }
        }

        // Coverage: exactly one person per week and role.
        for w in 1...weeks {
            for (r, role) in roles.enumerated() {
                let holders = people.compactMap { onCall[$0][w - 1][r] }
                model.add("coverage[w\(w),\(role.rawValue)]", LinearExpression(sum: holders) == 1)
            }
        }

        // Rest and distinct: in every window of `gap` consecutive weeks a person holds at most one
        // role-week. With gap 1 the window is one week, which is the distinct rule.
        let windowStarts = weeks >= gap ? Array(1...(weeks - gap + 1)) : [1]
        for p in people {
            for start in windowStarts {
                let end = min(start + gap - 1, weeks)
                let terms = (start...end).flatMap { onCall[p][$0 - 1].compactMap { $0 } }
                guard terms.count > 1 else { continue }
                model.add("rest[\(personName(p)),w\(start)]", LinearExpression(sum: terms) <= 1)
            }
        }

        // Load: weeks per role within one week of the fair share (floor…ceil), and the deviation.
        weekCounts = Array(repeating: [], count: input.people.count)
        let maxDeviation = model.addVariable("max_deviation", kind: .continuous, lowerBound: 0)
        self.maxDeviation = maxDeviation
        for p in people {
            for (r, role) in roles.enumerated() {
                let share = input.shares[p][r]
                let allowed = relaxed.contains(.load) ? 0...weeks : share.allowedInPeriod
                let count = model.addVariable(
                    "weeks[\(personName(p)),\(role.rawValue)]", kind: .integer,
                    lowerBound: Double(allowed.lowerBound), upperBound: Double(allowed.upperBound))
                weekCounts[p].append(count)
                let held = LinearExpression(sum: (1...weeks).compactMap { onCall[p][$0 - 1][r] })
                model.add("count[\(personName(p)),\(role.rawValue)]", held - count == 0)
                // |count + history - share| is exact, and linear, on the two whole counts the bounds
                // allow: frac at floor(share), 1 - frac at ceil(share). Interpolating between them
                // gives the LP relaxation the true deviation instead of a V-shaped bound.
                let deviation = model.addVariable("deviation[\(personName(p)),\(role.rawValue)]", kind: .continuous, lowerBound: 0)
                let floorTotal = Double(share.allowedTotal.lowerBound)
                let fraction = share.share - floorTotal
                let slope = share.allowedTotal.lowerBound == share.allowedTotal.upperBound ? 0 : 1 - 2 * fraction
                let atFloor = Double(allowed.lowerBound)
                if relaxed.contains(.load) {
                    let total = LinearExpression(count) + Double(share.historyWeeks)
                    model.add("over_share[\(personName(p)),\(role.rawValue)]", LinearExpression(deviation) >= total - share.share)
                    model.add("under_share[\(personName(p)),\(role.rawValue)]", LinearExpression(deviation) >= LinearExpression(constant: share.share) - total)
                } else {
                    model.add(
                        "deviation[\(personName(p)),\(role.rawValue)]",
                        LinearExpression(deviation) - slope * LinearExpression(count) == abs(fraction) - slope * atFloor)
                }
                model.add("max_deviation[\(personName(p)),\(role.rawValue)]", LinearExpression(maxDeviation) >= LinearExpression(deviation))
                deviations.append(deviation)
            }
        }
        if !relaxed.contains(.load) { addDeviationBounds(maxDeviation) }
    }

    /// Where the frozen weeks of a repair leave person `p`'s count of role `r`: +1 when they already
    /// hold more than the floor of their share (so they sit at the ceiling), −1 when the frozen
    /// weeks plus every open week they are free cannot reach the ceiling (so they sit at the
    /// floor), 0 when either is possible or when planning afresh.
    private func forcedCount(person p: Int, role r: Int) -> Int {
        guard let baseline, baseline.firstOpenWeek > 1 else { return 0 }
        let allowed = input.shares[p][r].allowedInPeriod
        guard allowed.lowerBound < allowed.upperBound else { return 0 }
        let role = input.roles[r]
        let name = personName(p)
        let frozenWeeks = 1..<min(baseline.firstOpenWeek, input.weeks + 1)
        let frozen = frozenWeeks.filter { baseline.holder(week: $0, role: role) == name }.count
        let open = (baseline.firstOpenWeek...max(baseline.firstOpenWeek, input.weeks)).filter { w in
            w <= input.weeks && onCall[p][w - 1][r] != nil
        }.count
        if frozen > allowed.lowerBound { return 1 }
        if frozen + open < allowed.upperBound { return -1 }
        return 0
    }

    /// Valid lower bounds on the deviation levels, which the LP relaxation cannot see.
    ///
    /// Per role, every count is floor or ceil of its share and the counts add up to the role's
    /// weeks, so exactly `k = Σ share − Σ floor` people sit at the ceiling. Ignoring every other
    /// rule, the best choice for both the largest and the total deviation is to put the `k` people
    /// with the largest fractional shares there (an exchange argument). That choice's figures bound
    /// any plan from below; with them GLPK proves optimality as soon as it finds a plan that
    /// meets them, instead of branching over which interchangeable people get the extra week.
    private mutating func addDeviationBounds(_ maxDeviation: Variable) {
        var largestBound = 0.0
        var totalBound = 0.0
        for r in input.roles.indices {
            let shares = input.people.indices.map { input.shares[$0][r] }
            let fractions = shares.map { $0.share - Double($0.allowedTotal.lowerBound) }
            let atCeiling = Int((shares.reduce(0) { $0 + $1.share } - shares.reduce(0) { $0 + Double($1.allowedTotal.lowerBound) }).rounded())
            // Largest fraction first; among equal fractions, the people available most weeks. When
            // repairing, the frozen weeks already put some people at their ceiling, and leave others
            // too few open weeks to reach it: those go first and last whatever their fractions.
            let available = input.people.indices.map { p in input.awayInWeek[p].filter { !$0 }.count }
            let forced = input.people.indices.map { p in forcedCount(person: p, role: r) }
            let order = fractions.indices.sorted { a, b in
                if forced[a] != forced[b] { return forced[a] > forced[b] }
                if abs(fractions[a] - fractions[b]) > 1e-9 { return fractions[a] > fractions[b] }
                if available[a] != available[b] { return available[a] > available[b] }
                return a < b
            }
            for (rank, p) in order.enumerated() {
                let whole = shares[p].allowedTotal.lowerBound == shares[p].allowedTotal.upperBound
                let deviation = whole ? 0 : (rank < atCeiling ? 1 - fractions[p] : fractions[p])
                largestBound = max(largestBound, deviation)
                totalBound += deviation
                // The first plan tries exactly these counts: when a plan has them, both deviation
                // levels are proven optimal at once.
                let target = shares[p].allowedTotal.lowerBound + (!whole && rank < atCeiling ? 1 : 0) - shares[p].historyWeeks
                model.seedFixings.append((weekCounts[p][r], Double(target)))
            }
        }
        model.add("max_deviation_bound", LinearExpression(maxDeviation) >= largestBound - 1e-9)
        model.add("total_deviation_bound", LinearExpression(sum: deviations) >= totalBound - 1e-9)
    }

    // MARK: - Holiday covers

    private var holidaySpread: LinearExpression?
    private var repeatCovers: LinearExpression?

    private mutating func addHolidayCovers() {
        let people = input.people.indices
        let holidays = input.holidays
        guard !holidays.isEmpty else { return }
        cover = people.map { p in
            holidays.indices.map { h -> Variable? in
                input.awayOnHoliday[p][h] ? nil : model.addVariable("cover[\(personName(p)),\(holidayName(h))]", kind: .binary)
            }
        }
        let primary = input.roles.firstIndex(of: .primary)!
        for h in holidays.indices {
            let covers = people.compactMap { cover[$0][h] }
            model.add("holiday[\(holidayName(h))]", LinearExpression(sum: covers) == 1)
            let w = holidays[h].week
            for p in people where !relaxed.contains(.holidayCover) {
                guard let c = cover[p][h] else { continue }
                let roleVariables = onCall[p][w - 1].compactMap { $0 }
                switch input.scenario.rules.holidayCover {
                case .notWeekOwner:
                    if !roleVariables.isEmpty {
                        model.add("not_week_owner[\(personName(p)),\(holidayName(h))]", LinearExpression(c) + LinearExpression(sum: roleVariables) <= 1)
                    }
                case .weekOwner:
                    if let x = onCall[p][w - 1][primary] {
                        model.add("week_owner[\(personName(p)),\(holidayName(h))]", LinearExpression(c) - x == 0)
                    } else {
                        model.fix(c, to: 0)
                    }
                case .anyone:
                    break
                }
            }
        }
        // Weighted holiday counts (history included) differ by at most the largest single weight.
        let largestWeight = holidays.map(\.weight).max() ?? 1
        // With whole weights the counts are whole, so the busiest person carries at least
        // ceil(total / N) and the least busy at most floor(total / N): bounds the LP relaxation
        // cannot see on its own, and without which proving the spread optimal takes minutes.
        let historyWeights = input.people.map { input.history.holidayWeight[$0.name] ?? 0 }
        let whole = (holidays.map(\.weight) + historyWeights).allSatisfy { $0 == $0.rounded() }
        // The spread is over the people on the team for the whole period: someone who joins or
        // leaves part-way cannot be held to a full year's holidays. Those full members carry at
        // least their history plus every holiday nobody else can cover, and at most their history
        // plus every holiday; and a holiday only they can cover puts its whole weight on one of them.
        let period = input.scenario.period
        let fullMembers = people.filter { input.people[$0].isMember(during: period.days) }
        let partMembers = people.filter { !input.people[$0].isMember(during: period.days) }
        let onlyFull = holidays.indices.filter { h in partMembers.allSatisfy { cover[$0][h] == nil } }
        let fullHistory = fullMembers.reduce(0) { $0 + historyWeights[$1] }
        let carriedAtLeast = fullHistory + onlyFull.reduce(0) { $0 + holidays[$1].weight }
        let carriedAtMost = fullHistory + holidays.reduce(0) { $0 + $1.weight }
        let bounded = !fullMembers.isEmpty && !relaxed.contains(.holidays)
        let share = (low: carriedAtLeast / Double(max(fullMembers.count, 1)), high: carriedAtMost / Double(max(fullMembers.count, 1)))
        let heaviest = onlyFull.map { holidays[$0].weight }.max() ?? 0
        let most = model.addVariable(
            "holiday_most", kind: whole ? .integer : .continuous,
            lowerBound: bounded ? max(whole ? share.low.rounded(.up) : share.low, heaviest) : 0)
        let least = model.addVariable(
            "holiday_least", kind: whole ? .integer : .continuous, lowerBound: 0,
            upperBound: bounded ? (whole ? share.high.rounded(.down) : share.high) : nil)
        for p in fullMembers {
            var weight = LinearExpression(constant: input.history.holidayWeight[personName(p)] ?? 0)
            for h in holidays.indices {
                if let c = cover[p][h] { weight.add(c, coefficient: holidays[h].weight) }
            }
            model.add("holiday_most[\(personName(p))]", LinearExpression(most) >= weight)
            model.add("holiday_least[\(personName(p))]", LinearExpression(least) <= weight)
        }
        if !relaxed.contains(.holidays) { model.add("holiday_spread", most - least <= largestWeight) }
        holidaySpread = most - least

        // Rotation across years: last year's cover of a holiday costs 1 to repeat, earlier covers
        // 0.1 each, so nobody covers the same holiday two years running when someone else can,
        // and over more years the major holidays go round.
        var repeats = LinearExpression()
        for (h, holiday) in holidays.enumerated() {
            let last = input.history.lastCover[holiday.name]
            for p in people {
                guard let c = cover[p][h] else { continue }
                let name = personName(p)
                let earlier = input.history.coverCounts[holiday.name]?[name] ?? 0
                let cost = (name == last ? 1.0 : 0) + 0.1 * Double(name == last ? earlier - 1 : earlier)
                if cost > 0 { repeats.add(c, coefficient: cost) }
            }
        }
        if !repeats.coefficients.isEmpty { repeatCovers = repeats }
    }

    // MARK: - Pipeline ownership

    private mutating func addOwnership() {
        let scenario = input.scenario
        let people = input.people.indices
        let names = input.people.map(\.name)
        guard !scenario.pipelines.isEmpty else { return }

        owner = scenario.pipelines.enumerated().map { l, pipeline in
            [pipeline.primary, pipeline.secondary].enumerated().map { k, fixed -> [Variable] in
                guard fixed == nil else { return [] }
                let slot = k == 0 ? "primary" : "secondary"
                return people.map { p in
                    let owner = model.addVariable("owner[\(pipeline.name),\(slot),\(names[p])]", kind: .binary)
                    // Someone leaving during the period cannot take on a pipeline.
                    if let leaves = input.people[p].leaves, leaves <= scenario.period.end { model.fix(owner, to: 0) }
                    return owner
                }
            }
        }

        /// Owner k of pipeline l being person p, as an expression (a constant for fixed owners).
        func owns(_ l: Int, _ k: Int, _ p: Int) -> LinearExpression {
            if owner[l][k].isEmpty {
                let fixed = k == 0 ? scenario.pipelines[l].primary : scenario.pipelines[l].secondary
                return LinearExpression(constant: fixed == names[p] ? 1 : 0)
            }
            return LinearExpression(owner[l][k][p])
        }

        for (l, pipeline) in scenario.pipelines.enumerated() {
            for k in 0..<2 where !owner[l][k].isEmpty {
                model.add("owner[\(pipeline.name),\(k == 0 ? "primary" : "secondary")]", LinearExpression(sum: owner[l][k]) == 1)
            }
            if !owner[l][0].isEmpty || !owner[l][1].isEmpty {
                for p in people {
                    let both = owns(l, 0, p) + owns(l, 1, p)
                    if !both.coefficients.isEmpty {
                        model.add("distinct_owners[\(pipeline.name),\(names[p])]", both <= 1)
                    }
                }
            }
        }

        // Balance: counts differ by at most one ⇔ each count is floor(n/N) or ceil(n/N).
        if scenario.balancesOwners && !relaxed.contains(.ownership) {
            let groups: [(String, Int, (Int) -> Bool)] = [
                ("primary_owners", 0, { _ in true }),
                ("secondary_owners", 1, { _ in true }),
                ("investor_primaries", 0, { scenario.pipelines[$0].investors }),
            ]
            // Over the people who can own pipelines: someone leaving during the period cannot.
            let eligible = OwnershipStart.eligible(input)
            for (name, k, included) in groups {
                let pipelines = scenario.pipelines.indices.filter(included)
                guard !pipelines.isEmpty, !eligible.isEmpty else { continue }
                let low = Double(pipelines.count / eligible.count)
                let high = Double((pipelines.count + eligible.count - 1) / eligible.count)
                for p in eligible {
                    var count = LinearExpression()
                    for l in pipelines { count += owns(l, k, p) }
                    guard !count.coefficients.isEmpty else { continue }
                    model.add("\(name)_min[\(names[p])]", count >= low)
                    model.add("\(name)_max[\(names[p])]", count <= high)
                }
            }
        }

        // Pipeline coverage: every week, an owner of every pipeline is not away. A pipeline has
        // exactly two different owners, so "an owner is at work" is "at most one owner is among
        // the people away": Σ over the away set A of (primary + secondary indicators) ≤ 1. That
        // row is sparse (|A| people, not the |P| − |A| at work) and a clique, which the LP
        // relaxation likes. Only the maximal away sets need rows (a subset's row is implied),
        // and sets of one person are implied by distinct owners.
        guard scenario.rules.pipelineCoverage && !relaxed.contains(.pipelineCoverage) else { return }
        var sets: [(week: Int, away: Set<Int>)] = []
        for w in 1...input.weeks {
            let away = Set(people.filter { input.awayInWeek[$0][w - 1] })
            guard away.count >= 2, !sets.contains(where: { away.isSubset(of: $0.away) }) else { continue }
            sets.removeAll { $0.away.isSubset(of: away) }
            sets.append((w, away))
        }
        for (w, away) in sets.sorted(by: { $0.week < $1.week }) {
            for (l, pipeline) in scenario.pipelines.enumerated() {
                var atHome = LinearExpression()
                for p in away.sorted() { atHome += owns(l, 0, p) + owns(l, 1, p) }
                guard !atHome.coefficients.isEmpty else { continue }
                model.add("pipeline_coverage[\(pipeline.name),w\(w)]", atHome <= 1)
            }
        }
    }

    // MARK: - Repairing a baseline

    private var changes: LinearExpression?
    /// Frozen or pinned assignments the new situation makes impossible (someone now away).
    public private(set) var impossibleFixes: [Conflict] = []

    /// Freezes the past, forces the pins, and returns the number of changed assignments.
    private mutating func addBaseline(_ baseline: Baseline) -> LinearExpression {
        let names = input.people.map(\.name)
        var changed = LinearExpression()
        let period = input.scenario.period
        for w in 1...input.weeks where parts.contains(.rotation) {
            for (r, role) in input.roles.enumerated() {
                let original = baseline.holder(week: w, role: role).flatMap { names.firstIndex(of: $0) }
                if let original {
                    if let x = onCall[original][w - 1][r] {
                        changed += LinearExpression(constant: 1) - x
                    } else {
                        changed += LinearExpression(constant: 1)
                    }
                }
                guard w < baseline.firstOpenWeek else { continue }
                for p in input.people.indices {
                    guard let x = onCall[p][w - 1][r] else { continue }
                    model.fix(x, to: p == original ? 1 : 0)
                }
                if let original, onCall[original][w - 1][r] == nil {
                    impossibleFixes.append(
                        Conflict(
                            rule: "availability",
                            message:
                                "week \(w) (\(period.dates(ofWeek: w).first.iso)) is before the first week that may change, and \(names[original]) now cannot hold it",
                            suggestion: "move --from earlier"))
                }
            }
        }
        for (h, holiday) in input.holidays.enumerated() where parts.contains(.rotation) {
            guard let original = baseline.cover(of: holiday).flatMap({ names.firstIndex(of: $0) }) else { continue }
            if h < (cover.first?.count ?? 0), let c = cover[original][h] {
                changed += LinearExpression(constant: 1) - c
                if holiday.week < baseline.firstOpenWeek {
                    for p in input.people.indices { if let v = cover[p][h] { model.fix(v, to: p == original ? 1 : 0) } }
                }
            } else {
                changed += LinearExpression(constant: 1)
            }
        }
        for (l, pipeline) in input.scenario.pipelines.enumerated() where parts.contains(.ownership) && l < owner.count {
            guard let owners = baseline.owners(of: pipeline.name) else { continue }
            for (k, name) in [owners.primary, owners.secondary].enumerated() where !owner[l][k].isEmpty {
                if let p = names.firstIndex(of: name) {
                    changed += LinearExpression(constant: 1) - owner[l][k][p]
                } else {
                    changed += LinearExpression(constant: 1)
                }
            }
        }
        let primary = input.roles.firstIndex(of: .primary)!
        for pin in baseline.pins where parts.contains(.rotation) {
            guard let p = names.firstIndex(of: pin.person), (1...input.weeks).contains(pin.week) else { continue }
            if let x = onCall[p][pin.week - 1][primary] {
                model.fix(x, to: 1)
            } else {
                impossibleFixes.append(
                    Conflict(rule: "availability", message: "\(pin.person) is pinned to week \(pin.week) but cannot hold it (away or not on the team)"))
            }
        }
        return changed
    }

    // MARK: - Objective

    private mutating func addObjective() {
        if let maxDeviation {
            model.minimize(Level.maxDeviation.rawValue, LinearExpression(maxDeviation), tolerance: 1e-6)
            model.minimize(Level.totalDeviation.rawValue, LinearExpression(sum: deviations), tolerance: 1e-6)
        }
        if let holidaySpread {
            model.minimize(Level.holidaySpread.rawValue, holidaySpread, tolerance: 1e-6)
        }
        let preference = tieBreak()
        if let repeatCovers {
            model.minimize(Level.repeatCovers.rawValue, repeatCovers, tolerance: 1e-6)
        }
        if let changes {
            model.minimize(Level.changes.rawValue, changes, tolerance: 1e-6)
        }
        model.minimize(Level.tieBreak.rawValue, preference)
        // The first plan prefers the round-robin and an even holiday spread; GLPK finds it in
        // milliseconds, and every level then starts from it (see docs/Formulation.md).
        var seed = preference
        if let changes { seed = changes }
        if let holidaySpread { seed.add(holidaySpread, factor: Double(input.people.count * input.roles.count)) }
        model.seedObjective = seed
    }

    /// A deterministic preference among equally fair plans: the round-robin in the scenario's
    /// order (week w's primary is person w mod N, the secondary half the team further on), holiday
    /// covers rotated the same way. It costs how far each assignment is from that order, so with
    /// nobody away the plan is exactly the round-robin.
    ///
    /// Pipeline owners have no such preference: any balanced, covered assignment is as good, and
    /// a preference among them made GLPK spend minutes proving an order nobody asked for (100
    /// pipelines × 50 people: over 60 s without closing the gap). GLPK is deterministic, so the
    /// same scenario still gives the same owners.
    private func tieBreak() -> LinearExpression {
        let count = input.people.count
        var expression = LinearExpression()
        for p in input.people.indices where parts.contains(.rotation) {
            for w in 1...input.weeks {
                for (r, _) in input.roles.enumerated() {
                    guard let x = onCall[p][w - 1][r] else { continue }
                    let ideal = (w - 1 + r * max(1, count / 2)) % count
                    let distance = (p - ideal + count) % count
                    if distance > 0 { expression.add(x, coefficient: Double(distance)) }
                }
            }
            for h in input.holidays.indices {
                guard h < (cover.first?.count ?? 0), let c = cover[p][h] else { continue }
                let distance = (p - h % count + count) % count
                if distance > 0 { expression.add(c, coefficient: Double(distance)) }
            }
        }
        return expression
    }

    // MARK: - Decoding

    /// Turns a solver's values into a schedule.
    public func decode(_ solution: Solution) -> Schedule {
        let scenario = input.scenario
        let period = scenario.period
        let names = input.people.map(\.name)
        let weeks = (1...input.weeks).map { w in
            var oncall: [Role: String] = [:]
            for (r, role) in input.roles.enumerated() where parts.contains(.rotation) {
                if let p = input.people.indices.first(where: { onCall[$0][w - 1][r].map(solution.isSet) ?? false }) {
                    oncall[role] = names[p]
                }
            }
            let dates = period.dates(ofWeek: w)
            return ScheduledWeek(week: w, start: dates.first, end: dates.last, oncall: oncall)
        }
        let holidays = input.holidays.enumerated().map { h, holiday in
            let p = input.people.indices.first { h < (cover.first?.count ?? 0) && (cover[$0][h].map(solution.isSet) ?? false) }
            return HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: p.map { names[$0] } ?? "")
        }
        let pipelines = scenario.pipelines.enumerated().map { l, pipeline in
            func resolve(_ k: Int, fixed: String?) -> String {
                if let fixed { return fixed }
                guard l < owner.count else { return "" }
                return owner[l][k].firstIndex(where: solution.isSet).map { names[$0] } ?? ""
            }
            return PipelineOwners(
                name: pipeline.name, investors: pipeline.investors,
                primary: resolve(0, fixed: pipeline.primary), secondary: resolve(1, fixed: pipeline.secondary))
        }
        let people = input.people.map { ScheduledPerson(name: $0.name, capacity: $0.capacity, away: $0.away, joins: $0.joins, leaves: $0.leaves) }
        return Schedule(team: scenario.team, period: period, people: people, weeks: weeks, holidays: holidays, pipelines: pipelines)
    }
}
