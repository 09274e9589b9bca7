import Foundation

/// A snapshot of a running search, for showing progress.
public struct PlanProgress: Sendable {
    /// The part and objective level being searched, e.g. `rotation: max_deviation`.
    public var levelName: String
    /// The best objective value found so far at this level, if any.
    public var incumbent: Double?
    /// The best proven bound at this level, if known.
    public var bound: Double?
    /// Seconds since the search of this part started.
    public var elapsedSeconds: Double

    public init(levelName: String, incumbent: Double?, bound: Double?, elapsedSeconds: Double) {
        self.levelName = levelName
        self.incumbent = incumbent
        self.bound = bound
        self.elapsedSeconds = elapsedSeconds
    }

    /// The progress in words, e.g. "repairing pipeline owners: 2 changes found, proving no plan
    /// needs fewer (14.5 s)".
    public var sentence: String {
        let level = LevelWording(levelName: levelName)
        var text = level.activity + ": "
        if let incumbent {
            text += level.found(incumbent) + ", " + level.proving
        } else {
            text += level.searching
        }
        var notes: [String] = []
        if let incumbent, let bound, bound < incumbent - 1e-9 { notes.append("at least \(level.amount(bound)) so far") }
        notes.append(String(format: "%.1f s", elapsedSeconds))
        return text + " (" + notes.joined(separator: ", ") + ")"
    }
}

/// An objective level (`part: level`, as the solver names it) in the words of the person waiting:
/// what is being done, what a value means, what is left to prove.
struct LevelWording {
    let part: String
    let level: String

    init(levelName: String) {
        let pieces = levelName.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        part = pieces.count == 2 ? pieces[0] : ""
        level = pieces.last ?? levelName
    }

    private var owners: Bool { part == "ownership" }

    /// What the search is doing: "repairing pipeline owners".
    var activity: String {
        switch level {
        case Formulation.Level.maxDeviation.rawValue, Formulation.Level.totalDeviation.rawValue: "evening out the load"
        case Formulation.Level.holidaySpread.rawValue: "spreading the holidays"
        case Formulation.Level.repeatCovers.rawValue: "rotating holiday covers across years"
        case Formulation.Level.changes.rawValue: owners ? "repairing pipeline owners" : "repairing the rotation"
        case Formulation.Level.tieBreak.rawValue: owners ? "settling pipeline owners" : "keeping close to the round-robin"
        default: owners ? "assigning pipeline owners" : "planning the rotation"
        }
    }

    /// A value of the level: "2 changes", "largest deviation 0.9 weeks".
    func amount(_ value: Double) -> String {
        let number = Numbers.twoDecimals(value)
        switch level {
        case Formulation.Level.maxDeviation.rawValue: return "\(number) weeks"
        case Formulation.Level.totalDeviation.rawValue: return "\(number) weeks"
        case Formulation.Level.changes.rawValue:
            let count = Int(value.rounded())
            return "\(count) change" + (count == 1 ? "" : "s")
        default: return number
        }
    }

    /// "2 changes found".
    func found(_ value: Double) -> String {
        switch level {
        case Formulation.Level.maxDeviation.rawValue: "largest deviation from fair share \(amount(value)) found"
        case Formulation.Level.totalDeviation.rawValue: "total deviation from fair share \(amount(value)) found"
        case Formulation.Level.holidaySpread.rawValue: "holiday spread \(amount(value)) found"
        case Formulation.Level.repeatCovers.rawValue: "repeated covers costing \(amount(value)) found"
        case Formulation.Level.changes.rawValue: "\(amount(value)) found"
        case Formulation.Level.tieBreak.rawValue: "distance \(amount(value)) found"
        default: "a plan found"
        }
    }

    /// What is left to prove once a value is in hand.
    var proving: String {
        switch level {
        case Formulation.Level.changes.rawValue: "proving no plan needs fewer"
        case Formulation.Level.maxDeviation.rawValue, Formulation.Level.totalDeviation.rawValue, Formulation.Level.holidaySpread.rawValue:
            "proving no plan is fairer"
        case Formulation.Level.repeatCovers.rawValue: "proving no plan repeats less"
        case Formulation.Level.tieBreak.rawValue: "proving no plan is closer"
        default: "improving it"
        }
    }

    /// What the search does before it has a value.
    var searching: String {
        level == Formulation.Level.changes.rawValue ? "looking for a first repair" : "looking for a first plan"
    }
}
