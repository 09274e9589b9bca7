import Foundation

/// Time away read from an iCalendar export of a leave system or a shared "out of office"
/// calendar (`away-calendar: pto.ics`).
///
/// - An event is about the people whose email is an `ATTENDEE`'s (narrowed to the one the summary
///   names, when it names one of several); else the person whose email is the `ORGANIZER`'s;
///   else the one person the summary names (full name, or a first name only one person has).
/// - Cancelled events (`STATUS:CANCELLED`) and free ones (`TRANSP:TRANSPARENT`) are ignored.
/// - An all-day event makes its people away from `DTSTART` up to `DTEND` (exclusive); a timed
///   event on every date it touches in the period's time zone (an event ending at midnight does
///   not touch the next date). Daily, weekly and yearly recurrences are expanded.
/// - Only dates inside the period count; an event in the period that matches nobody is reported.
public struct LeaveCalendar: Sendable {
    /// An event in the period that names nobody in the team.
    public struct Unmatched: Sendable, Equatable {
        public var summary: String
        public var dates: DayRange
        /// The line of its `BEGIN:VEVENT`.
        public var line: Int
    }

    /// Away dates inside the period, by person name, in date order.
    public var away: [String: [Day]] = [:]
    public var unmatched: [Unmatched] = []
    /// Warnings about the file (unmatched events among them), for `check` and `plan` to show.
    public var warnings: [InputProblem] = []

    /// Reads the leave calendar at `path` for `people` over `period`.
    /// - Throws: ``InputErrors`` when the file is missing, not iCalendar, or has an unreadable
    ///   date or recurrence (file and line in each message).
    public static func load(path: String, people: [Person], period: Period) throws(InputErrors) -> LeaveCalendar {
        let text = try SourceDocument.readText(at: path, what: "an iCalendar file of time away")
        return try read(text, file: path, people: people, period: period)
    }

    /// See ``load(path:people:period:)``; `file` names the text in messages.
    public static func read(_ text: String, file: String, people: [Person], period: Period) throws(InputErrors) -> LeaveCalendar {
        let diagnostics = Diagnostics(file: file)
        guard let document = ICalendarDocument(text: text, diagnostics: diagnostics, yearly: true) else { throw InputErrors(diagnostics.problems) }
        try diagnostics.throwIfErrors()
        let extras = eventExtras(text, file: file)
        let zone = ICalendarZone(identifier: period.timezone) ?? .utc
        let horizon = zone.instant(of: LocalDateTime(day: period.end.adding(days: 1)))
        let matcher = ICalendarPeopleMatcher(people: people)
        var result = LeaveCalendar()
        var awayDays: [String: Set<Day>] = [:]
        for event in document.events {
            let extra = extras[event.line] ?? EventExtras()
            if extra.transparent { continue }
            var dates = Set<Day>()
            for span in document.occurrences(of: event, teamZone: zone, horizon: horizon) {
                dates.formUnion(days(of: span, zone: zone))
            }
            let inPeriod = dates.filter { period.days.contains($0) }.sorted()
            guard let first = inPeriod.first, let last = inPeriod.last else { continue }
            let whom = Self.people(of: event, organizer: extra.organizer, matcher: matcher)
            if whom.isEmpty {
                let summary = event.summary.isEmpty ? "(no title)" : event.summary
                let range = DayRange(first, last)
                result.unmatched.append(Unmatched(summary: summary, dates: range, line: event.line))
                diagnostics.warning(
                    line: event.line, "\"\(summary)\" on \(range) names nobody in the team; ignored",
                    hint: "give the person's email in the scenario, or their name in the event's title")
                continue
            }
            for person in whom { awayDays[person, default: []].formUnion(inPeriod) }
        }
        result.away = awayDays.mapValues { $0.sorted() }
        result.warnings = diagnostics.warnings
        return result
    }

    /// The dates `span` touches in `zone`.
    static func days(of span: ICalendarEvent.Span, zone: ICalendarZone) -> [Day] {
        let first: Day
        let last: Day
        switch span {
        case .allDay(let start, let endExclusive):
            first = start
            last = max(start, endExclusive.adding(days: -1))
        case .timed(let start, let end):
            first = zone.local(at: start).day
            last = max(first, zone.local(at: max(start, end - 1)).day)
        }
        return (0...first.days(to: last)).map { first.adding(days: $0) }
    }

    /// The people an event is about, in team order: attendees' emails, else the organizer's,
    /// else the one person the summary names.
    static func people(of event: ICalendarEvent, organizer: String?, matcher: ICalendarPeopleMatcher) -> [String] {
        var attendees: [String] = []
        for email in event.attendees.compactMap(\.email) {
            if let person = matcher.person(email: email), !attendees.contains(person) { attendees.append(person) }
        }
        let named = matcher.person(named: event.summary) ?? matcher.person(mentionedIn: event.summary)
        if attendees.count > 1, let named, attendees.contains(named) { return [named] }
        if !attendees.isEmpty { return attendees }
        if let organizer, let person = matcher.person(email: organizer) { return [person] }
        return named.map { [$0] } ?? []
    }

    /// What ``ICalendarDocument`` does not keep about an event.
    struct EventExtras {
        /// The organizer's email, from `ORGANIZER:mailto:…`.
        var organizer: String?
        /// `TRANSP:TRANSPARENT`: the time shows as free.
        var transparent = false
    }

    /// The organizer and transparency of each `VEVENT`, by the line of its `BEGIN:VEVENT`.
    static func eventExtras(_ text: String, file: String) -> [Int: EventExtras] {
        let scratch = Diagnostics(file: file)
        var extras: [Int: EventExtras] = [:]
        for calendar in ICalendarParser.calendars(in: text, diagnostics: scratch) ?? [] {
            for component in calendar.components("VEVENT") {
                var extra = EventExtras()
                if let value = component.property("ORGANIZER")?.value.trimmingCharacters(in: .whitespaces) {
                    extra.organizer = value.lowercased().hasPrefix("mailto:") ? String(value.dropFirst(7)) : (value.contains("@") ? value : nil)
                }
                extra.transparent = component.property("TRANSP")?.value.trimmingCharacters(in: .whitespaces).uppercased() == "TRANSPARENT"
                extras[component.line] = extra
            }
        }
        return extras
    }
}
