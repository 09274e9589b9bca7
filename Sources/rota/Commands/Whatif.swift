import ArgumentParser
import Foundation
import RotaKit

extension Rota {
    /// `rota whatif SCENARIO SCHEDULE --away NAME:FROM..TO …`: repair a plan with as few changes as possible.
    struct Whatif: ParsableCommand, WritesFormats {
        static let configuration = CommandConfiguration(
            commandName: "whatif",
            abstract: "Repair a plan after a change (someone away, leaving, joining), changing as little as possible.",
            discussion: """
                Fairness comes first, then the fewest changed assignments. Nothing before --from \
                (default: the week of the earliest change) changes. The terminal shows the diff; \
                -o writes the repaired schedule (JSON unless --format or the file's extension says \
                otherwise), whose away dates `rota check` can judge later; for an HTML page, write \
                JSON and run `rota report REPAIRED.json --format html`.

                Each change says why (away, left, joined, both owners away, pinned, rebalanced). A \
                schedule names one pair of owners per pipeline, so an owner change holds from week 1 \
                for the whole period. When fixed owners of a pipeline end up away in the same week, \
                whatif proposes the smallest reassignment; --reassign-owners applies it.

                Examples:
                  rota whatif team.yaml plan.json --away Bob:2027-07-19..2027-08-01
                  rota whatif team.yaml plan.json --leaves David:2027-07-05 -o repaired.json
                  rota whatif team.yaml plan.json --away Bob:2027-07-19..2027-08-01 --alternatives 3
                  rota whatif team.yaml plan.json --away Alice:2027-07-19..2027-08-01 --away Bob:2027-07-26..2027-08-08 --reassign-owners
                """)

        @Argument(help: "The scenario file the schedule was planned for.")
        var scenario: String

        @Argument(help: "The schedule to repair (rota.schedule/1 JSON).")
        var schedule: String

        @Option(name: .long, help: ArgumentHelp("NAME:FROM..TO or NAME:DATE — the person is away (repeatable).", valueName: "change"))
        var away: [String] = []

        @Option(name: .long, help: ArgumentHelp("NAME:DATE — the person leaves the team from that date (repeatable).", valueName: "change"))
        var leaves: [String] = []

        @Option(name: .long, help: ArgumentHelp("NAME:DATE[:CAPACITY] — a new person joins from that date (repeatable).", valueName: "change"))
        var joins: [String] = []

        @Option(name: .long, help: ArgumentHelp("WEEK:NAME — pin the person as primary that week (repeatable).", valueName: "change"))
        var swap: [String] = []

        @Option(name: .long, help: "Nothing before this date may change (default: the week of the earliest change).")
        var from: String?

        @OptionGroup var history: HistoryOptions

        @Option(name: .long, help: "How the diff is printed: text or json.")
        var diffFormat: DiffFormat = .text

        @OptionGroup var output: OutputOptions<Whatif>

        @OptionGroup var feed: PersonFeedOptions

        @Option(
            name: .long,
            help: "Stop after this many seconds and keep the best repair found, labelled with its gap to the proven bound (a large number waits longer).")
        var timeLimit: Double = 60

        @Option(
            name: .long,
            help: ArgumentHelp(
                "List the K best distinct repairs (fairest first, then fewest changes), each with its diff, its effect on fairness and who would have to agree; -o writes the best.",
                valueName: "K"))
        var alternatives: Int?

        @Flag(
            name: .long,
            help: "When the change leaves both fixed owners of a pipeline away in the same week, replace one of them (for the whole period) as proposed.")
        var reassignOwners = false

        static let formats: [OutputFormat] = [.json, .table, .csv, .md, .ics] + OutputFormat.pagingTools
        static let formatHelp = "Format of the repaired schedule (default json; for an HTML page: rota report REPAIRED.json --format html)."

        /// Why `format` is refused (`file` asked for it by its extension), pointing to `rota report` for HTML.
        static func refusal(_ format: OutputFormat, file: String? = nil) -> String {
            var message =
                "whatif writes json, table, csv, md, ics, pagerduty, opsgenie or terraform"
                + (file.map { "; \($0) asks for \(format.rawValue)" } ?? ", not \(format.rawValue)")
            if format == .html {
                message += ". For an HTML page with charts, write the repaired schedule as JSON and run: rota report REPAIRED.json --format html"
            }
            return message
        }

        func validate() throws {
            if let alternatives, !(1...20).contains(alternatives) { throw ValidationError("--alternatives must be between 1 and 20") }
            if let format = output.format, !Self.formats.contains(format) { throw ValidationError(Self.refusal(format)) }
        }

        enum DiffFormat: String, ExpressibleByArgument {
            case text
            case json
        }

        func run() throws {
            var changes: [WhatIfChange] = []
            for (flag, values) in [("away", away), ("leaves", leaves), ("joins", joins), ("swap", swap)] {
                for value in values { changes.append(try WhatIfChange.parse(flag: flag, value)) }
            }
            var fromDay: Day?
            if let from {
                guard let day = Day(iso: from) else { throw CommandFailure.badInput("rota: --from \"\(from)\" is not a date (YYYY-MM-DD)") }
                fromDay = day
            }
            let loaded = try ScenarioLoading.load(scenario, extraHistory: history.files)
            Terminal.printProblems(loaded.warnings)
            let original = try ScheduleReader.load(path: schedule, scenario: loaded.scenario)
            try ScheduleMatch.require(original, matches: loaded.scenario, file: schedule)

            let result: Repair.Result
            var found: [Repair.Alternative] = []
            do {
                let repair = Repair(options: .interactive(timeLimit: timeLimit))
                if let alternatives {
                    found = try repair.alternatives(
                        alternatives, schedule: original, scenario: loaded.scenario, changes: changes, from: fromDay, history: loaded.input.history,
                        reassignOwners: reassignOwners)
                    result = found[0].result
                } else {
                    result = try repair.repair(
                        schedule: original, scenario: loaded.scenario, changes: changes, from: fromDay, history: loaded.input.history,
                        reassignOwners: reassignOwners)
                }
            } catch let error as PlanningError {
                var failure = PlanningFailure.exit(error, scenario: scenario)
                if !reassignOwners, let proposal = OwnerReassignment.propose(for: try Repair.apply(changes, to: loaded.scenario)) {
                    failure.message += "\n" + Self.proposalText(proposal)
                }
                throw failure
            }

            if let solver = result.schedule.solver, solver.status != "optimal" {
                Terminal.printError("rota: warning: the repair is \(solver.label); not proven optimal")
            }
            // The warnings `rota check` gives for the repaired plan go with every output.
            let written = ScheduleOutput(schedule: result.schedule, scenario: result.scenario, history: loaded.history)
            let summary =
                (alternatives.map { Self.alternativesText(found, asked: $0, changes: changes) } ?? summaryText(result, changes: changes))
                + written.warnings.tableSection
            if output.output != nil || output.format != nil {
                let format = try output.resolvedFormat(default: .json)
                guard Self.formats.contains(format) else { throw CommandFailure.badInput("rota: " + Self.refusal(format, file: output.output)) }
                let person = try feed.personFeed(in: result.schedule, format: format)
                if format.isPagingTool {
                    try output.emitPaging(try written.pagingExport(as: format), inputs: [scenario, schedule] + history.files)
                } else {
                    let text = try written.rendered(as: format, person: person)
                    try output.emit(text, inputs: [scenario, schedule] + history.files)
                }
                // With -o the summary goes to stderr, once; stdout carries only a JSON diff asked for.
                if output.output == nil {
                    for line in written.warningsOutside(format) { Terminal.printError(line) }
                    return
                }
                Terminal.printError(summary)
                if diffFormat == .text { return }
            }
            switch diffFormat {
            case .text: Terminal.write(summary)
            case .json where alternatives != nil:
                Terminal.write(Self.alternativesJSON(found).rendered())
            case .json:
                let value = JSONValue.object([
                    ("changes", .number(Double(result.diff.changes.count))),
                    ("first_open_week", .number(Double(result.firstOpenWeek))),
                    ("largest_deviation_before", .number(result.largestDeviationBefore)),
                    ("largest_deviation_after", .number(result.largestDeviationAfter)),
                    ("diff", result.diff.jsonValue),
                ])
                Terminal.write(value.rendered())
            }
        }

        /// The smallest owner reassignment that clears the conflict, and how to apply it.
        static func proposalText(_ proposal: OwnerReassignment) -> String {
            var lines = ["The smallest reassignment of owners that clears this:"]
            lines += proposal.lines.map { "  \($0)" }
            lines.append("Run again with --reassign-owners to apply it and repair the plan.")
            return lines.joined(separator: "\n")
        }

        private func summaryText(_ result: Repair.Result, changes: [WhatIfChange]) -> String {
            var lines = Self.heading(result, changes: changes)
            if result.diff.changes.isEmpty {
                lines.append("The schedule stays as it is.")
            } else {
                let count = result.diff.changes.count
                lines.append("\(count) assignment\(count == 1 ? "" : "s") change\(count == 1 ? "s" : "") (\(Self.kept(result))):")
                lines += result.diff.lines.map { "  \($0)" }
            }
            lines.append(
                String(
                    format: "Largest deviation from fair share: %.2f → %.2f weeks", result.largestDeviationBefore, result.largestDeviationAfter))
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
