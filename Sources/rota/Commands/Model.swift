import ArgumentParser
import MIP
import RotaKit

extension Rota {
    /// `rota model SCENARIO --format lp|mps`: the integer program, for inspection or another solver.
    struct ModelCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "model",
            abstract: "Print the integer program for a scenario (CPLEX LP or free MPS).")

        @Argument(help: "The scenario file (YAML or JSON).")
        var scenario: String

        @Option(name: .long, help: "lp (CPLEX LP, readable) or mps (free MPS).")
        var format: ModelFormat = .lp

        @Option(name: .shortAndLong, help: "Write to FILE instead of the terminal.")
        var output: String?

        @Option(name: .long, help: "An earlier rota.schedule/1 file whose load counts towards fairness (repeatable).")
        var history: [String] = []

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
            let loaded = try ScenarioLoading.load(scenario, extraHistory: history)
            let parts: Set<Formulation.Part> =
                switch part {
                case .all: Set(Formulation.Part.allCases)
                case .rotation: [.rotation]
                case .ownership: [.ownership]
                }
            let formulation = Formulation(loaded.input, parts: parts)
            guard formulation.model.objectives.indices.contains(level) else {
                throw CommandFailure.badInput("rota: --level must be between 0 and \(formulation.model.objectives.count - 1)")
            }
            let text = try GLPKSolver().export(formulation.model, format: format, level: level)
            try OutputFile.emit(text, to: output, inputs: [scenario] + history)
        }
    }
}

extension ModelFormat: ExpressibleByArgument {}
