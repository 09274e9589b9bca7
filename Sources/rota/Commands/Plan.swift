import ArgumentParser
import Foundation
import RotaKit

extension Rota {
    /// `rota plan SCENARIO`: an optimal, fair plan for the period.
    struct Plan: ParsableCommand, WritesFormats {
        static let configuration = CommandConfiguration(
            abstract: "Plan the period: weekly rotation, holiday covers and pipeline owners, proven fair.",
            discussion: """
                Writes the plan as a table, rota.schedule/1 JSON, CSV, Markdown (the team's document) \
                or iCalendar; for an HTML page with charts, save the plan as JSON and run \
                `rota report PLAN.json --format html`. Exit status: 0 a plan; 1 no plan satisfies \
                the rules (the conflicts are named); 2 bad input or usage.

                Examples:
                  rota plan team.yaml
                  rota plan team.yaml -o plan.json --history plans/2026.json
                  rota plan team.yaml -o alice.ics --person Alice
                """)

        @Argument(help: "The scenario file (YAML or JSON).")
        var scenario: String

        @OptionGroup var output: OutputOptions<Plan>

        @OptionGroup var feed: PersonFeedOptions

        @OptionGroup var history: HistoryOptions

        @Option(
            name: .long,
            help: "Stop after this many seconds and keep the best plan found, labelled with its gap to the proven bound (a large number waits longer).")
        var timeLimit: Double = 60

        @Option(name: .long, help: "Stop when the plan is within this many percent of the best possible.")
        var gap: Double?

        @Flag(name: .long, help: "Include the solver's wall-clock seconds in JSON (makes output differ run to run).")
        var timings = false

        static let formats: [OutputFormat] = [.table, .json, .csv, .md, .ics] + OutputFormat.pagingTools
        static let formatHelp = "Output format (for an HTML page: rota report PLAN.json --format html)."

        /// Why `format` is refused (`file` asked for it by its extension), pointing to `rota report` for HTML.
        static func refusal(_ format: OutputFormat, file: String? = nil) -> String {
            var message =
                "plan writes table, json, csv, md, ics, pagerduty, opsgenie or terraform"
                + (file.map { "; \($0) asks for \(format.rawValue)" } ?? ", not \(format.rawValue)")
            if format == .html { message += ". For an HTML page with charts, save the plan as JSON and run: rota report PLAN.json --format html" }
            return message
        }

        func validate() throws {
            if !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
            if let gap, !(gap >= 0 && gap < 100) { throw ValidationError("--gap must be a percentage from 0 to 100") }
            if let format = output.format, !Self.formats.contains(format) { throw ValidationError(Self.refusal(format)) }
        }

        func run() throws {
            let format = try output.resolvedFormat()
            guard Self.formats.contains(format) else {
                throw CommandFailure.badInput("rota: " + Self.refusal(format, file: output.output))
            }
            let loaded = try ScenarioLoading.load(scenario, extraHistory: history.files)
            Terminal.printProblems(loaded.warnings)
            let schedule: Schedule
            do {
                schedule = try Planner(options: .interactive(timeLimit: timeLimit, relativeGap: (gap ?? 0) / 100)).plan(loaded.input)
            } catch {
                throw PlanningFailure.exit(error, scenario: scenario)
            }
            if let solver = schedule.solver, solver.status != "optimal" {
                Terminal.printError("rota: warning: the plan is \(solver.label); not proven optimal")
            }
            let person = try feed.personFeed(in: schedule, format: format)
            let written = ScheduleOutput(schedule: schedule, scenario: loaded.scenario, history: loaded.history)
            if format.isPagingTool {
                let export = try written.pagingExport(as: format)
                for line in written.warningsOutside(format) { Terminal.printError(line) }
                return try output.emitPaging(export, inputs: [scenario] + history.files)
            }
            let text = try written.rendered(as: format, includeTimings: timings, person: person)
            for line in written.warningsOutside(format) { Terminal.printError(line) }
            try output.emit(text, inputs: [scenario] + history.files)
        }
    }
}
