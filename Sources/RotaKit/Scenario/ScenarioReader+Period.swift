import Foundation

/// The scenario's `period:`: its first day, length, handoff time and time zone.
extension ScenarioReader {
    static func readPeriod(_ field: SourceField) -> Period? {
        guard let fields = field.fields(allowedKeys: ["start", "weeks", "end", "handoff", "timezone"], what: "the period") else { return nil }
        guard let startField = fields["start"] else {
            field.error("missing \"start\", the first handoff day", hint: "start: 2027-01-04")
            return nil
        }
        let start = startField.day()
        var weeks: Int?
        var end: Day?
        switch (fields["weeks"], fields["end"]) {
        case (let weeksField?, nil):
            weeks = weeksField.integer(in: 1...520, what: "the number of weeks")
        case (nil, let endField?):
            // An end date off the week boundary gives a short last week that runs to it
            // (`Period`), so that every day to the end date has someone on call.
            if let last = endField.day(), let start {
                let days = start.days(to: last) + 1
                if days < 7 {
                    endField.error("the period ends on \(last.iso), before its first full week from \(start.iso)")
                } else if days > 520 * 7 {
                    endField.error("the period is longer than 520 weeks (ten years)")
                } else {
                    weeks = (days + 6) / 7
                    end = last
                }
            }
        case (_?, _?):
            field.error("give either \"weeks\" or \"end\", not both")
        case (nil, nil):
            field.error("missing \"weeks\" (or \"end\")", hint: "weeks: 52")
        }
        var handoff = HandoffTime(hour: 9, minute: 0)
        if let handoffField = fields["handoff"], let text = handoffField.string(what: "a time, HH:MM") {
            if let parsed = HandoffTime(parsing: text) {
                handoff = parsed
            } else {
                handoffField.error("\"\(text)\" is not a time of day", hint: "write it as HH:MM, e.g. \"09:00\"")
            }
        }
        var timezone = "UTC"
        if let zoneField = fields["timezone"], let name = zoneField.name(what: "an IANA time zone name") {
            if TimeZone(identifier: name) == nil {
                let hint = Suggestion.hint(for: name, among: TimeZone.knownTimeZoneIdentifiers) ?? "use an IANA name such as America/New_York"
                zoneField.error("unknown time zone \"\(name)\"", hint: hint)
            } else {
                timezone = name
            }
        }
        guard let start, let weeks else { return nil }
        return Period(start: start, weeks: weeks, handoff: handoff, timezone: timezone, end: end)
    }
}
