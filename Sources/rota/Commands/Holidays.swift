import ArgumentParser
import RotaKit

extension Rota {
    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Not built yet.")

        func run() throws {
            throw CommandFailure.badInput("rota: 'holidays' is not built yet")
        }
    }
}
