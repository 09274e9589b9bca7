import Foundation

/// Reads what a command needs about a scenario: the scenario itself, the history files it names
/// (relative to its folder) and any more given on the command line, and the planning input they make.
public enum ScenarioLoading {
    /// A scenario with its history, ready to plan, check or repair.
    public struct Loaded: Sendable {
        public var scenario: Scenario
        public var input: PlanningInput
        public var history: [Schedule]
        /// The history files read, each once (the scenario's `history:`, then the extra ones).
        public var historyPaths: [String]
        /// What the scenario reader warned about, in file order, for the caller to show.
        public var warnings: [InputProblem]
    }

    /// Reads the scenario at `path`, the calendar files it names (see
    /// ``resolveCalendars(_:at:)``) and its history.
    /// - Parameters:
    ///   - path: the scenario file (YAML or JSON).
    ///   - extraHistory: more history files (`--history`), read after the scenario's own.
    /// - Returns: the scenario, its history and the planning input, with the scenario's warnings.
    /// - Throws: ``InputErrors`` for the first file that cannot be read; when a history file fails,
    ///   the scenario's warnings come first among its problems, so nothing the reader found is lost.
    public static func load(_ path: String, extraHistory: [String] = []) throws(InputErrors) -> Loaded {
        let loaded = try loadScenario(path)
        let paths = historyPaths(of: loaded.scenario, at: path, extra: extraHistory)
        let history: [Schedule]
        do throws(InputErrors) {
            history = try readHistory(paths)
        } catch {
            throw InputErrors(loaded.warnings + error.problems)
        }
        let input = PlanningInput(scenario: loaded.scenario, history: HistorySummary(schedules: history, before: loaded.scenario.period.start))
        return Loaded(scenario: loaded.scenario, input: input, history: history, historyPaths: paths, warnings: loaded.warnings)
    }

    /// The scenario's `history:` files (relative to the scenario's folder unless absolute), then
    /// `extra`, each file once.
    public static func historyPaths(of scenario: Scenario, at path: String, extra: [String] = []) -> [String] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var seen = Set<String>()
        return (scenario.history.map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).path } + extra)
            .filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.path).inserted }
    }

    /// Reads earlier schedules (JSON, CSV or iCalendar) without a scenario, in order.
    /// - Throws: ``InputErrors`` for the first file that cannot be read.
    public static func readHistory(_ paths: [String]) throws(InputErrors) -> [Schedule] {
        try paths.map { path throws(InputErrors) in try ScheduleReader.load(path: path, scenario: nil) }
    }
}
