/// Who may cover a holiday, relative to the on-call rotation of the holiday's week.
public enum HolidayCoverRule: String, Sendable, CaseIterable, Codable {
    /// The cover holds no role in the holiday's week (spreads the load).
    case notWeekOwner = "not-week-owner"
    /// The cover is that week's primary.
    case weekOwner = "week-owner"
    /// No rule.
    case anyone
}

/// The rules of a scenario, with PRODUCT.md's defaults.
public struct Rules: Sendable, Equatable {
    /// Weekly roles, in order; `[primary]` or `[primary, secondary]`.
    public var roles: [Role] = [.primary]
    /// Minimum distance, in weeks, between two on-call weeks of one person (any role).
    public var minGapWeeks: Int = 2
    public var holidayCover: HolidayCoverRule = .notWeekOwner
    /// Every week, at least one owner of every pipeline is not away.
    public var pipelineCoverage: Bool = true
    /// People work on the holidays of their own calendar (`person.holidays`) instead of being away.
    public var workOwnHolidays: Bool = false

    public init(roles: [Role] = [.primary], minGapWeeks: Int = 2, holidayCover: HolidayCoverRule = .notWeekOwner, pipelineCoverage: Bool = true) {
        self.roles = roles
        self.minGapWeeks = minGapWeeks
        self.holidayCover = holidayCover
        self.pipelineCoverage = pipelineCoverage
    }
}
