import Foundation
import MIP

/// Shows a long solve's progress on stderr (only when stderr is a terminal).
enum ProgressReporter {
    @Sendable static func report(_ progress: SolveProgress) -> Bool {
        let incumbent = progress.incumbent.map { String(format: "%.4g", $0) } ?? "—"
        let bound = progress.bound.map { String(format: "%.4g", $0) } ?? "—"
        Terminal.printError(String(format: "\r[%6.1fs] %@: best %@, bound %@", progress.elapsedSeconds, progress.levelName, incumbent, bound))
        return !Interrupt.requested
    }
}

/// Ctrl-C during a solve: stop the search and keep the best plan found.
enum Interrupt {
    nonisolated(unsafe) static var requested = false
}
