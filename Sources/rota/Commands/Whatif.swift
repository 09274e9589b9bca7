import ArgumentParser
import RotaKit

extension Rota {
    struct Whatif: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw CommandFailure.badInput("rota: 'whatif' is not built yet")
        }
    }
}
