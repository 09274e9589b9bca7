import ArgumentParser
import Foundation
import MIP
import RotaKit

extension Rota {
    /// `rota plan SCENARIO`: an optimal, fair plan for the period.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan the period: weekly rotation, holiday covers and pipeline owners, proven fair.")

        @Argument(help: "The scenario file (YAML or JSON).")
        var scenario: String

        @OptionGroup var output: OutputOptions

        @Option(name: .long, help: "An earlier rota.schedule/1 file whose load counts towards fairness (repeatable).")
        var history: [String] = []

        @Option(name: .long, help: "Stop after this many seconds and keep the best plan found.")
        var timeLimit: Double?

        @Option(name: .long, help: "Stop when the plan is within this many percent of the best possible.")
        var gap: Double?

        @Flag(name: .long, help: "Include the solver's wall-clock seconds in JSON (makes output differ run to run).")
        var timings = false

        func validate() throws {
            if let timeLimit, !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
            if let gap, !(gap >= 0 && gap < 100) { throw ValidationError("--gap must be a percentage from 0 to 100") }
        }

        func run() throws {
            let format = try output.resolvedFormat()
            let loaded = try ScenarioLoading.load(scenario, extraHistory: history)
            var options = SolveOptions(timeLimit: timeLimit, relativeGap: (gap ?? 0) / 100)
            options.progress = ProgressReporter.report
            options.shouldStop = { Interrupt.requested }
            Interrupt.install()
            let schedule: Schedule
            do {
                schedule = try Planner(options: options).plan(loaded.input)
            } catch {
                throw PlanningFailure.exit(error, scenario: scenario)
            }
            if let solver = schedule.solver, solver.status != "optimal" {
                Terminal.printError("rota: warning: the plan is \(solver.label); not proven optimal")
            }
            let person = try output.personFeed(in: schedule, format: format)
            let text = try schedule.rendered(as: format, includeTimings: timings, scenario: loaded.scenario, person: person)
            try output.emit(text, inputs: [scenario] + history)
        }
    }
}
