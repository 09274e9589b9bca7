import Foundation

extension Schedule {
    /// The `PRODID` of every calendar Rota writes.
    public static let icalendarProductIdentifier = "-//Rota//Rota on-call planner//EN"

    /// The schedule as an iCalendar (RFC 5545) document, for calendar apps to import or subscribe to.
    ///
    /// One event per on-call week and role, from handoff to handoff in the team's time zone
    /// (`On call (primary): Alice`), and one all-day event per covered holiday
    /// (`Holiday cover: Christmas Day — Alice`). Times carry the team's `TZID` and the document
    /// holds a matching `VTIMEZONE`. Event UIDs depend only on the team, the week's start date and
    /// the role (or the holiday's date), so a re-planned schedule updates a subscribed calendar
    /// instead of duplicating it; each event's `SEQUENCE` is the schedule's (``ScheduledWeek/sequence``,
    /// raised by ``sequenced(after:)`` when a what-if changes the event), so the calendar takes the
    /// change. `DTSTAMP` is the time of writing, or `SOURCE_DATE_EPOCH` (``ICalendarStamp``), so
    /// the same schedule written with the same stamp gives the same bytes.
    ///
    /// - Parameters:
    ///   - person: a personal feed: only the weeks this person holds and the holidays they cover.
    ///     Matched against the schedule's names, ignoring case. `nil` for the whole team.
    ///   - scenario: when given, its people's `email`s are added to their events as `ATTENDEE`s.
    ///   - stamp: the `DTSTAMP` of every event.
    /// - Returns: the document, lines folded at 75 octets and ended by CRLF.
    /// - Complexity: O(weeks × roles + holidays + pipelines × events).
    public func icalendar(person: String? = nil, scenario: Scenario? = nil, stamp: ICalendarStamp = .current()) -> String {
        let selected = person.map { name in
            icalendarPersonName(matching: name) ?? name
        }
        let slug = Self.icalendarSlug(team)
        let zoneIdentifier = TimeZone(identifier: period.timezone) == nil ? "UTC" : period.timezone
        let lastDay = (weeks.map(\.end) + [period.end]).max()!.adding(days: 1)
        let firstDay = (weeks.map(\.start) + [period.start]).min()!
        let stamp = stamp.icalendarText
        let emails = Dictionary(
            (scenario?.people ?? []).compactMap { person in person.email.map { (person.name, $0) } },
            uniquingKeysWith: { first, _ in first })

        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.property("VERSION", "2.0")
        writer.property("PRODID", Self.icalendarProductIdentifier)
        writer.property("CALSCALE", "GREGORIAN")
        let calendarName = (team.isEmpty ? "On call" : "\(team) on call") + (selected.map { ": \($0)" } ?? "")
        writer.text("X-WR-CALNAME", calendarName)
        writer.text("X-WR-TIMEZONE", zoneIdentifier)
        writer.property("REFRESH-INTERVAL", parameters: [("VALUE", "DURATION")], "PT12H")
        writer.property("X-PUBLISHED-TTL", "PT12H")
        ICalendarTimeZoneDefinition(identifier: zoneIdentifier, years: firstDay.year...lastDay.year)?.write(to: &writer)
        // Pipeline owners, for Rota to read back (calendars ignore X- properties).
        if selected == nil {
            for pipeline in pipelines {
                var parameters = [("X-PRIMARY", pipeline.primary), ("X-SECONDARY", pipeline.secondary)]
                if pipeline.investors { parameters.append(("X-INVESTORS", "TRUE")) }
                writer.text("X-ROTA-PIPELINE", parameters: parameters, pipeline.name)
            }
        }

        func attendee(_ name: String) {
            guard let email = emails[name] else { return }
            writer.property("ATTENDEE", parameters: [("CN", name)], "mailto:\(email)")
        }

        for week in weeks.sorted(by: { $0.week < $1.week }) {
            for (role, holder) in week.oncall.sorted(by: { $0.key < $1.key }) where selected == nil || holder == selected {
                writer.begin("VEVENT")
                writer.property("UID", "\(slug)-\(week.start.iso)-\(role.rawValue)@rota")
                writer.property("DTSTAMP", stamp)
                writer.property("DTSTART", parameters: [("TZID", zoneIdentifier)], LocalDateTime(day: week.start, handoff: period.handoff).icalendarText)
                writer.property(
                    "DTEND", parameters: [("TZID", zoneIdentifier)], LocalDateTime(day: week.end.adding(days: 1), handoff: period.handoff).icalendarText)
                writer.text("SUMMARY", "On call (\(role.rawValue)): \(holder)")
                writer.text("DESCRIPTION", icalendarDescription(of: week, role: role, holder: holder, zone: zoneIdentifier))
                writer.property("SEQUENCE", String(week.sequence[role] ?? 0))
                writer.property("TRANSP", "TRANSPARENT")
                attendee(holder)
                writer.end("VEVENT")
            }
        }

        let coveredDates = Dictionary(grouping: holidays.filter { !$0.cover.isEmpty }, by: \.date)
        for holiday in holidays.sorted(by: { ($0.date, $0.name) < ($1.date, $1.name) })
        where !holiday.cover.isEmpty && (selected == nil || holiday.cover == selected) {
            let sharesDate = (coveredDates[holiday.date]?.count ?? 0) > 1
            writer.begin("VEVENT")
            writer.property("UID", "\(slug)-holiday-\(holiday.date.iso)" + (sharesDate ? "-\(Self.icalendarSlug(holiday.name))" : "") + "@rota")
            writer.property("DTSTAMP", stamp)
            writer.property("DTSTART", parameters: [("VALUE", "DATE")], holiday.date.icalendarText)
            writer.property("DTEND", parameters: [("VALUE", "DATE")], holiday.date.adding(days: 1).icalendarText)
            writer.text("SUMMARY", "Holiday cover: \(holiday.name) — \(holiday.cover)")
            writer.text("DESCRIPTION", icalendarDescription(of: holiday))
            writer.property("SEQUENCE", String(holiday.sequence))
            writer.property("TRANSP", "TRANSPARENT")
            if holiday.weight != 1 { writer.property("X-ROTA-HOLIDAY-WEIGHT", Numbers.exact(holiday.weight)) }
            attendee(holiday.cover)
            writer.end("VEVENT")
        }
        writer.end("VCALENDAR")
        return writer.rendered
    }

    /// The schedule's spelling of `name` (a person listed in `people` or holding a week or a
    /// holiday), ignoring case; `nil` when nobody has that name. For checking `--person`.
    public func icalendarPersonName(matching name: String) -> String? {
        let names = people.map(\.name) + weeks.flatMap { $0.oncall.values.sorted() } + holidays.map(\.cover)
        if names.contains(name) { return name }
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return names.first { $0.lowercased() == key }
    }

    /// What one on-call event says: the week, who holds the other roles, what the holder owns.
    private func icalendarDescription(of week: ScheduledWeek, role: Role, holder: String, zone: String) -> String {
        var lines = ["Week \(week.week), \(week.start.iso) to \(week.end.iso): \(role.rawValue) on call, handoff at \(period.handoff) (\(zone))."]
        for (otherRole, other) in week.oncall.sorted(by: { $0.key < $1.key }) where otherRole != role {
            lines.append("\(otherRole.rawValue.prefix(1).uppercased() + otherRole.rawValue.dropFirst()) on call: \(other).")
        }
        lines.append(contentsOf: icalendarOwnership(of: holder))
        return lines.joined(separator: "\n")
    }

    /// What one holiday-cover event says.
    private func icalendarDescription(of holiday: HolidayCover) -> String {
        var text = "\(holiday.cover) covers \(holiday.name) on \(holiday.date.iso)"
        if holiday.weight != 1 { text += " (weight \(Numbers.exact(holiday.weight)))" }
        text += "."
        if let week = weeks.first(where: { $0.start <= holiday.date && holiday.date <= $0.end }), !week.oncall.isEmpty {
            let holders = week.oncall.sorted { $0.key < $1.key }.map { "\($0.value) (\($0.key.rawValue))" }
            text += "\nOn call that week: \(holders.joined(separator: ", "))."
        }
        return text
    }

    /// `Alice owns:` and one line per pipeline, investor pipelines marked.
    private func icalendarOwnership(of person: String) -> [String] {
        let owned = pipelines.flatMap { pipeline -> [String] in
            var roles: [String] = []
            if pipeline.primary == person { roles.append("primary owner") }
            if pipeline.secondary == person { roles.append("secondary owner") }
            guard !roles.isEmpty else { return [] }
            if pipeline.investors { roles.append("reports to investors") }
            return ["- \(pipeline.name) (\(roles.joined(separator: ", ")))"]
        }
        if pipelines.isEmpty { return [] }
        return owned.isEmpty ? ["\(person) owns no pipelines."] : ["\(person) owns:"] + owned
    }

    /// `data-engineering`: lower-case ASCII letters and digits joined by hyphens; `rota` when
    /// nothing is left.
    static func icalendarSlug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.isEmpty ? "rota" : words.joined(separator: "-").lowercased()
    }
}
