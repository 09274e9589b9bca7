import CGLPK
import GLPKGuard

/// Runs one GLPK call behind the C guard (`rota_glpk_guarded`), so that a GLPK internal error
/// becomes ``SolverError/solverFailure(_:)`` instead of aborting the process.
///
/// After a failure GLPK has freed its whole per-thread environment: the caller must drop every
/// problem object of this thread without deleting it (see ``GLPKProblem/invalidate()``).
/// - Parameters:
///   - call: the GLPK function being called, for the error message.
///   - body: the call itself; it must not throw or capture Swift state it relies on afterwards.
/// - Returns: what `body` returned.
func glpkGuarded(_ call: String, _ body: () -> Int32) throws(SolverError) -> Int32 {
    try withoutActuallyEscaping(body) { escapable throws(SolverError) -> Int32 in
        let box = GuardBox(body: escapable)
        let unmanaged = Unmanaged.passRetained(box)
        defer { unmanaged.release() }
        var result: Int32 = 0
        let failed = rota_glpk_guarded(
            { context in
                Unmanaged<GuardBox>.fromOpaque(context!).takeUnretainedValue().body()
            }, unmanaged.toOpaque(), &result)
        if failed != 0 {
            throw .solverFailure("GLPK raised an internal error in \(call)")
        }
        return result
    }
}

private final class GuardBox {
    let body: () -> Int32
    init(body: @escaping () -> Int32) { self.body = body }
}
