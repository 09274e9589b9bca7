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
        switch (fields["weeks"], fields["end"]) {
        case (let weeksField?, nil):
            weeks = weeksField.integer(in: 1...520, what: "the number of weeks")
        case (nil, let endField?):
            if let end = endField.day(), let start {
                let days = start.days(to: end) + 1
                if days < 7 {
                    endField.error("the period ends on \(end.iso), before its first full week from \(start.iso)")
                } else if days > 520 * 7 {
                    endField.error("the period is longer than 520 weeks (ten years)")
                } else {
                    weeks = days / 7
                    if days % 7 != 0 {
                        endField.warning(
                            "the period from \(start.iso) to \(end.iso) is \(days) days, not whole weeks; planning \(days / 7) weeks, to \(start.adding(days: 7 * (days / 7) - 1).iso)"
                        )
                    }
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
        return Period(start: start, weeks: weeks, handoff: handoff, timezone: timezone)
    }
}
