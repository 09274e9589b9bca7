/// A plan: who is on call each week in each role, who covers each holiday, who owns each pipeline.
///
/// This is the `rota.schedule/1` document of PRODUCT.md as plain data. `rota plan` makes one;
/// `rota check` judges one, wherever it came from (JSON, CSV, iCalendar).
public struct Schedule: Sendable, Equatable {
    public static let formatIdentifier = "rota.schedule/1"

    public var team: String
    public var period: Period
    public var people: [ScheduledPerson]
    public var weeks: [ScheduledWeek]
    public var holidays: [HolidayCover]
    public var pipelines: [PipelineOwners]
    /// How the plan was made, when a solver made it.
    public var solver: SolverSummary?

    public init(
        team: String, period: Period, people: [ScheduledPerson], weeks: [ScheduledWeek],
        holidays: [HolidayCover], pipelines: [PipelineOwners], solver: SolverSummary? = nil
    ) {
        self.team = team
        self.period = period
        self.people = people
        self.weeks = weeks
        self.holidays = holidays
        self.pipelines = pipelines
        self.solver = solver
    }

    /// The roles that appear in the schedule, in role order.
    public var roles: [Role] {
        Role.allCases.filter { role in weeks.contains { $0.oncall[role] != nil } }
    }
}

/// A person as the schedule records them.
public struct ScheduledPerson: Sendable, Equatable {
    public var name: String
    public var capacity: Double
    /// Away dates known when the schedule was made (carried so that `check` can judge it later).
    public var away: [DayRange]
    /// First day on the team, when the person joined during the period.
    public var joins: Day?
    /// First day off the team, when the person left during the period.
    public var leaves: Day?

    public init(name: String, capacity: Double = 1, away: [DayRange] = [], joins: Day? = nil, leaves: Day? = nil) {
        self.name = name
        self.capacity = capacity
        self.away = away
        self.joins = joins
        self.leaves = leaves
    }
}

/// One week of the rotation.
public struct ScheduledWeek: Sendable, Equatable {
    /// 1-based week number within the period.
    public var week: Int
    public var start: Day
    public var end: Day
    /// The person holding each role that week.
    public var oncall: [Role: String]
    /// How many times each role's calendar event has changed since it was first written
    /// (iCalendar `SEQUENCE`); a role missing here is at 0.
    public var sequence: [Role: Int]

    public init(week: Int, start: Day, end: Day, oncall: [Role: String], sequence: [Role: Int] = [:]) {
        self.week = week
        self.start = start
        self.end = end
        self.oncall = oncall
        self.sequence = sequence
    }
}

/// Who covers one holiday.
public struct HolidayCover: Sendable, Equatable {
    public var name: String
    public var date: Day
    public var weight: Double
    public var cover: String
    /// How many times the holiday's calendar event has changed since it was first written
    /// (iCalendar `SEQUENCE`).
    public var sequence: Int

    public init(name: String, date: Day, weight: Double, cover: String, sequence: Int = 0) {
        self.name = name
        self.date = date
        self.weight = weight
        self.cover = cover
        self.sequence = sequence
    }
}

/// The two owners of one pipeline.
public struct PipelineOwners: Sendable, Equatable {
    public var name: String
    public var investors: Bool
    public var primary: String
    public var secondary: String

    public init(name: String, investors: Bool, primary: String, secondary: String) {
        self.name = name
        self.investors = investors
        self.primary = primary
        self.secondary = secondary
    }
}

/// How the solver ended.
public struct SolverSummary: Sendable, Equatable {
    /// `optimal`, `feasible`, …
    public var status: String
    /// The first objective level: the largest deviation from fair share.
    public var objective: Double
    /// The best proven bound on it.
    public var bound: Double
    /// Wall-clock seconds; left out of JSON unless asked for, so that output is deterministic.
    public var seconds: Double?
    /// Why the search stopped before proving optimality: "time limit", "gap", "interrupted".
    public var stopped: String?

    /// The level the search stopped in when it was not the first (`ownership: changes`), with the
    /// value found there and its proven bound; not written to JSON.
    public var stoppedLevel: (name: String, value: Double, bound: Double)? {
        get { stoppedLevelName.map { ($0, stoppedLevelValue, stoppedLevelBound) } }
        set {
            stoppedLevelName = newValue?.name
            stoppedLevelValue = newValue?.value ?? 0
            stoppedLevelBound = newValue?.bound ?? 0
        }
    }
    private var stoppedLevelName: String?
    private var stoppedLevelValue = 0.0
    private var stoppedLevelBound = 0.0

    public init(status: String, objective: Double, bound: Double, seconds: Double? = nil, stopped: String? = nil) {
        self.status = status
        self.objective = objective
        self.bound = bound
        self.seconds = seconds
        self.stopped = stopped
    }

    /// "optimal", or "feasible, within 3.2% of the bound (time limit)"; when the search stopped
    /// in a later level than the first, the gap is that level's and the level is said in words:
    /// "feasible, within 33.3% of the bound (time limit) while repairing pipeline owners: 3 changes
    /// found, proven bound 2 changes".
    public var label: String {
        if status == "optimal" { return "optimal" }
        let (value, best) = stoppedLevel.map { ($0.value, $0.bound) } ?? (objective, bound)
        let gap = abs(value - best) / max(abs(value), 1e-9) * 100
        let within = abs(value - best) < 1e-9 ? "at the bound" : "within \((gap * 10).rounded() / 10)% of the bound"
        var text = "\(status), \(within)" + (stopped.map { " (\($0))" } ?? "")
        if let level = stoppedLevel {
            let wording = LevelWording(levelName: level.name)
            text += " while \(wording.activity): \(wording.found(level.value))"
            if level.bound < level.value - 1e-9 { text += ", proven bound \(wording.amount(level.bound))" }
        }
        return text
    }
}
