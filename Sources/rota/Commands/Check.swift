import ArgumentParser
import Foundation
import RotaKit

extension Rota {
    /// `rota check SCENARIO SCHEDULE`: every invariant, pass or fail with reasons, and the fairness metrics.
    struct Check: ParsableCommand, WritesFormats {
        static let configuration = CommandConfiguration(
            abstract: "Judge a schedule (JSON, CSV or iCalendar) against a scenario: every invariant, risks, fairness metrics.",
            discussion: """
                Exit status: 0 every invariant holds; 1 the schedule breaks at least one; 2 bad input or usage. \
                Warnings (risks, imbalance the scenario itself fixed) never fail the check.

                The schedule may come from anywhere: a plan Rota wrote (rota.schedule JSON), a \
                spreadsheet saved as CSV (week,start,role,person, or a column per role; other \
                headers mapped with --columns, dates like 1/4/2027 read with --month-first or \
                --day-first), an iCalendar (.ics) export of a paging tool or shared calendar, \
                whose people are matched by email or name, or a saved PagerDuty (GET \
                /schedules/{id}, GET /oncalls) or Opsgenie (schedule timeline) response, whose \
                people are matched by id, then email, then name.

                Examples:
                  rota check team.yaml plan.json
                  rota check team.yaml spreadsheet.csv --format json
                  rota check team.yaml sheet.csv --columns "week=Week Starting,primary=On Call" --month-first
                  rota check team.yaml pagerduty-export.ics --history plans/2026.json
                  rota check team.yaml oncalls.json
                """)

        @Argument(help: "The scenario file (YAML or JSON).")
        var scenario: String

        @Argument(help: "The schedule to judge: rota.schedule JSON, CSV, or iCalendar (.ics).")
        var schedule: String

        @OptionGroup var history: HistoryOptions

        @OptionGroup var output: OutputOptions<Check>

        @OptionGroup var spreadsheet: SpreadsheetOptions

        static let formats: [OutputFormat] = [.table, .json, .md]

        func validate() throws {
            if let format = output.format, !Self.formats.contains(format) {
                throw ValidationError("check writes table, json or md, not \(format.rawValue)")
            }
        }

        func run() throws {
            let format = try output.resolvedFormat()
            guard Self.formats.contains(format) else {
                throw CommandFailure.badInput("rota: check writes table, json or md; \(output.output ?? "") asks for \(format.rawValue)")
            }
            let loaded = try ScenarioLoading.load(scenario, extraHistory: history.files)
            Terminal.printProblems(loaded.warnings)
            let historyPaths = loaded.historyPaths
            let earlier = loaded.history
            let (judged, notes) = try ScheduleReader.read(path: schedule, scenario: loaded.scenario, csv: try spreadsheet.importOptions())
            for note in notes { Terminal.printError("\(schedule): note: \(note)") }
            // A repaired plan is judged for the team as the repair left it.
            let recorded = RecordedChanges(schedule: judged, scenario: loaded.scenario)
            if !recorded.notes.isEmpty {
                Terminal.printError("\(schedule): note: judged with the changes it records beyond \(scenario): \(recorded.notes.joined(separator: "; "))")
            }
            let result = Checker.check(schedule: judged, scenario: recorded.scenario, history: earlier)
            let text =
                switch format {
                case .json: result.json()
                case .md: result.markdown(schedule: schedule, scenario: scenario)
                default: result.table(schedule: schedule, scenario: scenario)
                }
            try output.emit(text, inputs: [scenario, schedule] + historyPaths)
            if !result.ok { throw ExitCode(1) }
        }
    }
}
