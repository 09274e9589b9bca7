/// Which holidays need a cover, and how much each weighs.
public struct HolidaySettings: Sendable, Equatable {
    public enum Calendar: String, Sendable, Equatable, CaseIterable {
        case usFederal = "us-federal"
        case none
    }

    public var calendar: Calendar = .usFederal
    /// Names of the calendar's holidays to keep; `nil` keeps all.
    public var only: [String]?
    /// Holidays added by the team.
    public var extra: [NamedDay] = []
    /// Weight by holiday name; default 1.
    public var weights: [String: Double] = [:]
    /// Use observed weekdays (a Saturday holiday moves to Friday, a Sunday one to Monday).
    public var observed: Bool = false

    public init(calendar: Calendar = .usFederal, only: [String]? = nil, extra: [NamedDay] = [], weights: [String: Double] = [:], observed: Bool = false) {
        self.calendar = calendar
        self.only = only
        self.extra = extra
        self.weights = weights
        self.observed = observed
    }
}
