import Foundation
import RotaKit

/// Writing to the terminal: results to stdout, messages to stderr.
enum Terminal {
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }

    /// Prints what a reader found worth saying (warnings), one problem a line.
    static func printProblems(_ problems: [InputProblem]) {
        for problem in problems { printError(problem.description) }
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Whether stderr is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
