import Foundation
import RotaKit

/// Shows a long solve's progress on stderr when it is a terminal, and stops the search on Ctrl-C.
enum ProgressReporter {
    /// The callback for ``PlanOptions/progress``: prints a line when stderr is a terminal;
    /// returns `false` (stop, keep the best plan) once Ctrl-C was pressed.
    @Sendable static func report(_ progress: PlanProgress) -> Bool {
        if Terminal.stderrIsTerminal { Terminal.printError(progress.sentence) }
        return !Interrupt.requested
    }
}

extension PlanOptions {
    /// The search limits of the command line, with progress on a terminal and Ctrl-C that stops
    /// the search and keeps the best plan (installs the SIGINT handler).
    static func interactive(timeLimit: Double?, relativeGap: Double = 0) -> PlanOptions {
        Interrupt.install()
        return PlanOptions(timeLimit: timeLimit, relativeGap: relativeGap, progress: ProgressReporter.report, shouldStop: { Interrupt.requested })
    }
}

/// Ctrl-C during a solve: the first stops the search and keeps the best plan found, labelled;
/// a second ends the process at once.
enum Interrupt {
    nonisolated(unsafe) static var requested = false

    /// Installs the SIGINT handler.
    static func install() {
        // A parent may have started us with SIGINT blocked (the mask is inherited); unblock it.
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        signal(SIGINT) { _ in
            if Interrupt.requested { _exit(130) }
            Interrupt.requested = true
        }
    }
}
