import RotaKit

/// An error that ends the command with one of PRODUCT.md's exit statuses and lines for stderr.
///
/// Every error a command lets through conforms, here in one place; `Rota.main` leaves only
/// ArgumentParser's own errors (help, version, usage, `ExitCode`) to ArgumentParser.
protocol ExitStatusError: Error {
    /// 1: `check` found violations or `plan` found no plan; 2: bad input or usage.
    var exitStatus: Int32 { get }
    /// What to print on stderr, a line each.
    var messageLines: [String] { get }
}

/// An error that ends the command with a given exit status and a message for the person at the terminal.
struct CommandFailure: ExitStatusError {
    var exitStatus: Int32
    var message: String

    var messageLines: [String] { [message] }

    /// Exit 1: `plan` found no feasible plan, or `check` found violations.
    static func failed(_ message: String) -> CommandFailure { CommandFailure(exitStatus: 1, message: message) }
    /// Exit 2: bad input or usage.
    static func badInput(_ message: String) -> CommandFailure { CommandFailure(exitStatus: 2, message: message) }
}

/// Problems in the user's files: every one of them (warnings too), exit 2.
extension InputErrors: ExitStatusError {
    var exitStatus: Int32 { 2 }
    var messageLines: [String] { problems.map(\.description) }
}

/// A schedule a paging tool cannot take (people without ids, times it cannot hold): exit 2.
extension PagingExportError: ExitStatusError {
    var exitStatus: Int32 { 2 }
    var messageLines: [String] { [message] }
}

/// A format that cannot be written for this output: exit 2.
extension UnsupportedFormat: ExitStatusError {
    var exitStatus: Int32 { 2 }
    var messageLines: [String] { ["rota: \(description)"] }
}

/// `rota model`: a level the program does not have is bad usage (exit 2); GLPK failing to write
/// the program exits 1 with the message ArgumentParser used to print for it.
extension Planner.ModelExportError: ExitStatusError {
    var exitStatus: Int32 {
        switch self {
        case .noSuchLevel: 2
        case .solver: 1
        }
    }

    var messageLines: [String] {
        switch self {
        case .noSuchLevel(let count): ["rota: --level must be between 0 and \(count - 1)"]
        case .solver(let message): ["Error: \(message)"]
        }
    }
}
