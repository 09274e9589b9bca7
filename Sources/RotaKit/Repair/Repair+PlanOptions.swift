extension Repair {
    /// A repair that searches as `options` say (the caller needs no MIP types).
    public init(options: PlanOptions) {
        self.init(options: options.solveOptions)
    }
}
