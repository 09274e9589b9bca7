import Foundation
import RotaKit

/// Loads a scenario and its history for a command, printing warnings to stderr.
enum ScenarioLoading {
    struct Loaded {
        var scenario: Scenario
        var input: PlanningInput
        var history: [Schedule]
        /// The history files read, each once (the scenario's `history:` and `--history`).
        var historyPaths: [String]
    }

    static func load(_ path: String, extraHistory: [String] = []) throws -> Loaded {
        let loaded = try ScenarioReader.load(path: path)
        for warning in loaded.warnings { Terminal.printError(warning.description) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        // The scenario's history and --history, each file once.
        var seen = Set<String>()
        let historyPaths = (loaded.scenario.history.map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).path } + extraHistory)
            .filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
        let history = try historyPaths.map { path throws(InputErrors) in try ScheduleReader.load(path: path, scenario: nil) }
        let input = PlanningInput(scenario: loaded.scenario, history: HistorySummary(schedules: history, before: loaded.scenario.period.start))
        return Loaded(scenario: loaded.scenario, input: input, history: history, historyPaths: historyPaths)
    }
}
