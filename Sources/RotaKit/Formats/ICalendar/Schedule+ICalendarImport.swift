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
    /// - All-day events titled `Holiday cover: Christmas Day — Alice` are holiday covers. With a
    ///   scenario, a holiday the calendar names no cover for is covered by whoever is on call
    ///   (the first role) for most of the day, with a note.
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

/// The steps of ``ScheduleReader/importICalendar(_:file:scenario:)``: this file assembles the
/// schedule; who each event names is in `ICalendarImporter+People.swift`, the zone, period and
/// weeks in `ICalendarImporter+Weeks.swift`, holiday covers in `ICalendarImporter+Holidays.swift`.
struct ICalendarImporter {
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
        return ICalendarImport(schedule: inferringHolidayCovers(schedule), notes: notes)
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
