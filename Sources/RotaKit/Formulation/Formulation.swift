import MIP

/// The integer program for a scenario: PRODUCT.md's invariants as constraints and its fairness
/// goals as a lexicographic objective. `docs/Formulation.md` gives the mathematics and the
/// reasons for each choice.
///
/// Build one with ``init(_:)``, solve ``model`` with any ``MIP`` solver, then ``decode(_:)`` the
/// solution into a ``Schedule``.
public struct Formulation: Sendable {
    public let input: PlanningInput
    public internal(set) var model: Model

    /// `onCall[p][w-1][r]`: person `p` holds role `r` in week `w`; `nil` when `p` is away.
    public internal(set) var onCall: [[[Variable?]]] = []
    /// `cover[p][h]`: person `p` covers holiday `h`; `nil` when `p` is away that day.
    public internal(set) var cover: [[Variable?]] = []
    /// `owner[l][k][p]`: person `p` is owner `k` (0 primary, 1 secondary) of pipeline `l`;
    /// empty for an owner the scenario fixes.
    public internal(set) var owner: [[[Variable]]] = []

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

    /// Relaxable rules (``Rule/relaxable``) left out of this program, only for diagnosing
    /// infeasibility: each function that adds a rule's rows checks `relaxed.contains(rule)`.
    public let relaxed: Set<Rule>

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
        _ input: PlanningInput, baseline: Baseline? = nil, relaxing relaxed: Set<Rule> = [], parts: Set<Part> = Set(Part.allCases)
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
        if let baseline {
            changes = addBaseline(baseline)
            addExclusions(baseline.excluded)
        }
        addObjective()
    }

    // MARK: - State shared by the parts of the program

    /// `weekCounts[p][r]`: weeks of role r held by person p in the period.
    public internal(set) var weekCounts: [[Variable]] = []
    /// Frozen or pinned assignments the new situation makes impossible (someone now away).
    public internal(set) var impossibleFixes: [Conflict] = []
    /// Each person's deviation from their fair share, per role (load).
    var deviations: [Variable] = []
    /// The largest deviation (load).
    var maxDeviation: Variable?
    /// The largest minus the smallest weighted holiday count (holidays).
    var holidaySpread: LinearExpression?
    /// The common divisor of fractional holiday weights (history included), which the spread is
    /// a multiple of; `nil` for whole weights (the spread's variables are then integer).
    var holidaySpreadStep: Double?
    /// The cost of covering a holiday again (holidays, with history).
    var repeatCovers: LinearExpression?
    /// The number of changed assignments (repair).
    var changes: LinearExpression?

    // MARK: - Names

    /// The name rows and variables use for person `p`.
    func personName(_ p: Int) -> String { input.people[p].name }
    /// The name rows and variables use for holiday `h`: `Memorial Day 2027-05-31`.
    func holidayName(_ h: Int) -> String { "\(input.holidays[h].name) \(input.holidays[h].date.iso)" }
}
