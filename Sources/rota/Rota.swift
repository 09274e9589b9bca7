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
        version: Version.current,
        subcommands: [Plan.self, Check.self, Whatif.self, Swap.self, Report.self, Holidays.self, ModelCommand.self, Generate.self]
    )

    /// Runs the command, mapping every error to PRODUCT.md's exit codes: usage and input errors
    /// exit 2 with a message on stderr, never a trace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any ExitStatusError {
            for line in error.messageLines { Terminal.printError(line) }
            Foundation.exit(error.exitStatus)
        } catch {
            exit(afterArgumentParserError: error)
        }
    }

    /// ArgumentParser's own errors, with its words: help and `--version` go to stdout and exit 0;
    /// usage errors (ArgumentParser's `validationFailure`, 64) exit 2 as PRODUCT.md says;
    /// `ExitCode(n)` exits n without a word; anything else exits 1.
    private static func exit(afterArgumentParserError error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            print(message)
            Foundation.exit(0)
        }
        if !message.isEmpty { Terminal.printError(message) }
        Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
}
