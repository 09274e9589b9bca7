import ArgumentParser
import RotaKit

extension Rota {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw CommandFailure.badInput("rota: 'generate' is not built yet")
        }
    }
}
