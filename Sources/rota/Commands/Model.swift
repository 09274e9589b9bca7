import ArgumentParser
import RotaKit

extension Rota {
    /// `rota model SCENARIO --format lp|mps`: the integer program, for inspection or another solver.
    struct ModelCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "model",
            abstract: "Print the integer program for a scenario (CPLEX LP or free MPS).",
            discussion: """
                rota plan solves the rotation and, when the scenario leaves owners open, the ownership \
                as separate programs, one objective level after another; --part picks a program \
                (default: both in one) and --level the objective it is written with.

                Examples:
                  rota model team.yaml -o team.lp
                  rota model team.yaml --format mps --part ownership -o ownership.mps
                """)

        @Argument(help: "The scenario file (YAML or JSON).")
        var scenario: String

        @Option(name: .long, help: "lp (CPLEX LP, readable) or mps (free MPS).")
        var format: Planner.ModelFormat = .lp

        @Option(name: .shortAndLong, help: "Write to FILE instead of the terminal.")
        var output: String?

        @OptionGroup var history: HistoryOptions

        @Option(name: .long, help: "Which objective level to export (0 = the first: the largest deviation for the rotation).")
        var level: Int = 0

        @Option(name: .long, help: "rotation, ownership, or all (default): rota plan solves the two parts separately.")
        var part: PartChoice = .all

        enum PartChoice: String, ExpressibleByArgument {
            case all
            case rotation
            case ownership
        }

        func run() throws {
            let loaded = try ScenarioLoading.load(scenario, extraHistory: history.files)
            Terminal.printProblems(loaded.warnings)
            let parts: Set<Formulation.Part> =
                switch part {
                case .all: Set(Formulation.Part.allCases)
                case .rotation: [.rotation]
                case .ownership: [.ownership]
                }
            let text = try Planner.modelText(for: loaded.input, parts: parts, level: level, format: format)
            try OutputFile.emit(text, to: output, inputs: [scenario] + history.files)
        }
    }
}

extension Planner.ModelFormat: ExpressibleByArgument {}
