import CGLPK

/// State shared with GLPK's branch-and-bound callback (`glp_iocp.cb_func`) during one level:
/// the best bound seen, the warm start to offer, progress reports and interruption.
final class GLPKSearchMonitor {
    let level: Int
    let levelName: String
    let started: ContinuousClock.Instant
    let progress: (@Sendable (SolveProgress) -> Bool)?
    let shouldStop: (@Sendable () -> Bool)?
    /// Column values (index 0 unused) offered once as a heuristic solution (`glp_ios_heur_sol`).
    var warmStart: [Double]?
    private(set) var bestBound: Double?
    private(set) var interrupted = false
    /// The level being minimised, for its proven lower bound and step; `nil` for a first plan.
    let objective: Objective?
    /// Whether the search was stopped because the plan in hand attains the level's proven bound
    /// (the node bound or ``Objective/lowerBound``, rounded up to ``Objective/step``).
    private(set) var provenOptimal = false
    private var lastReport: ContinuousClock.Instant

    init(level: Int, levelName: String, started: ContinuousClock.Instant, options: SolveOptions, warmStart: [Double]?, objective: Objective? = nil) {
        self.objective = objective
        self.level = level
        self.levelName = levelName
        self.started = started
        self.progress = options.progress
        self.shouldStop = options.shouldStop
        self.warmStart = warmStart
        self.lastReport = .now
    }

    /// The best bound known: GLPK's, raised to the level's own lower bound and rounded up to its step.
    var provenBound: Double? {
        guard let objective else { return bestBound }
        let bound = objective.provenBound(bestBound ?? -.infinity)
        return bound.isFinite ? bound : nil
    }

    /// Called by GLPK at every callback point of the search.
    func handle(_ tree: OpaquePointer) {
        if let shouldStop, shouldStop() {
            interrupted = true
            glp_ios_terminate(tree)
            return
        }
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR, var start = warmStart {
            warmStart = nil
            _ = glp_ios_heur_sol(tree, &start)
        }
        let node = glp_ios_best_node(tree)
        if node != 0 {
            // GLPK reports -DBL_MAX for a node whose bound is not known yet.
            let bound = glp_ios_node_bound(tree, node)
            if abs(bound) < 1e300 { bestBound = bound }
        }
        // GLPK proves a level optimal only when its bound meets the plan in hand; values the level
        // cannot take in between (a step of 0.5, say) or a bound from outside the LP close the
        // gap sooner, so the search stops as soon as the plan attains the rounded bound.
        if let objective, let problem = glp_ios_get_prob(tree), glp_mip_status(problem) == GLP_FEAS {
            let incumbent = glp_mip_obj_val(problem)
            if incumbent <= objective.provenBound(bestBound ?? -.infinity) + 1e-9 * max(1, abs(incumbent)) {
                provenOptimal = true
                glp_ios_terminate(tree)
                return
            }
        }
        guard let progress, ContinuousClock.now - lastReport > .milliseconds(500) else { return }
        lastReport = .now
        var incumbent: Double?
        if let problem = glp_ios_get_prob(tree), glp_mip_status(problem) == GLP_FEAS {
            incumbent = glp_mip_obj_val(problem)
        }
        let elapsed = ContinuousClock.now - started
        let snapshot = SolveProgress(
            level: level, levelName: levelName, incumbent: incumbent, bound: provenBound,
            elapsedSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        if !progress(snapshot) {
            interrupted = true
            glp_ios_terminate(tree)
        }
    }

    /// The C callback GLPK calls; `info` is an unretained pointer to the monitor.
    static let callback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        Unmanaged<GLPKSearchMonitor>.fromOpaque(info).takeUnretainedValue().handle(tree)
    }
}
