/// One thing wrong with a schedule, in words a team lead understands, with what it is about.
///
/// The same type carries warnings: a soft rule broken (ownership imbalance the scenario itself
/// fixed) or a risk (an investor pipeline left without its owners). Only ``CheckResult/violations``
/// fail a check.
public struct Violation: Sendable, Equatable {
    public var rule: Rule
    /// A full sentence, e.g. `Bob covers Independence Day (Sun 2027-07-04) during their own on-call
    /// week 26 (2027-06-28 – 07-04)`.
    public var message: String
    /// The person it is about, when one is.
    public var person: String?
    /// The (first) week it is about.
    public var week: Int?
    public var role: Role?
    public var holiday: String?
    public var date: Day?
    public var pipeline: String?

    public init(
        _ rule: Rule, _ message: String, person: String? = nil, week: Int? = nil, role: Role? = nil, holiday: String? = nil,
        date: Day? = nil, pipeline: String? = nil
    ) {
        self.rule = rule
        self.message = message
        self.person = person
        self.week = week
        self.role = role
        self.holiday = holiday
        self.date = date
        self.pipeline = pipeline
    }

    /// `holiday-cover: Bob covers …`.
    public var line: String { "\(rule.rawValue): \(message)" }

    /// `{"rule": …, "message": …, "person": …, "week": …, …}`: only the fields that are set.
    public var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = [("rule", .string(rule.rawValue)), ("message", .string(message))]
        if let person { members.append(("person", .string(person))) }
        if let week { members.append(("week", .number(Double(week)))) }
        if let role { members.append(("role", .string(role.rawValue))) }
        if let holiday { members.append(("holiday", .string(holiday))) }
        if let date { members.append(("date", .string(date.iso))) }
        if let pipeline { members.append(("pipeline", .string(pipeline))) }
        return .object(members)
    }
}
