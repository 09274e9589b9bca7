import Foundation

/// One stretch of on-call time for a paging tool: from `start` to `end` (wall-clock times in the
/// schedule's time zone), held by `person`.
struct PagingShift: Equatable, Sendable {
    var start: LocalDateTime
    var end: LocalDateTime
    var person: String
}

/// A schedule as paging tools hold it: per role, a shift per week from one handoff to the next,
/// and holiday covers as whole days (00:00 to 24:00) of the first role, in the period's time zone.
///
/// Shared by the PagerDuty, Opsgenie and Terraform exports; times are written as RFC 3339 with the
/// offset in force in the schedule's time zone.
struct PagingTimeline: Sendable {
    let schedule: Schedule
    /// The IANA name the exports give (UTC when Foundation does not know the period's zone, as
    /// iCalendar does).
    let zoneName: String
    private let zone: ICalendarZone

    /// The rotation's name in `rota.pagerduty/1` and `rota.opsgenie/1`: a v1 schedule has one weekly rotation.
    static let rotationName = "oncall"

    init(schedule: Schedule) {
        self.schedule = schedule
        let known = TimeZone(identifier: schedule.period.timezone) != nil
        zoneName = known ? schedule.period.timezone : "UTC"
        zone = ICalendarZone(identifier: zoneName) ?? .utc
    }

    /// The roles to export, in role order.
    var roles: [Role] { schedule.roles }

    /// The role holiday covers are exported for (the first role).
    var holidayRole: Role? { roles.first }

    /// Each week's shift in `role`, from its first day's handoff to the next week's.
    func weeklyShifts(of role: Role) -> [PagingShift] {
        let handoff = schedule.period.handoff
        return schedule.weeks.compactMap { week in
            week.oncall[role].map {
                PagingShift(
                    start: LocalDateTime(day: week.start, handoff: handoff), end: LocalDateTime(day: week.end.adding(days: 1), handoff: handoff),
                    person: $0)
            }
        }
    }

    /// Each holiday cover as a whole day, 00:00 to 24:00.
    var holidayShifts: [PagingShift] {
        schedule.holidays.map { PagingShift(start: LocalDateTime(day: $0.date), end: LocalDateTime(day: $0.date.adding(days: 1)), person: $0.cover) }
    }

    /// The period's first handoff and the handoff that ends it.
    var periodStart: LocalDateTime { LocalDateTime(day: schedule.period.start, handoff: schedule.period.handoff) }
    var periodEnd: LocalDateTime { LocalDateTime(day: schedule.period.end.adding(days: 1), handoff: schedule.period.handoff) }

    /// `2027-01-04T09:00:00-05:00`: the wall-clock time in the schedule's zone with the offset in
    /// force then (a time skipped when clocks go forward is read as iCalendar reads it, and
    /// written as the time it becomes).
    func rfc3339(_ local: LocalDateTime) -> String {
        let instant = zone.instant(of: local)
        let offset = zone.offset(at: instant)
        let shown = LocalDateTime(wallSeconds: instant + offset)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        let two = LocalDateTime.twoDigits
        return "\(shown.day.iso)T\(two(shown.hour)):\(two(shown.minute)):\(two(shown.second))\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// The ids `tool` needs, by name, for everyone the schedule puts on call or on a holiday.
    /// - Throws: ``PagingExportError`` without a scenario, or naming everyone without an id (or not in the scenario).
    static func ids(
        for schedule: Schedule, scenario: Scenario?, tool: String, key: String, id: KeyPath<Person, String?>
    ) throws(PagingExportError) -> [String: String] {
        guard let scenario else {
            throw PagingExportError(
                "rota: --format \(tool) needs the scenario, whose people carry their \(key): ids (rota report SCHEDULE --scenario TEAM.yaml --format \(tool))")
        }
        var names: [String] = []
        for week in schedule.weeks { names += week.oncall.sorted { $0.key < $1.key }.map(\.value) }
        names += schedule.holidays.map(\.cover)
        var ids: [String: String] = [:]
        var missing: [String] = []
        var unknown: [String] = []
        for name in names where ids[name] == nil && !missing.contains(name) && !unknown.contains(name) {
            guard let person = scenario.people.first(where: { $0.name == name }) else {
                unknown.append(name)
                continue
            }
            guard let value = person[keyPath: id], !value.isEmpty else {
                missing.append(name)
                continue
            }
            ids[name] = value
        }
        let order = Dictionary(scenario.people.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        missing.sort { order[$0, default: .max] < order[$1, default: .max] }
        var problems: [String] = []
        if !missing.isEmpty {
            problems.append(
                "\(Wording.list(missing)) \(missing.count == 1 ? "has" : "have") no \(key): id in the scenario (add `\(key): …` to \(missing.count == 1 ? "that person" : "each"))"
            )
        }
        if !unknown.isEmpty { problems.append("\(Wording.list(unknown)) \(unknown.count == 1 ? "is" : "are") not among the scenario's people") }
        guard problems.isEmpty else { throw PagingExportError("rota: cannot write --format \(tool): " + problems.joined(separator: "; ")) }
        return ids
    }
}
