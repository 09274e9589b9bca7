import Foundation

/// An objective level (`part: level`, as the solver names it) in the words of the person waiting:
/// what is being done, what a value means, what is left to prove. The level names are
/// `Formulation.Level`'s raw values (the formulation sits above schedules, so they are spelled
/// out here; `PlanProgressTests` checks every level has its words).
public struct LevelWording: Sendable {
    let part: String
    let level: String

    public init(levelName: String) {
        let pieces = levelName.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        part = pieces.count == 2 ? pieces[0] : ""
        level = pieces.last ?? levelName
    }

    private var owners: Bool { part == "ownership" }

    /// What the search is doing: "repairing pipeline owners".
    public var activity: String {
        switch level {
        case "max_deviation", "total_deviation": "evening out the load"
        case "holiday_spread": "spreading the holidays"
        case "repeat_covers": "rotating holiday covers across years"
        case "changes": owners ? "repairing pipeline owners" : "repairing the rotation"
        case "tie_break": owners ? "settling pipeline owners" : "keeping close to the round-robin"
        default: owners ? "assigning pipeline owners" : "planning the rotation"
        }
    }

    /// A value of the level: "2 changes", "largest deviation 0.9 weeks".
    public func amount(_ value: Double) -> String {
        let number = Numbers.twoDecimals(value)
        switch level {
        case "max_deviation": return "\(number) weeks"
        case "total_deviation": return "\(number) weeks"
        case "changes":
            let count = Int(value.rounded())
            return "\(count) change" + (count == 1 ? "" : "s")
        default: return number
        }
    }

    /// "2 changes found".
    public func found(_ value: Double) -> String {
        switch level {
        case "max_deviation": "largest deviation from fair share \(amount(value)) found"
        case "total_deviation": "total deviation from fair share \(amount(value)) found"
        case "holiday_spread": "holiday spread \(amount(value)) found"
        case "repeat_covers": "repeated covers costing \(amount(value)) found"
        case "changes": "\(amount(value)) found"
        case "tie_break": "distance \(amount(value)) found"
        default: "a plan found"
        }
    }

    /// What is left to prove once a value is in hand.
    public var proving: String {
        switch level {
        case "changes": "proving no plan needs fewer"
        case "max_deviation", "total_deviation", "holiday_spread":
            "proving no plan is fairer"
        case "repeat_covers": "proving no plan repeats less"
        case "tie_break": "proving no plan is closer"
        default: "improving it"
        }
    }

    /// What the search does before it has a value.
    public var searching: String {
        level == "changes" ? "looking for a first repair" : "looking for a first plan"
    }
}
