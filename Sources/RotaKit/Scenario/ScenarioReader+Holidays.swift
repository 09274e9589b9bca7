/// The scenario's `holidays:`: which calendar, which of its days, extra days, weights.
extension ScenarioReader {
    static let holidayKeys = ["calendar", "only", "extra", "weights", "observed"]

    static func readHolidays(_ field: SourceField) -> HolidaySettings? {
        guard let fields = field.fields(allowedKeys: holidayKeys, what: "the holidays") else { return nil }
        var settings = HolidaySettings()
        if let calendarField = fields["calendar"], let calendar = readCalendar(calendarField) {
            settings.calendar = calendar
        }
        let builtIn = settings.calendar.builtIn
        let known = builtIn?.holidayNames ?? []
        if let onlyField = fields["only"], let items = onlyField.sequence(what: "holiday names") {
            settings.only = items.compactMap { item in
                guard let name = item.name(what: "a holiday name") else { return nil }
                guard let builtIn else { return name }
                guard let rule = builtIn.rule(named: name) else {
                    let recurring = builtIn.rules.filter { !$0.isOneOff }.map(\.name)
                    if let suggestion = HolidayNicknames.suggestion(for: name, among: known) {
                        item.error(
                            "\"\(name)\" is not a holiday of the \(builtIn.name) calendar; did you mean \"\(suggestion)\"?",
                            hint: "the \(builtIn.name) calendar has \(names(recurring))")
                    } else {
                        item.error(
                            "\"\(name)\" is not a holiday of the \(builtIn.name) calendar",
                            hint: "the \(builtIn.name) calendar has \(names(recurring)); another day goes under extra with its date")
                    }
                    return nil
                }
                return rule.name
            }
            if settings.calendar == .none { onlyField.warning("\"only\" has no effect with calendar: none") }
        }
        if let extraField = fields["extra"], let items = extraField.sequence(what: "extra holidays") {
            settings.extra = items.compactMap { item in
                guard let entry = item.fields(allowedKeys: ["name", "date"], what: "an extra holiday") else { return nil }
                guard let nameField = entry["name"], let dateField = entry["date"] else {
                    item.error("an extra holiday needs a name and a date", hint: "{ name: Company Day, date: 2027-08-20 }")
                    return nil
                }
                guard let name = nameField.name(what: "a holiday name"), let date = dateField.day() else { return nil }
                return NamedDay(name: name, date: date)
            }
        }
        if let weightsField = fields["weights"],
            let entries = weightsField.mapping(allowedKeys: Array(Set(known + settings.extra.map(\.name) + weightsKeys(weightsField))), what: "holiday weights")
        {
            readWeights(entries, into: &settings)
        }
        if let observedField = fields["observed"], let observed = observedField.boolean(what: "observed") {
            settings.observed = observed
        }
        return settings
    }

    /// A calendar name (`uk-england-wales`, `none`) or the path of an `.ics` file; an error
    /// listing the known names otherwise.
    static func readCalendar(_ field: SourceField) -> HolidaySettings.Calendar? {
        guard let name = field.name(what: "a holiday calendar") else { return nil }
        if let calendar = HolidaySettings.Calendar(parsing: name) { return calendar }
        let names = HolidaySettings.Calendar.allCases.map(\.rawValue)
        field.error(
            "unknown holiday calendar \"\(name)\"",
            hint: Suggestion.hint(for: name, among: names) ?? "known calendars: \(HolidaySettings.Calendar.known)")
        return nil
    }

    /// `weights:`: each name must be a holiday of the calendar or an extra day (the error lists
    /// them); a weight for a holiday that `only` leaves out is a warning, since it has no effect.
    /// With an iCalendar file the names are checked when the file is read.
    private static func readWeights(_ entries: [(key: String, value: SourceField)], into settings: inout HolidaySettings) {
        let builtIn = settings.calendar.builtIn
        let extraNames = settings.extra.map(\.name)
        let recurring = builtIn?.rules.filter { !$0.isOneOff }.map(\.name) ?? []
        for (name, value) in entries {
            let rule = builtIn?.rule(named: name)
            let isKnown = rule != nil || extraNames.contains(name) || settings.calendar.filePath != nil
            if !isKnown {
                var listing = builtIn.map { "the \($0.name) calendar has \(names(recurring))" } ?? "the calendar \(settings.calendar) has no days"
                if !extraNames.isEmpty { listing += "; extra days: \(names(extraNames))" }
                if let suggestion = HolidayNicknames.suggestion(for: name, among: (builtIn?.holidayNames ?? []) + extraNames) {
                    value.error("no holiday called \"\(name)\"; did you mean \"\(suggestion)\"?", hint: listing)
                } else {
                    value.error("no holiday called \"\(name)\"", hint: listing)
                }
                continue
            }
            guard let weight = value.number(what: "a holiday weight") else { continue }
            if weight <= 0 || weight > 100 {
                value.error("a holiday weight must be more than 0 and at most 100, found \(format(weight))")
                continue
            }
            settings.weights[name] = weight
            if let rule, let only = settings.only, !only.contains(rule.name), !extraNames.contains(name) {
                value.warning("\"only\" leaves out \(rule.name), so its weight has no effect", hint: "add \(rule.name) to only, or remove the weight")
            }
        }
    }

    private static func names(_ list: [String]) -> String { list.map { "\"\($0)\"" }.joined(separator: ", ") }

    /// Every key of a weights mapping, so that unknown holiday names get a holiday-specific message.
    static func weightsKeys(_ field: SourceField) -> [String] {
        guard case .mapping(let mapping) = field.node else { return [] }
        return mapping.compactMap { $0.key.scalar?.string }
    }
}
