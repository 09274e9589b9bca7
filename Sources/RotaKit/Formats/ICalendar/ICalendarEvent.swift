import Foundation

/// Someone an event names in an `ATTENDEE` property.
struct ICalendarAttendee: Hashable, Sendable {
    /// From a `mailto:` value, without the scheme.
    var email: String?
    /// The `CN` parameter.
    var name: String?
}

/// One `VEVENT` as a file writes it, before its recurrences are expanded.
struct ICalendarEvent: Sendable {
    /// How the event's end is given.
    enum End: Sendable {
        case time(ICalendarTime)
        case duration(ICalendarDuration)
        case unspecified
    }

    var uid: String?
    var summary: String
    var attendees: [ICalendarAttendee]
    /// The line of `BEGIN:VEVENT`.
    var line: Int
    var start: ICalendarTime
    var end: End
    var recurrence: ICalendarRecurrence?
    /// `RDATE`s: extra occurrences.
    var additions: [ICalendarTime] = []
    /// `EXDATE`s, and the `RECURRENCE-ID`s of events that replace single occurrences.
    var exclusions: [ICalendarTime] = []
    /// Set when this event replaces one occurrence of the recurring event with the same UID.
    var recurrenceID: ICalendarTime?
    /// `X-ROTA-HOLIDAY-WEIGHT`, which Rota writes on holiday covers that weigh more than one.
    var holidayWeight: Double?

    /// Where an occurrence lies on the time line.
    enum Span: Hashable, Sendable {
        /// From one instant to another (seconds since 1970-01-01T00:00Z).
        case timed(start: Int, end: Int)
        /// Whole dates, `first` up to but not including `endExclusive`.
        case allDay(first: Day, endExclusive: Day)
    }
}

/// The events and time zones of an iCalendar file, read from its components.
struct ICalendarDocument: Sendable {
    /// `X-WR-CALNAME`.
    var name: String?
    /// `X-WR-TIMEZONE`: the zone the calendar is meant to be shown in.
    var timezone: String?
    /// Events in file order, cancelled ones left out.
    var events: [ICalendarEvent] = []
    /// Zones defined by the file's `VTIMEZONE`s, by `TZID`.
    var definedZones: [String: ObservedOffsets] = [:]
    /// What was set aside while reading (a cancelled event, an unreadable `VTIMEZONE`).
    var notes: [String] = []
    /// Pipeline owners written by Rota's own export (`X-ROTA-PIPELINE`).
    var pipelines: [PipelineOwners] = []

    /// Reads the calendars of `text`, reporting problems to `diagnostics`.
    /// - Parameter yearly: whether events may repeat yearly (`FREQ=YEARLY`): holidays and leave
    ///   do (Christmas every 25 December, Thanksgiving the fourth Thursday of November); on-call
    ///   shifts do not, so a schedule refuses them.
    /// - Returns: `nil` when the text is not iCalendar at all.
    init?(text: String, diagnostics: Diagnostics, yearly: Bool = false) {
        guard let calendars = ICalendarParser.calendars(in: text, diagnostics: diagnostics) else { return nil }
        for calendar in calendars {
            if calendar.name != "VCALENDAR" {
                diagnostics.error(line: calendar.line, "BEGIN:\(calendar.name) where BEGIN:VCALENDAR should be")
                continue
            }
            name = name ?? calendar.property("X-WR-CALNAME")?.text
            timezone = timezone ?? calendar.property("X-WR-TIMEZONE")?.text.trimmingCharacters(in: .whitespaces)
            for component in calendar.components("VTIMEZONE") { readZone(component) }
            for property in calendar.properties("X-ROTA-PIPELINE") {
                pipelines.append(
                    PipelineOwners(
                        name: property.text, investors: property.parameter("X-INVESTORS")?.uppercased() == "TRUE",
                        primary: property.parameter("X-PRIMARY") ?? "", secondary: property.parameter("X-SECONDARY") ?? ""))
            }
            for component in calendar.components("VEVENT") {
                if let event = Self.event(component, diagnostics: diagnostics, notes: &notes, yearly: yearly) { events.append(event) }
            }
        }
        // An event with a RECURRENCE-ID replaces that occurrence of the recurring event with its UID.
        let replaced = Dictionary(grouping: events.filter { $0.recurrenceID != nil && $0.uid != nil }, by: { $0.uid! })
        for index in events.indices where events[index].recurrenceID == nil && events[index].recurrence != nil {
            if let uid = events[index].uid, let replacements = replaced[uid] {
                events[index].exclusions += replacements.compactMap(\.recurrenceID)
            }
        }
    }

    private static func event(_ component: ICalendarComponent, diagnostics: Diagnostics, notes: inout [String], yearly: Bool) -> ICalendarEvent? {
        let summary = component.property("SUMMARY")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if component.property("STATUS")?.value.trimmingCharacters(in: .whitespaces).uppercased() == "CANCELLED" {
            notes.append("line \(component.line): \"\(summary)\" is cancelled; ignored")
            return nil
        }
        func time(_ property: ICalendarProperty) -> ICalendarTime? {
            if let time = ICalendarTime(property.value, of: property) { return time }
            diagnostics.error(
                line: property.line, field: property.name, "\"\(property.value)\" is not a date or a date-time",
                hint: "iCalendar writes 20270104 or 20270104T090000 (Z for UTC)")
            return nil
        }
        guard let startProperty = component.property("DTSTART") else {
            diagnostics.error(line: component.line, field: "DTSTART", "the event \"\(summary)\" has no DTSTART")
            return nil
        }
        guard let start = time(startProperty) else { return nil }
        var end = ICalendarEvent.End.unspecified
        if let endProperty = component.property("DTEND") {
            guard let time = time(endProperty) else { return nil }
            end = .time(time)
        } else if let durationProperty = component.property("DURATION") {
            guard let duration = ICalendarDuration(durationProperty.value) else {
                diagnostics.error(line: durationProperty.line, field: "DURATION", "\"\(durationProperty.value)\" is not a duration", hint: "P7D, PT12H, P1W")
                return nil
            }
            end = .duration(duration)
        }
        var recurrence: ICalendarRecurrence?
        let rules = component.properties("RRULE")
        if let rule = rules.first {
            do {
                recurrence = try ICalendarRecurrence(parsing: rule.value)
            } catch {
                diagnostics.error(line: rule.line, field: "RRULE", error.message)
                return nil
            }
            if recurrence?.frequency == .yearly && !yearly {
                diagnostics.error(line: rule.line, field: "RRULE", "FREQ=YEARLY is not supported for events; shifts may repeat DAILY or WEEKLY")
                return nil
            }
            if rules.count > 1 { notes.append("line \(rules[1].line): only the first RRULE of an event is used") }
        }
        func times(_ name: String) -> [ICalendarTime] {
            component.properties(name).flatMap { property in
                ICalendarParser.listItems(property.value).compactMap { item -> ICalendarTime? in
                    if property.parameter("VALUE")?.uppercased() == "PERIOD" || item.contains("/") {
                        notes.append("line \(property.line): \(name) periods are not supported; \"\(item)\" ignored")
                        return nil
                    }
                    guard let time = ICalendarTime(item, of: property) else {
                        diagnostics.error(line: property.line, field: name, "\"\(item)\" is not a date or a date-time")
                        return nil
                    }
                    return time
                }
            }
        }
        let attendees = component.properties("ATTENDEE").map { property in
            let value = property.value.trimmingCharacters(in: .whitespaces)
            let email = value.lowercased().hasPrefix("mailto:") ? String(value.dropFirst(7)) : (value.contains("@") ? value : nil)
            return ICalendarAttendee(email: email, name: property.parameter("CN").map { $0.trimmingCharacters(in: .whitespaces) })
        }
        var recurrenceID: ICalendarTime?
        if let property = component.property("RECURRENCE-ID") { recurrenceID = time(property) }
        return ICalendarEvent(
            uid: component.property("UID")?.value.trimmingCharacters(in: .whitespaces), summary: summary, attendees: attendees,
            line: component.line, start: start, end: end, recurrence: recurrence, additions: times("RDATE"), exclusions: times("EXDATE"),
            recurrenceID: recurrenceID,
            holidayWeight: component.property("X-ROTA-HOLIDAY-WEIGHT").flatMap { Double($0.value.trimmingCharacters(in: .whitespaces)) })
    }

    /// Reads the onsets of a `VTIMEZONE`'s observances into ``definedZones``.
    private mutating func readZone(_ component: ICalendarComponent) {
        guard let identifier = component.property("TZID")?.value.trimmingCharacters(in: .whitespaces), !identifier.isEmpty else { return }
        var onsets: [(instant: Int, offset: Int, from: Int)] = []
        for observance in component.components where observance.name == "STANDARD" || observance.name == "DAYLIGHT" {
            guard let startProperty = observance.property("DTSTART"), let start = ICalendarTime(startProperty.value, zone: nil),
                let from = observance.property("TZOFFSETFROM").flatMap({ ICalendarTime.utcOffset($0.value) }),
                let to = observance.property("TZOFFSETTO").flatMap({ ICalendarTime.utcOffset($0.value) })
            else {
                notes.append("line \(observance.line): a \(observance.name) observance of time zone \"\(identifier)\" cannot be read; ignored")
                continue
            }
            var starts = [start.local]
            if let rule = observance.property("RRULE") {
                guard let recurrence = try? ICalendarRecurrence(parsing: rule.value) else {
                    notes.append("line \(rule.line): the RRULE of time zone \"\(identifier)\" cannot be read; only its DTSTART is used")
                    onsets.append((start.local.wallSeconds - from, to, from))
                    continue
                }
                let untilInstant: Int? = recurrence.until.map { until in
                    if case .dateTime(let time, .utc) = until.value { return time.wallSeconds }
                    return until.local.wallSeconds - from
                }
                starts = recurrence.occurrences(
                    from: start.local, isAfterUntil: { local in untilInstant.map { local.wallSeconds - from > $0 } ?? false },
                    isPastHorizon: { $0.day.year > 2200 })
            }
            for property in observance.properties("RDATE") {
                starts += ICalendarParser.listItems(property.value).compactMap { ICalendarTime($0, zone: nil)?.local }
            }
            onsets += starts.map { ($0.wallSeconds - from, to, from) }
        }
        guard !onsets.isEmpty else { return }
        onsets.sort { $0.instant < $1.instant }
        definedZones[identifier] = ObservedOffsets(onsets: onsets.map { ($0.instant, $0.offset) }, initialOffset: onsets[0].from)
    }

    /// The zone a `TZID` names: the IANA zone when Foundation knows it (its data is more complete
    /// than most files' `VTIMEZONE`s), else the file's own definition; `nil` when neither exists.
    func zone(named identifier: String) -> ICalendarZone? {
        if let zone = ICalendarZone(identifier: identifier) { return zone }
        return definedZones[identifier].map(ICalendarZone.defined)
    }

    /// The zone a time is read in: `teamZone` for floating times and unknown `TZID`s.
    func zone(of clock: ICalendarTime.Clock, teamZone: ICalendarZone) -> ICalendarZone {
        switch clock {
        case .utc: .utc
        case .floating: teamZone
        case .zone(let identifier): zone(named: identifier) ?? teamZone
        }
    }

    /// The `TZID`s used by events that neither Foundation nor the file defines.
    var unknownZones: [String] {
        var names = Set<String>()
        for event in events {
            for time in [event.start] + event.exclusions + event.additions {
                if case .dateTime(_, .zone(let identifier)) = time.value, zone(named: identifier) == nil { names.insert(identifier) }
            }
        }
        return names.sorted()
    }

    /// Every occurrence of `event` that starts before `horizon`, in time order: the recurrence
    /// expanded, `RDATE`s added, `EXDATE`s and replaced occurrences taken out.
    ///
    /// Each occurrence lasts as long as the event, measured on the wall clock when `DTEND` is
    /// on the same clock as `DTSTART` (a weekly 09:00 to 09:00 shift stays 09:00 to 09:00 across
    /// a change of clocks), exactly otherwise.
    /// - Parameters:
    ///   - teamZone: the zone of floating times, and of all-day dates when comparing with `horizon`.
    ///   - horizon: an instant after which nothing is needed; `nil` expands bounded rules fully and
    ///     unbounded ones up to ``ICalendarRecurrence/occurrenceLimit``.
    func occurrences(of event: ICalendarEvent, teamZone: ICalendarZone, horizon: Int?) -> [ICalendarEvent.Span] {
        switch event.start.value {
        case .date(let firstDay):
            var length = 1
            switch event.end {
            case .time(let end): length = max(firstDay.days(to: end.local.day), 1)
            case .duration(let duration): length = max(duration.days + duration.seconds / LocalDateTime.secondsPerDay, 1)
            case .unspecified: break
            }
            let untilDay = event.recurrence?.until?.local.day
            var days =
                event.recurrence?.occurrences(
                    from: LocalDateTime(day: firstDay), isAfterUntil: { local in untilDay.map { local.day > $0 } ?? false },
                    isPastHorizon: { local in horizon.map { teamZone.instant(of: local) >= $0 } ?? false }
                ).map(\.day) ?? [firstDay]
            days += event.additions.map(\.local.day)
            let excluded = Set(event.exclusions.map(\.local.day))
            return Set(days).subtracting(excluded).sorted().map { .allDay(first: $0, endExclusive: $0.adding(days: length)) }

        case .dateTime(let startLocal, let clock):
            let zone = zone(of: clock, teamZone: teamZone)
            let startInstant = zone.instant(of: startLocal)
            func instant(_ time: ICalendarTime) -> Int {
                switch time.value {
                case .date(let day): zone.instant(of: LocalDateTime(day: day))
                case .dateTime(let local, let clock): self.zone(of: clock, teamZone: teamZone).instant(of: local)
                }
            }
            let endOf: (LocalDateTime) -> Int
            switch event.end {
            case .time(let end):
                if case .dateTime(let endLocal, let endClock) = end.value, endClock == clock {
                    let wallLength = endLocal.wallSeconds - startLocal.wallSeconds
                    endOf = { zone.instant(of: LocalDateTime(wallSeconds: $0.wallSeconds + wallLength)) }
                } else {
                    let length = instant(end) - startInstant
                    endOf = { zone.instant(of: $0) + length }
                }
            case .duration(let duration):
                endOf = { zone.instant(of: $0.adding(days: duration.days)) + duration.seconds }
            case .unspecified:
                endOf = { zone.instant(of: $0) }
            }
            let until: ((LocalDateTime) -> Bool)? = event.recurrence?.until.map { until in
                switch until.value {
                case .date(let day): return { $0.day > day }
                case .dateTime(let local, .utc): return { zone.instant(of: $0) > local.wallSeconds }
                case .dateTime(let local, _): return { $0 > local }
                }
            }
            var starts =
                event.recurrence?.occurrences(
                    from: startLocal, isAfterUntil: until ?? { _ in false },
                    isPastHorizon: { local in horizon.map { zone.instant(of: local) >= $0 } ?? false }
                ) ?? [startLocal]
            starts += event.additions.map { time in
                if case .dateTime(let local, let addedClock) = time.value, addedClock == clock { return local }
                return zone.local(at: instant(time))
            }
            let excludedInstants = Set(event.exclusions.filter { !$0.isDate }.map(instant))
            let excludedDays = Set(event.exclusions.filter(\.isDate).map(\.local.day))
            var seen = Set<Int>()
            return starts.compactMap { local -> (Int, Int)? in
                let start = zone.instant(of: local)
                guard !excludedInstants.contains(start), !excludedDays.contains(local.day), seen.insert(start).inserted else { return nil }
                return (start, endOf(local))
            }
            .sorted { $0.0 < $1.0 }
            .map { .timed(start: $0.0, end: max($0.1, $0.0)) }
        }
    }
}
