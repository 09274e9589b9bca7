import ArgumentParser
import Foundation
import RotaKit

extension Rota {
    /// `rota report SCHEDULE`: tables per person, the calendar, ownership and fairness metrics; as
    /// Markdown, the team's document; with `--scenario`, the warnings `rota check` gives.
    struct Report: ParsableCommand, WritesFormats {
        static let configuration = CommandConfiguration(
            abstract: "Report on a schedule (JSON, CSV or iCalendar): per person, calendar, ownership, fairness.",
            discussion: """
                No scenario is needed: capacities come from the schedule (CSV: 1 each). With \
                --scenario, the warnings `rota check` gives are in every format, and `--format md` \
                writes the team's whole document (job titles, run books, potential issues, notes). \
                `--format html` writes one self-contained page with charts (no scripts, no network). \
                The schedule may be a plan Rota wrote (rota.schedule JSON), a CSV \
                (week,start,role,person, or a column per role; --columns maps a spreadsheet's own \
                headers), an iCalendar (.ics) export of a paging tool, whose zone, handoff, period \
                and people are inferred without --scenario, or a saved PagerDuty or Opsgenie \
                response (see rota check --help). With --scenario (for people's ids), \
                --format pagerduty|opsgenie|terraform writes what the paging tool takes.

                Examples:
                  rota report plan.json -o plan.html
                  rota report spreadsheet.csv --scenario team.yaml
                  rota report pagerduty-export.ics --format md
                  rota report plan.json --scenario team.yaml --format pagerduty -o pagerduty.json
                """)

        @Argument(help: "The schedule: rota.schedule JSON, CSV, or iCalendar (.ics).")
        var schedule: String

        @Option(name: .long, help: "A scenario whose capacities, roles and holiday weights the metrics should use.")
        var scenario: String?

        @OptionGroup var history: HistoryOptions

        @OptionGroup var output: OutputOptions<Report>

        @OptionGroup var feed: PersonFeedOptions

        @OptionGroup var spreadsheet: SpreadsheetOptions

        static let formats: [OutputFormat] = [.table, .md, .json, .html, .ics] + OutputFormat.pagingTools

        func validate() throws {
            if let format = output.format, !Self.formats.contains(format) {
                throw ValidationError("report writes table, md, json, html or ics, not \(format.rawValue)")
            }
        }

        func run() throws {
            let format = try output.resolvedFormat()
            guard Self.formats.contains(format) else {
                throw CommandFailure.badInput("rota: report writes table, md, json, html or ics; \(output.output ?? "") asks for \(format.rawValue)")
            }
            var loadedScenario: Scenario?
            if let scenario {
                let loaded = try ScenarioLoading.loadScenario(scenario)
                Terminal.printProblems(loaded.warnings)
                loadedScenario = loaded.scenario
            }
            let earlier = try ScenarioLoading.readHistory(history.files)
            let (judged, notes) = try ScheduleReader.read(path: schedule, scenario: loadedScenario, csv: try spreadsheet.importOptions())
            for note in notes { Terminal.printError("\(schedule): note: \(note)") }
            // A repaired plan is reported for the team as the repair left it.
            if let original = loadedScenario, let path = scenario {
                let recorded = RecordedChanges(schedule: judged, scenario: original)
                if !recorded.notes.isEmpty {
                    Terminal.printError("\(schedule): note: reported with the changes it records beyond \(path): \(recorded.notes.joined(separator: "; "))")
                }
                loadedScenario = recorded.scenario
            }
            if format.isPagingTool {
                let written = ScheduleOutput(schedule: judged, scenario: loadedScenario, history: earlier)
                let export = try written.pagingExport(as: format)
                for line in written.warningsOutside(format) { Terminal.printError(line) }
                return try output.emitPaging(export, inputs: [schedule] + history.files + (scenario.map { [$0] } ?? []))
            }
            let text: String
            switch format {
            case .ics:
                text = judged.icalendar(person: try feed.personFeed(in: judged, format: format), scenario: loadedScenario)
                let written = ScheduleOutput(schedule: judged, scenario: loadedScenario, history: earlier)
                for line in written.warningsOutside(format) { Terminal.printError(line) }
            case .md:
                text = TeamDocument(schedule: judged, scenario: loadedScenario, history: earlier).markdown()
            default:
                text = try ScheduleReport(schedule: judged, scenario: loadedScenario, history: earlier).rendered(as: format)
            }
            try output.emit(text, inputs: [schedule] + history.files + (scenario.map { [$0] } ?? []))
        }
    }
}
