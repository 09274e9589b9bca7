/// The scenario's `holidays:`: which calendar, which of its days, extra days, weights.
extension ScenarioReader {
    static let holidayKeys = ["calendar", "only", "extra", "weights", "observed"]

    static func readHolidays(_ field: SourceField) -> HolidaySettings? {
        guard let fields = field.fields(allowedKeys: holidayKeys, what: "the holidays") else { return nil }
        var settings = HolidaySettings()
        if let calendarField = fields["calendar"], let name = calendarField.name(what: "a holiday calendar") {
            if let calendar = HolidaySettings.Calendar(rawValue: name) {
                settings.calendar = calendar
            } else {
                let names = HolidaySettings.Calendar.allCases.map(\.rawValue)
                calendarField.error(
                    "unknown holiday calendar \"\(name)\"",
                    hint: Suggestion.hint(for: name, among: names) ?? "known calendars: \(names.joined(separator: ", "))")
            }
        }
        let known = HolidayCalendar.usFederal.holidayNames
        if let onlyField = fields["only"], let items = onlyField.sequence(what: "holiday names") {
            settings.only = items.compactMap { item in
                guard let name = item.name(what: "a holiday name") else { return nil }
                guard let rule = HolidayCalendar.usFederal.rule(named: name) else {
                    item.error(
                        "\"\(name)\" is not a holiday of the us-federal calendar",
                        hint: Suggestion.hint(for: name, among: known) ?? "add it under extra with its date")
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
            let extraNames = settings.extra.map(\.name)
            for (name, value) in entries {
                let isKnown = HolidayCalendar.usFederal.rule(named: name) != nil || extraNames.contains(name)
                if !isKnown {
                    value.error("no holiday called \"\(name)\"", hint: Suggestion.hint(for: name, among: known + extraNames))
                    continue
                }
                guard let weight = value.number(what: "a holiday weight") else { continue }
                if weight <= 0 || weight > 100 {
                    value.error("a holiday weight must be more than 0 and at most 100, found \(format(weight))")
                    continue
                }
                settings.weights[name] = weight
            }
        }
        if let observedField = fields["observed"], let observed = observedField.boolean(what: "observed") {
            settings.observed = observed
        }
        return settings
    }

    /// Every key of a weights mapping, so that unknown holiday names get a holiday-specific message.
    static func weightsKeys(_ field: SourceField) -> [String] {
        guard case .mapping(let mapping) = field.node else { return [] }
        return mapping.compactMap { $0.key.scalar?.string }
    }
}
