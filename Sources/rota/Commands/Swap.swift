import ArgumentParser
import Foundation
import RotaKit

extension Rota {
    /// `rota swap SCENARIO SCHEDULE --person NAME --shift WEEK`: who could take a person's on-call week.
    struct Swap: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List who could take a person's on-call week: direct swaps and cycles of three that keep every invariant.",
            discussion: """
                Each candidate is a direct swap (B takes the week, the person takes one of B's) or a \
                cycle of three (B takes it, C takes B's week, the person takes C's), judged by the same \
                checker as `rota check`: it adds no violation. Best first: the least movement of anyone's \
                deviation from fair share, then fewer people, then weeks closer to the one given up. \
                Each comes with its diff and the people who would have to agree.

                Examples:
                  rota swap team.yaml plan.json --person Alice --shift 10
                  rota swap team.yaml plan.json --person Alice --shift 10 --limit 3 --format json
                """)

        @Argument(help: "The scenario file the schedule was planned for.")
        var scenario: String

        @Argument(help: "The schedule (rota.schedule JSON, CSV or iCalendar).")
        var schedule: String

        @Option(name: .long, help: "Who wants to give up the week.")
        var person: String

        @Option(name: .long, help: ArgumentHelp("The week (its number in the period) the person is on call and wants taken.", valueName: "week"))
        var shift: Int

        @Option(name: .long, help: "The rotation of the shift; a scenario with rules.roles has one weekly rotation, called weekly.")
        var rotation: String?

        @Option(name: .long, help: "At most this many candidates (default 10).")
        var limit: Int = 10

        @Option(name: .long, help: "text or json.")
        var format: SwapFormat = .text

        @OptionGroup var history: HistoryOptions

        enum SwapFormat: String, ExpressibleByArgument {
            case text
            case json
        }

        func validate() throws {
            if let rotation, rotation != "weekly" {
                throw ValidationError(
                    "--rotation \(rotation): this scenario has one weekly rotation (rules.roles), called weekly; scenarios with several rotations are not read yet"
                )
            }
            if limit < 1 { throw ValidationError("--limit must be at least 1") }
        }

        func run() throws {
            let loaded = try ScenarioLoading.load(scenario, extraHistory: history.files)
            Terminal.printProblems(loaded.warnings)
            let (plan, notes) = try ScheduleReader.read(path: schedule, scenario: loaded.scenario)
            for note in notes { Terminal.printError("\(schedule): note: \(note)") }
            try ScheduleMatch.require(plan, matches: loaded.scenario, file: schedule)
            // A repaired plan is judged for the team as the repair left it, as `rota check` does.
            let recorded = RecordedChanges(schedule: plan, scenario: loaded.scenario)
            let search = SwapSearch(schedule: plan, scenario: recorded.scenario, history: loaded.history)
            let found = try search.candidates(person: person, week: shift, limit: limit)
            let role = plan.weeks.first { $0.week == shift }?.oncall.first { $0.value == person }?.key ?? .primary
            switch format {
            case .json:
                let value = JSONValue.object([
                    ("person", .string(person)), ("week", .number(Double(shift))), ("role", .string(role.rawValue)),
                    ("candidates", .array(found.enumerated().map { rank, candidate in Self.ranked(rank + 1, candidate.jsonValue) })),
                ])
                Terminal.write(value.rendered())
            case .text:
                Terminal.write(Self.text(found, person: person, week: shift, role: role, period: plan.period))
            }
        }

        /// The candidate's JSON with its rank first.
        static func ranked(_ rank: Int, _ value: JSONValue) -> JSONValue {
            guard case .object(let members) = value else { return value }
            return .object([("rank", .number(Double(rank)))] + members)
        }

        static func text(_ found: [SwapCandidate], person: String, week: Int, role: Role, period: Period) -> String {
            let dates = period.dates(ofWeek: week)
            let roleText = role == .primary ? "" : " (\(role.rawValue))"
            var lines = ["Who could take \(person)'s week \(week)\(roleText), \(dates.first.iso) – \(dates.last.iso):"]
            if found.isEmpty {
                lines.append("Nobody: no direct swap or cycle of three keeps every invariant.")
            }
            for (rank, candidate) in found.enumerated() {
                let moved =
                    candidate.largestDeviationMove == 0
                    ? "nobody's deviation from fair share moves"
                    : String(
                        format: "deviations from fair share move by up to %g week%@", candidate.largestDeviationMove,
                        candidate.largestDeviationMove == 1 ? "" : "s")
                lines.append("")
                lines.append(
                    "\(rank + 1). \(candidate.kind == .direct ? "Direct swap" : "Cycle of three"): \(moved); to agree: \(candidate.people.joined(separator: ", "))"
                )
                lines += candidate.diff.lines.map { "   \($0)" }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
