import Foundation

/// Writing to the terminal: results to stdout, messages to stderr.
enum Terminal {
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Whether stderr is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// An error that ends the command with a given exit status and a message for the person at the terminal.
struct CommandFailure: Error {
    var exitCode: Int32
    var message: String

    /// Exit 1: `plan` found no feasible plan, or `check` found violations.
    static func failed(_ message: String) -> CommandFailure { CommandFailure(exitCode: 1, message: message) }
    /// Exit 2: bad input or usage.
    static func badInput(_ message: String) -> CommandFailure { CommandFailure(exitCode: 2, message: message) }
}
