import Foundation

/// A schedule read from an iCalendar file, with what the reader had to judge on the way:
/// weeks covered only partly or split between people, events that name nobody, holidays
/// nobody covers.
public struct ICalendarImport: Sendable, Equatable {
    public var schedule: Schedule
    /// One sentence each, in the order: events set aside, weeks, holidays.
    public var notes: [String]

    public init(schedule: Schedule, notes: [String]) {
        self.schedule = schedule
        self.notes = notes
    }
}

extension ScheduleReader {
    /// Reads an iCalendar schedule exported by Rota or by another on-call tool.
    ///
    /// See ``importICalendar(_:file:scenario:)``; this drops the notes.
    /// - Throws: ``InputErrors`` naming the file and line.
    public static func readICalendar(_ text: String, file: String, scenario: Scenario?) throws(InputErrors) -> Schedule {
        try importICalendar(text, file: file, scenario: scenario).schedule
    }

    /// Reads the iCalendar file at `path` (see ``importICalendar(_:file:scenario:)``).
    ///
    /// A file that is not UTF-8 only because its writer folded lines inside multi-octet characters
    /// is mended first (line numbers after such a fold then count one less).
    /// - Throws: ``InputErrors`` when the file is missing, unreadable or not iCalendar.
    public static func loadICalendar(path: String, scenario: Scenario?) throws(InputErrors) -> ICalendarImport {
        let what = "an iCalendar file"
        let text: String
        do {
            text = try SourceDocument.readText(at: path, what: what)
        } catch {
            guard let data = FileManager.default.contents(atPath: path), String(data: data, encoding: .utf8) == nil,
                data.count <= SourceDocument.maximumBytes
            else { throw error }
            let mended = ICalendarParser.joiningSplitCharacters(data)
            guard String(data: mended, encoding: .utf8) != nil else { throw error }
            text = try SourceDocument.text(from: mended, file: path, what: what)
        }
        return try importICalendar(text, file: path, scenario: scenario)
    }

    /// Turns on-call events of any shape into Rota weeks.
    ///
    /// - Every event is a shift of the person it names: in the summary (`On call: Alice`, `Alice`,
    ///   `[L0] alice`, `On call (primary): Alice`; full names or first names, ignoring case) or as
    ///   an `ATTENDEE` whose `mailto:` address is a person's `email`. The role is secondary when the
    ///   summary says `(secondary)`, `[L1]`, "secondary" or "backup", primary otherwise.
    /// - Recurring events (`RRULE` with `FREQ=DAILY` or `WEEKLY`, `INTERVAL`, `COUNT`, `UNTIL`) are
    ///   expanded; `EXDATE`s and replaced occurrences (`RECURRENCE-ID`) are honoured.
    /// - Each Rota week runs from its first day at the handoff time, in the team's zone, to the next
    ///   handoff. A week's role goes to whoever covers most of it; where shifts of a role overlap,
    ///   the shorter one wins (an override). A week covered only partly, or split between
    ///   people, gets a note: `week 12 (2027-03-22): Bob covers 2 of 7 days, Alice 5 — counted as Alice`.
    ///   All-day shifts cover their dates, each from that date's handoff to the next.
    /// - All-day events titled `Holiday cover: Christmas Day — Alice` are holiday covers.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: the path, for messages.
    ///   - scenario: gives the period, zone, handoff, people, holidays and pipelines; without it the
    ///     period runs in whole weeks from the first shift to the last, in the calendar's zone.
    /// - Returns: the schedule and the notes.
    /// - Throws: ``InputErrors`` naming the file and line: not iCalendar, a malformed or unsupported
    ///   date, duration or recurrence, or no shift at all.
    /// - Complexity: O(weeks × shifts) after expanding recurrences.
    public static func importICalendar(_ text: String, file: String, scenario: Scenario?) throws(InputErrors) -> ICalendarImport {
        let diagnostics = Diagnostics(file: file)
        guard let document = ICalendarDocument(text: text, diagnostics: diagnostics) else { throw InputErrors(diagnostics.problems) }
        try diagnostics.throwIfErrors()
        var importer = ICalendarImporter(document: document, scenario: scenario)
        let result = importer.run(diagnostics: diagnostics)
        try diagnostics.throwIfErrors()
        guard let result else { throw InputErrors(diagnostics.problems) }
        return result
    }
}

/// The steps of ``ScheduleReader/importICalendar(_:file:scenario:)``.
private struct ICalendarImporter {
    /// An event that names a person.
    struct Attributed {
        var event: ICalendarEvent
        /// The event's place in the file.
        var order: Int
        var label: ICalendarEventLabel
        var role: Role?
        var person: String
    }

    let document: ICalendarDocument
    let scenario: Scenario?
    let matcher: ICalendarPeopleMatcher?
    var notes: [String] = []
    /// Spellings of people found without a scenario, by lower-cased name.
    var spellings: [String: String] = [:]

    init(document: ICalendarDocument, scenario: Scenario?) {
        self.document = document
        self.scenario = scenario
        matcher = scenario.map { ICalendarPeopleMatcher(people: $0.people) }
        notes = document.notes
    }

    mutating func run(diagnostics: Diagnostics) -> ICalendarImport? {
        let attributed = attribute()
        let shifts = attributed.filter { $0.role != nil }
        let covers = attributed.filter { if case .holidayCover = $0.label.kind { return true } else { return false } }
        guard !shifts.isEmpty else {
            let count = document.events.count
            if count == 0 {
                diagnostics.error("holds no events, so no on-call shifts")
            } else if let scenario {
                diagnostics.error(
                    "none of its \(count) event\(count == 1 ? "" : "s") is an on-call shift of \(scenario.people.map(\.name).joined(separator: ", "))",
                    hint: "summaries like \"On call: Alice\", or ATTENDEE addresses matching people's email")
            } else {
                diagnostics.error("none of its \(count) event\(count == 1 ? "" : "s") is an on-call shift naming a person")
            }
            return nil
        }

        let (zone, zoneName) = teamZone(shifts: shifts)
        for unknown in document.unknownZones {
            notes.append("time zone \"\(unknown)\" is neither an IANA zone nor defined in the file; its times are read in \(zoneName)")
        }

        // Expand recurrences; without a scenario, open-ended ones stop a year after the first shift
        // or at the last bounded one, whichever is later.
        var periodEnd: Int? = scenario.map { scenario in
            zone.instant(of: LocalDateTime(day: scenario.period.end.adding(days: 1), handoff: scenario.period.handoff))
        }
        var spans: [Int: [ICalendarEvent.Span]] = [:]
        for item in attributed where item.event.recurrence?.isBounded != false || periodEnd != nil {
            spans[item.order] = document.occurrences(of: item.event, teamZone: zone, horizon: periodEnd)
        }
        if periodEnd == nil {
            let bounded = shifts.compactMap { spans[$0.order] }.joined().map { Self.end(of: $0, zone: zone) }
            let first = shifts.map { item in
                switch item.event.start.value {
                case .date(let day): zone.instant(of: LocalDateTime(day: day))
                case .dateTime(let local, let clock): document.zone(of: clock, teamZone: zone).instant(of: local)
                }
            }.min()!
            let horizon = max(bounded.max() ?? first, first + 52 * 7 * LocalDateTime.secondsPerDay)
            for item in attributed where spans[item.order] == nil {
                spans[item.order] = document.occurrences(of: item.event, teamZone: zone, horizon: horizon)
                notes.append(
                    "line \(item.event.line): \"\(item.event.summary)\" repeats without end; read up to \(zone.local(at: horizon).day.iso)")
            }
        }

        guard let period = scenario?.period ?? inferredPeriod(shifts: shifts, spans: spans, zone: zone, zoneName: zoneName, diagnostics: diagnostics)
        else { return nil }
        periodEnd = zone.instant(of: LocalDateTime(day: period.end.adding(days: 1), handoff: period.handoff))
        let periodStart = zone.instant(of: LocalDateTime(day: period.start, handoff: period.handoff))

        // Shifts on the time line, by role.
        var byRole: [Role: [ICalendarWeekCoverage.Shift]] = [:]
        var outside = 0
        for item in shifts {
            for span in spans[item.order] ?? [] {
                let (start, end) = Self.instants(of: span, handoff: period.handoff, zone: zone)
                if end <= periodStart || start >= periodEnd! {
                    outside += 1
                    continue
                }
                byRole[item.role!, default: []].append(.init(start: start, end: end, person: item.person, order: item.order))
            }
        }
        if outside > 0 {
            notes.append("\(outside) shift\(outside == 1 ? " lies" : "s lie") outside the period \(period.days); ignored")
        }

        let weeks = readWeeks(period: period, byRole: byRole, zone: zone)
        let holidays = readHolidays(covers: covers, spans: spans, period: period, zone: zone)
        let schedule = Schedule(
            team: scenario?.team ?? teamName(),
            period: period,
            people: people(shifts: byRole, covers: holidays),
            weeks: weeks,
            holidays: holidays,
            pipelines: document.pipelines.isEmpty
                ? (scenario?.pipelines ?? []).map {
                    PipelineOwners(name: $0.name, investors: $0.investors, primary: $0.primary ?? "", secondary: $0.secondary ?? "")
                } : document.pipelines)
        return ICalendarImport(schedule: schedule, notes: notes)
    }

    // MARK: - Who each event is about

    /// The events that name a person, with their role; notes for the others.
    private mutating func attribute() -> [Attributed] {
        var result: [Attributed] = []
        for (order, event) in document.events.enumerated() {
            let label = ICalendarEventLabel(summary: event.summary)
            var role: Role?
            switch label.kind {
            case .shift(let shiftRole):
                guard let shiftRole else {
                    notes.append("line \(event.line): \"\(event.summary)\" is an escalation level beyond primary and secondary; ignored")
                    continue
                }
                role = shiftRole
            case .holidayCover: role = nil
            }
            guard let person = person(of: event, label: label) else {
                let whom = scenario == nil ? "nobody" : "nobody in the team"
                notes.append("line \(event.line): \"\(event.summary)\" names \(whom); ignored")
                continue
            }
            result.append(Attributed(event: event, order: order, label: label, role: role, person: person))
        }
        return result
    }

    /// The person an event is about.
    private mutating func person(of event: ICalendarEvent, label: ICalendarEventLabel) -> String? {
        let isShift = if case .shift = label.kind { true } else { false }
        if let matcher {
            if let person = matcher.person(named: label.personText) { return person }
            if isShift, let person = matcher.person(mentionedIn: label.personText) { return person }
            for attendee in event.attendees {
                if let email = attendee.email, let person = matcher.person(email: email) { return person }
            }
            for attendee in event.attendees {
                if let name = attendee.name, let person = matcher.person(named: name) { return person }
            }
            return nil
        }
        var name = label.personText
        if event.attendees.count == 1 && (isShift || name.isEmpty), let attendee = event.attendees.first {
            name = attendee.name ?? attendee.email.map { String($0.prefix { $0 != "@" }) } ?? name
        }
        name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return nil }
        let key = name.lowercased()
        if let spelling = spellings[key] { return spelling }
        spellings[key] = name
        return name
    }

    // MARK: - Zone and period

    /// The team's zone: the scenario's; else the calendar's `X-WR-TIMEZONE`, or the zone of the
    /// first shift, when it is an IANA zone; else UTC.
    private func teamZone(shifts: [Attributed]) -> (ICalendarZone, String) {
        if let scenario {
            return (ICalendarZone(identifier: scenario.period.timezone) ?? .utc, scenario.period.timezone)
        }
        var candidates = [document.timezone].compactMap { $0 }
        for item in shifts {
            if case .dateTime(_, .zone(let identifier)) = item.event.start.value { candidates.append(identifier) }
        }
        for candidate in candidates {
            switch ICalendarZone(identifier: candidate) {
            case .named(let zone): return (.named(zone), zone.identifier)
            case .utc: return (.utc, "UTC")
            default: continue
            }
        }
        return (.utc, "UTC")
    }

    /// Whole weeks from the first shift to the end of the last, starting at the most common
    /// handoff time.
    private mutating func inferredPeriod(
        shifts: [Attributed], spans: [Int: [ICalendarEvent.Span]], zone: ICalendarZone, zoneName: String, diagnostics: Diagnostics
    ) -> Period? {
        let all = shifts.flatMap { spans[$0.order] ?? [] }
        var startTimes: [Int: Int] = [:]
        for span in all {
            if case .timed(let start, _) = span { startTimes[zone.local(at: start).secondOfDay / 60, default: 0] += 1 }
        }
        let minutes = startTimes.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }?.key ?? 9 * 60
        let handoff = HandoffTime(hour: minutes / 60, minute: minutes % 60)
        let starts = all.map { Self.instants(of: $0, handoff: handoff, zone: zone).start }
        let ends = all.map { Self.instants(of: $0, handoff: handoff, zone: zone).end }
        guard let first = starts.min(), let last = ends.max() else {
            diagnostics.error("its shifts have no occurrences")
            return nil
        }
        let firstLocal = zone.local(at: first)
        let handoffSecond = LocalDateTime(day: firstLocal.day, handoff: handoff).secondOfDay
        let startDay = firstLocal.secondOfDay < handoffSecond ? firstLocal.day.adding(days: -1) : firstLocal.day
        let length = zone.local(at: last).wallSeconds - LocalDateTime(day: startDay, handoff: handoff).wallSeconds
        let week = 7 * LocalDateTime.secondsPerDay
        let weeks = max(1, (length + week - 1) / week)
        guard weeks <= 520 else {
            diagnostics.error("its shifts span \(weeks) weeks from \(startDay.iso); Rota reads at most 520 (ten years)")
            return nil
        }
        notes.append("no scenario: the period is read as \(weeks) week\(weeks == 1 ? "" : "s") from \(startDay.iso), handoff at \(handoff) \(zoneName)")
        return Period(start: startDay, weeks: weeks, handoff: handoff, timezone: zoneName)
    }

    /// An occurrence as instants: all-day dates run from handoff to handoff.
    private static func instants(of span: ICalendarEvent.Span, handoff: HandoffTime, zone: ICalendarZone) -> (start: Int, end: Int) {
        switch span {
        case .timed(let start, let end): (start, end)
        case .allDay(let first, let endExclusive):
            (zone.instant(of: LocalDateTime(day: first, handoff: handoff)), zone.instant(of: LocalDateTime(day: endExclusive, handoff: handoff)))
        }
    }

    private static func end(of span: ICalendarEvent.Span, zone: ICalendarZone) -> Int {
        switch span {
        case .timed(_, let end): end
        case .allDay(_, let endExclusive): zone.instant(of: LocalDateTime(day: endExclusive))
        }
    }

    // MARK: - Weeks

    private mutating func readWeeks(period: Period, byRole: [Role: [ICalendarWeekCoverage.Shift]], zone: ICalendarZone) -> [ScheduledWeek] {
        let found = Role.allCases.filter { byRole[$0] != nil }
        let expected = scenario?.rules.roles ?? found
        let roles = Role.allCases.filter { expected.contains($0) || found.contains($0) }
        for role in roles where byRole[role] == nil {
            notes.append("the calendar has no \(role.rawValue) shifts; the scenario's rules ask for a \(role.rawValue) every week")
        }
        if let scenario {
            for role in found where !scenario.rules.roles.contains(role) {
                notes.append("the calendar has \(role.rawValue) shifts, which the scenario's rules do not ask for; they are kept")
            }
        }
        let namesRole = roles != [.primary]
        // Runs of weeks nobody covers, per role, are noted once as a range rather than week by week.
        var uncovered: [Role: [Int]] = [:]
        defer {
            for role in roles {
                for run in Self.runs(uncovered[role] ?? []) {
                    let first = period.dates(ofWeek: run.lowerBound).first.iso
                    let place =
                        run.count == 1
                        ? "week \(run.lowerBound) (\(first))" : "weeks \(run.lowerBound)–\(run.upperBound) (from \(first))"
                    notes.append("\(place)" + (namesRole ? ", \(role.rawValue)" : "") + ": nobody is on call")
                }
            }
        }
        return period.weekNumbers.map { number in
            let dates = period.dates(ofWeek: number)
            let start = zone.instant(of: LocalDateTime(day: dates.first, handoff: period.handoff))
            let end = zone.instant(of: LocalDateTime(day: dates.last.adding(days: 1), handoff: period.handoff))
            var oncall: [Role: String] = [:]
            for role in roles {
                guard let shifts = byRole[role] else { continue }
                let coverage = ICalendarWeekCoverage(from: start, to: end, shifts: shifts, zone: zone)
                if let holder = coverage.holder { oncall[role] = holder }
                guard !coverage.isWhole else { continue }
                if coverage.holder == nil {
                    uncovered[role, default: []].append(number)
                    continue
                }
                let place = "week \(number) (\(dates.first.iso))" + (namesRole ? ", \(role.rawValue)" : "")
                notes.append("\(place): \(coverage.summary)" + (coverage.holder.map { " — counted as \($0)" } ?? ""))
            }
            return ScheduledWeek(week: number, start: dates.first, end: dates.last, oncall: oncall)
        }
    }

    /// Consecutive runs in sorted whole numbers: [1, 2, 3, 7] → [1...3, 7...7].
    private static func runs(_ numbers: [Int]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for number in numbers {
            if let last = result.last, last.upperBound + 1 == number {
                result[result.count - 1] = last.lowerBound...number
            } else {
                result.append(number...number)
            }
        }
        return result
    }

    // MARK: - Holidays

    private mutating func readHolidays(
        covers: [Attributed], spans: [Int: [ICalendarEvent.Span]], period: Period, zone: ICalendarZone
    ) -> [HolidayCover] {
        var found: [(name: String, date: Day, person: String, weight: Double?, line: Int)] = []
        for item in covers {
            guard case .holidayCover(let name) = item.label.kind else { continue }
            for span in spans[item.order] ?? [] {
                let date: Day
                switch span {
                case .allDay(let first, _): date = first
                case .timed(let start, _): date = zone.local(at: start).day
                }
                found.append((name, date, item.person, item.event.holidayWeight, item.event.line))
            }
        }
        found.sort { ($0.date, $0.line) < ($1.date, $1.line) }

        guard let scenario else {
            var covers: [HolidayCover] = []
            for cover in found {
                if !period.days.contains(cover.date) {
                    notes.append("line \(cover.line): holiday cover for \(cover.name) on \(cover.date.iso) lies outside the period \(period.days); ignored")
                } else if let kept = covers.first(where: { $0.date == cover.date && $0.name.lowercased() == cover.name.lowercased() }) {
                    notes.append("line \(cover.line): \(cover.name) (\(cover.date.iso)) is covered twice; counted as \(kept.cover), not \(cover.person)")
                } else {
                    covers.append(HolidayCover(name: cover.name, date: cover.date, weight: cover.weight ?? 1, cover: cover.person))
                }
            }
            return covers
        }

        let holidays = scenario.holidaysInPeriod()
        var assigned: [Int: String] = [:]
        func sameName(_ a: String, _ b: String) -> Bool {
            if HolidayCalendar.normalized(a) == HolidayCalendar.normalized(b) { return true }
            guard let rule = HolidayCalendar.usFederal.rule(named: a) else { return false }
            return HolidayCalendar.usFederal.rule(named: b)?.name == rule.name
        }
        for cover in found {
            let onDate = holidays.indices.filter { holidays[$0].date == cover.date }
            var index = onDate.first { sameName(holidays[$0].name, cover.name) } ?? (onDate.count == 1 ? onDate[0] : nil)
            if index == nil, let named = holidays.indices.first(where: { sameName(holidays[$0].name, cover.name) }) {
                notes.append(
                    "line \(cover.line): holiday cover for \(cover.name) is on \(cover.date.iso), but the scenario has \(holidays[named].name) on \(holidays[named].date.iso); counted for \(holidays[named].date.iso)"
                )
                index = named
            }
            guard let index else {
                notes.append("line \(cover.line): \(cover.name) (\(cover.date.iso)) is not a holiday of the scenario in the period; ignored")
                continue
            }
            if let kept = assigned[index] {
                notes.append(
                    "line \(cover.line): \(holidays[index].name) (\(holidays[index].date.iso)) is covered twice; counted as \(kept), not \(cover.person)")
                continue
            }
            assigned[index] = cover.person
        }
        return holidays.enumerated().map { index, holiday in
            if assigned[index] == nil { notes.append("nobody covers \(holiday.name) (\(holiday.date.iso))") }
            return HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: assigned[index] ?? "")
        }
    }

    // MARK: - People and team

    /// The scenario's people; without one, everyone found, in order of their first shift.
    private func people(shifts: [Role: [ICalendarWeekCoverage.Shift]], covers: [HolidayCover]) -> [ScheduledPerson] {
        if let scenario { return scenario.people.map { ScheduledPerson(name: $0.name, capacity: $0.capacity, away: $0.away) } }
        var first: [String: (start: Int, order: Int)] = [:]
        for shift in shifts.values.joined() {
            if let known = first[shift.person], (known.start, known.order) <= (shift.start, shift.order) { continue }
            first[shift.person] = (shift.start, shift.order)
        }
        var names = first.sorted { ($0.value.start, $0.value.order) < ($1.value.start, $1.value.order) }.map(\.key)
        for cover in covers where !names.contains(cover.cover) { names.append(cover.cover) }
        return names.map { ScheduledPerson(name: $0) }
    }

    /// The calendar's name without Rota's ` on call` ending.
    private func teamName() -> String {
        guard var name = document.name?.trimmingCharacters(in: .whitespaces) else { return "" }
        if let range = name.range(of: " on call", options: [.caseInsensitive, .backwards]) { name = String(name[..<range.lowerBound]) }
        return name
    }
}
