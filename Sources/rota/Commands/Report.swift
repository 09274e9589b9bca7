import ArgumentParser
import RotaKit

extension Rota {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw CommandFailure.badInput("rota: 'report' is not built yet")
        }
    }
}
