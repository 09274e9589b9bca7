import Foundation

extension ScheduleReader {
    /// Reads what a paging tool says about who is on call: PagerDuty's `GET /schedules/{id}`
    /// response (`final_schedule.rendered_schedule_entries`; the role is secondary when the
    /// schedule's name says "secondary" or "backup"), PagerDuty's `GET /oncalls` (escalation level
    /// 1 is primary, 2 secondary) or Opsgenie's `GET /v2/schedules/{identifier}/timeline` (each
    /// rotation's final periods; the role from the rotation's name as for PagerDuty).
    ///
    /// - People are matched by id (`pagerduty:` or `opsgenie:`), then email (an Opsgenie username
    ///   is usually one), then name, ignoring case; anyone else is an error naming them. Without a
    ///   scenario, people are the names the response gives.
    /// - Each week's role goes to whoever holds it for most of the week, from handoff to handoff.
    /// - Holiday covers (PRODUCT.md): whoever holds the first role for most of the holiday's date.
    /// - Without a scenario, the period runs in whole weeks from the first entry, in the schedule's
    ///   time zone (PagerDuty's `time_zone`, else UTC), with that entry's start as the handoff.
    ///
    /// - Returns: `nil` when `text` is none of these responses; else the schedule and notes.
    /// - Throws: ``InputErrors`` naming the file and field: times that are not RFC 3339, an entry
    ///   that ends before it starts, a person not in the scenario, no entries at all.
    public static func importPagingTool(_ text: String, file: String, scenario: Scenario?) throws(InputErrors) -> (schedule: Schedule, notes: [String])? {
        let diagnostics = Diagnostics(file: file)
        guard let response = PagingResponse(text: text, diagnostics: diagnostics) else { return nil }
        try diagnostics.throwIfErrors()
        guard !response.entries.isEmpty else {
            diagnostics.error("this \(response.tool.rawValue) \(response.what) response names nobody on call", hint: "ask for a time range: since=… until=…")
            throw InputErrors(diagnostics.problems)
        }
        let names = PagingPeopleMatcher(scenario: scenario, tool: response.tool).names(of: response.entries.map(\.who), diagnostics: diagnostics)
        try diagnostics.throwIfErrors()

        let zoneName = scenario?.period.timezone ?? response.timeZone.flatMap { TimeZone(identifier: $0) == nil ? nil : $0 } ?? "UTC"
        let zone = ICalendarZone(identifier: zoneName) ?? .utc
        let period = scenario?.period ?? inferredPeriod(response.entries, zone: zone, zoneName: zoneName)
        var shifts: [Role: [ICalendarWeekCoverage.Shift]] = [:]
        for (order, entry) in response.entries.enumerated() {
            shifts[entry.role, default: []].append(.init(start: entry.start, end: entry.end, person: names[entry.who] ?? "", order: order))
        }
        var notes = response.notes
        let roles = Role.allCases.filter { shifts[$0] != nil }
        var weeks: [ScheduledWeek] = []
        for number in period.weekNumbers {
            let dates = period.dates(ofWeek: number)
            let start = zone.instant(of: LocalDateTime(day: dates.first, handoff: period.handoff))
            let end = zone.instant(of: LocalDateTime(day: dates.last.adding(days: 1), handoff: period.handoff))
            var oncall: [Role: String] = [:]
            for role in roles {
                let coverage = ICalendarWeekCoverage(from: start, to: end, shifts: shifts[role] ?? [], zone: zone)
                if let holder = coverage.holder {
                    oncall[role] = holder
                } else {
                    notes.append("week \(number) (\(dates.first.iso)): nobody is on call as \(role.rawValue)")
                }
            }
            weeks.append(ScheduledWeek(week: number, start: dates.first, end: dates.last, oncall: oncall))
        }
        var holidays: [HolidayCover] = []
        if let scenario, let first = roles.first {
            for holiday in scenario.holidaysInPeriod() {
                let start = zone.instant(of: LocalDateTime(day: holiday.date))
                let end = zone.instant(of: LocalDateTime(day: holiday.date.adding(days: 1)))
                let cover = ICalendarWeekCoverage(from: start, to: end, shifts: shifts[first] ?? [], zone: zone).holder ?? ""
                holidays.append(HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: cover))
            }
        }
        var people: [ScheduledPerson]
        if let scenario {
            people = scenario.people.map { ScheduledPerson(name: $0.name, capacity: $0.capacity, away: $0.away) }
        } else {
            people = []
            for entry in response.entries.sorted(by: { $0.start < $1.start }) {
                if let name = names[entry.who], !people.contains(where: { $0.name == name }) { people.append(ScheduledPerson(name: name)) }
            }
        }
        let schedule = Schedule(
            team: scenario?.team ?? "", period: period, people: people, weeks: weeks, holidays: holidays,
            pipelines: (scenario?.pipelines ?? []).map {
                PipelineOwners(name: $0.name, investors: $0.investors, primary: $0.primary ?? "", secondary: $0.secondary ?? "")
            })
        return (schedule, notes)
    }

    /// Whole weeks from the first entry to the end of the last, the first entry's start the handoff.
    private static func inferredPeriod(_ entries: [PagingResponse.Entry], zone: ICalendarZone, zoneName: String) -> Period {
        let first = entries.map(\.start).min()!
        let last = entries.map(\.end).max()!
        let local = zone.local(at: first)
        let week = 7 * LocalDateTime.secondsPerDay
        let weeks = min(max((last - first + week - 1) / week, 1), 520)
        return Period(start: local.day, weeks: weeks, handoff: HandoffTime(hour: local.hour, minute: local.minute), timezone: zoneName)
    }
}

/// Who each entry of a paging tool's response is: a scenario's person matched by id, then
/// email, then name (ignoring case); without a scenario, the name the response gives.
struct PagingPeopleMatcher {
    let scenario: Scenario?
    let tool: PagingResponse.Tool

    private var key: String { tool == .pagerDuty ? "pagerduty" : "opsgenie" }

    private func id(of person: Person) -> String? { tool == .pagerDuty ? person.pagerduty : person.opsgenie }

    /// The person `who` is, or `nil` when the scenario has nobody matching.
    func person(_ who: PagingResponse.Who) -> Person? {
        guard let people = scenario?.people else { return nil }
        func same(_ a: String?, _ b: String?) -> Bool {
            guard let a, let b, !a.isEmpty else { return false }
            return a.caseInsensitiveCompare(b) == .orderedSame
        }
        // Opsgenie's timeline gives the username as the recipient's name: it is the `opsgenie:` id, and usually an email.
        let ids = tool == .opsgenie ? [who.id, who.name] : [who.id]
        let emails = tool == .opsgenie ? [who.email, who.name] : [who.email]
        return people.first { person in ids.contains { same($0, id(of: person)) } }
            ?? people.first { person in emails.contains { same($0, person.email) } }
            ?? people.first { same(who.name, $0.name) }
    }

    /// Every entry's person by name; an error in `diagnostics` for each one the scenario lacks.
    func names(of whos: [PagingResponse.Who], diagnostics: Diagnostics) -> [PagingResponse.Who: String] {
        var names: [PagingResponse.Who: String] = [:]
        var reported = Set<PagingResponse.Who>()
        for who in whos where names[who] == nil && !reported.contains(who) {
            guard let scenario else {
                let name = [who.name, who.email, who.id].compactMap { $0 }.first { !$0.isEmpty }
                if let name { names[who] = name } else { diagnostics.error("an entry names nobody (no user id, email or name)") }
                reported.insert(who)
                continue
            }
            if let person = person(who) {
                names[who] = person.name
            } else {
                reported.insert(who)
                diagnostics.error(
                    "\(tool.rawValue) user \(who.description) is not among the scenario's people (matched by \(key): id, then email, then name)",
                    hint: "add `\(key): …` to the right person; people: \(scenario.people.map(\.name).joined(separator: ", "))")
            }
        }
        return names
    }
}
