import ArgumentParser
import RotaKit

extension Rota {
    /// `rota generate`: a realistic scenario of any size, the same bytes for the same options.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate a realistic scenario (YAML) for benchmarks, tests and demos.",
            discussion: """
                People, part-timers (about 15%), time away, US federal holidays, pipelines (about 30% \
                report to investors) and rules, all drawn from --seed: the same options give the same \
                bytes. The scenario is feasible by construction unless --infeasible adds a week in \
                which everyone is away.
                """)

        @Option(name: .long, help: "Team size.")
        var people: Int = 8

        @Option(name: .long, help: "Weeks to plan.")
        var weeks: Int = 52

        @Option(name: .long, help: "Weekly roles: 1 (primary) or 2 (primary and secondary).")
        var roles: Int = 1

        @Option(name: .long, help: "Number of pipelines.")
        var pipelines: Int = 8

        @Option(name: .long, help: "Share of each person's days spent away, 0 to 0.5.")
        var awayRate: Double = 0.1

        @Option(name: .long, help: "Seed of the random choices.")
        var seed: UInt64 = 1

        @Option(name: .long, help: "First handoff day, YYYY-MM-DD.")
        var start: String = ScenarioGenerator.defaultStart.iso

        @Option(name: .long, help: "Share of pipelines whose owners are fixed, 0 to 1 (default: all for up to 8 people, else 0.2).")
        var fixedOwners: Double?

        @Flag(name: .long, help: "Add a week in which everyone is away, so that no plan exists.")
        var infeasible = false

        @Option(name: .shortAndLong, help: "Write to FILE instead of the terminal.")
        var output: String?

        func validate() throws {
            guard Day(iso: start) != nil else { throw ValidationError("--start must be a date written YYYY-MM-DD, found \"\(start)\"") }
            if let problem = options.problems.first { throw ValidationError(problem) }
        }

        private var options: ScenarioGenerator.Options {
            ScenarioGenerator.Options(
                people: people, weeks: weeks, roles: roles, pipelines: pipelines, awayRate: awayRate, seed: seed,
                start: Day(iso: start) ?? ScenarioGenerator.defaultStart, infeasible: infeasible, fixedOwners: fixedOwners)
        }

        func run() throws {
            let generated: ScenarioGenerator.Generated
            do {
                generated = try ScenarioGenerator(options).generate()
            } catch {
                throw CommandFailure.failed("rota: \(error.description)")
            }
            try OutputFile.emit(generated.yaml, to: output)
        }
    }
}
