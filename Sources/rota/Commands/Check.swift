import ArgumentParser
import RotaKit

extension Rota {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw CommandFailure.badInput("rota: 'check' is not built yet")
        }
    }
}
