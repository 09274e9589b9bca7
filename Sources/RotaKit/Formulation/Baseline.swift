/// An existing schedule to repair rather than replan: the weeks before `firstOpenWeek` (and the
/// holidays before that week's start) stay exactly as they are, pinned assignments are forced,
/// and among equally fair plans the one with the fewest changed assignments wins.
public struct Baseline: Sendable {
    public var schedule: Schedule
    /// Weeks before this one are frozen; 1 leaves everything open.
    public var firstOpenWeek: Int
    /// `(week, person)`: the person must be primary that week.
    public var pins: [(week: Int, person: String)]
    /// Repairs already found, not to be repeated (`whatif --alternatives`; Formulation+Alternatives.swift).
    public var excluded: [RepairChangeSet]

    public init(schedule: Schedule, firstOpenWeek: Int, pins: [(week: Int, person: String)] = [], excluded: [RepairChangeSet] = []) {
        self.schedule = schedule
        self.firstOpenWeek = firstOpenWeek
        self.pins = pins
        self.excluded = excluded
    }

    /// Who held `role` in week `week`.
    func holder(week: Int, role: Role) -> String? {
        schedule.weeks.first { $0.week == week }?.oncall[role]
    }

    /// Who covered the holiday on `date` called `name`.
    func cover(of holiday: Holiday) -> String? {
        schedule.holidays.first { $0.date == holiday.date && $0.name == holiday.name }?.cover
    }

    /// The owners of the pipeline called `name`.
    func owners(of name: String) -> PipelineOwners? {
        schedule.pipelines.first { $0.name == name }
    }
}
