import Foundation
import RotaKit

/// The words and data of `rota whatif`: the heading every summary starts with, and the list of
/// `--alternatives`.
extension Rota.Whatif {
    /// `What if: …`, and the owners `--reassign-owners` replaced.
    static func heading(_ result: Repair.Result, changes: [WhatIfChange]) -> [String] {
        let what = changes.isEmpty ? "no changes" : changes.map(\.description).joined(separator: "; ")
        var lines = ["What if: \(what)"]
        if let reassignment = result.reassignment {
            lines.append("Owners reassigned (--reassign-owners); for rota check to agree, write them in the scenario's pipelines:")
            lines += reassignment.scenarioLines(in: result.scenario).map { "  \($0)" }
        }
        return lines
    }

    /// `weeks before 29 kept`, and that owners hold for the whole period when they change.
    static func kept(_ result: Repair.Result) -> String {
        "weeks before \(result.firstOpenWeek) kept" + (result.diff.changesOwners ? "; owners are for the whole period" : "")
    }

    /// The repairs, best first, each with its fairness, the people who would have to agree and its diff.
    static func alternativesText(_ found: [Repair.Alternative], asked: Int, changes: [WhatIfChange]) -> String {
        guard let best = found.first else { return "" }
        var lines = heading(best.result, changes: changes)
        if best.result.diff.changes.isEmpty {
            lines.append("The schedule stays as it is.")
            return lines.joined(separator: "\n") + "\n"
        }
        let count = found.count == asked ? "\(found.count) repairs" : "\(found.count) of the \(asked) repairs asked for (no other is as good or any good)"
        lines.append("\(found.count == 1 ? "1 repair" : count), best first (\(kept(best.result))):")
        for (rank, alternative) in found.enumerated() {
            let diff = alternative.result.diff
            let (before, after) = (alternative.before, alternative.after)
            var fairness = String(
                format: "largest deviation from fair share %.2f → %.2f weeks, total %.2f → %.2f", before.largestDeviation, after.largestDeviation,
                before.totalDeviation, after.totalDeviation)
            if !alternative.result.schedule.holidays.isEmpty {
                fairness += ", holiday spread \(String(format: "%g", before.holidaySpread)) → \(String(format: "%g", after.holidaySpread))"
            }
            lines.append("")
            lines.append("\(rank + 1). \(diff.changes.count) change\(diff.changes.count == 1 ? "" : "s"); \(fairness)")
            lines.append("   to agree: \(alternative.people.joined(separator: ", "))")
            lines += diff.lines.map { "   \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"first_open_week", "alternatives": [{"rank", "changes", deviations before and after, "people", "diff"}]}`.
    static func alternativesJSON(_ found: [Repair.Alternative]) -> JSONValue {
        .object([
            ("first_open_week", .number(Double(found.first?.result.firstOpenWeek ?? 0))),
            (
                "alternatives",
                .array(
                    found.enumerated().map { rank, alternative in
                        .object([
                            ("rank", .number(Double(rank + 1))),
                            ("changes", .number(Double(alternative.result.diff.changes.count))),
                            ("largest_deviation_before", .number(alternative.before.largestDeviation)),
                            ("largest_deviation_after", .number(alternative.after.largestDeviation)),
                            ("total_deviation_before", .number(alternative.before.totalDeviation)),
                            ("total_deviation_after", .number(alternative.after.totalDeviation)),
                            ("holiday_spread_before", .number(alternative.before.holidaySpread)),
                            ("holiday_spread_after", .number(alternative.after.holidaySpread)),
                            ("people", .array(alternative.people.map { .string($0) })),
                            ("diff", alternative.result.diff.jsonValue),
                        ])
                    })
            ),
        ])
    }
}
