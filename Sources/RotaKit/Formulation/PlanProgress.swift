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
