import ArgumentParser
import Foundation
import RotaKit

/// `rota`: fair on-call rotations, planned as an integer program and solved with GLPK.
@main
struct Rota: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rota",
        abstract: "Plan fair on-call rotations, judge existing schedules, repair plans when someone is away.",
        discussion: """
            Exit status: 0 success; 1 `check` found violations or `plan` found no feasible plan; \
            2 bad input or usage.
            """,
        subcommands: [Plan.self, Check.self, Whatif.self, Report.self, Holidays.self, ModelCommand.self, Generate.self]
    )

    /// Runs the command, mapping every error to PRODUCT.md's exit codes: usage and input errors
    /// exit 2 with a message on stderr, never a trace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message)
            Foundation.exit(failure.exitCode)
        } catch let unsupported as UnsupportedFormat {
            Terminal.printError("rota: \(unsupported.description)")
            Foundation.exit(2)
        } catch let errors as InputErrors {
            for problem in errors.problems { Terminal.printError(problem.description) }
            Foundation.exit(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if error is ExitCode {
                Foundation.exit(code.rawValue)
            }
            Terminal.printError(fullMessage(for: error))
            let isUsage = code == .validationFailure || error is ValidationError || String(describing: type(of: error)).contains("Parser")
            Foundation.exit(isUsage ? 2 : 1)
        }
    }
}
