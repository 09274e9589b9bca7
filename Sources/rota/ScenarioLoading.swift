import Foundation
import RotaKit

/// Loads a scenario and its history for a command, printing warnings to stderr.
enum ScenarioLoading {
    struct Loaded {
        var scenario: Scenario
        var input: PlanningInput
        var history: [Schedule]
    }

    static func load(_ path: String, extraHistory: [String] = []) throws -> Loaded {
        let loaded = try ScenarioReader.load(path: path)
        for warning in loaded.warnings { Terminal.printError(warning.description) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let historyPaths = loaded.scenario.history.map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).path } + extraHistory
        let history = try historyPaths.map { try ScheduleLoading.loadHistory($0) }
        let input = PlanningInput(scenario: loaded.scenario, history: HistorySummary(schedules: history, before: loaded.scenario.period.start))
        return Loaded(scenario: loaded.scenario, input: input, history: history)
    }
}

/// Loads a schedule file for a command.
enum ScheduleLoading {
    static func loadHistory(_ path: String) throws -> Schedule {
        try ScheduleReader.load(path: path)
    }
}
