import Foundation

/// Loads a scenario from YAML or JSON and validates it, reporting every problem at once with
/// the file, line, column and field path.
public enum ScenarioReader {
    /// The result of reading: the scenario and the warnings that did not stop it.
    public struct Loaded: Sendable {
        public var scenario: Scenario
        public var warnings: [InputProblem]
    }

    /// Reads and validates the scenario file at `path`.
    /// - Throws: ``InputErrors`` listing every error (and warning) found.
    public static func load(path: String) throws(InputErrors) -> Loaded {
        let text = try SourceDocument.readText(at: path, what: "a scenario (YAML or JSON)")
        return try read(text, file: path)
    }

    /// Reads and validates scenario text; `file` names it in messages.
    public static func read(_ text: String, file: String) throws(InputErrors) -> Loaded {
        let diagnostics = Diagnostics(file: file)
        let root = try SourceDocument.parse(text, diagnostics: diagnostics)
        let scenario = readScenario(root)
        try diagnostics.throwIfErrors()
        guard let scenario else { throw InputErrors(diagnostics.problems) }
        return Loaded(scenario: scenario, warnings: diagnostics.warnings)
    }

    static let topLevelKeys = ["team", "period", "people", "holidays", "pipelines", "rules", "history"]

    private static func readScenario(_ root: SourceField) -> Scenario? {
        // A schedule's format names itself (`rota.schedule/1`); the scenario reader only needs its prefix.
        if case .mapping(let mapping) = root.node, let format = mapping["format"]?.string, format.hasPrefix("rota.schedule/") {
            root.error("this is a schedule (\(format)), not a scenario", hint: "give the scenario YAML first, then the schedule")
            return nil
        }
        guard let fields = root.fields(allowedKeys: topLevelKeys, what: "a scenario") else { return nil }
        let team = fields["team"].flatMap { $0.name(what: "the team's name") } ?? "Team"
        if fields["period"] == nil { root.error("missing \"period\"", hint: "add period: { start: 2027-01-04, weeks: 52 }") }
        if fields["people"] == nil { root.error("missing \"people\"", hint: "add people: [{ name: Alice }, …]") }
        let period = fields["period"].flatMap(readPeriod)
        let people = fields["people"].flatMap(readPeople) ?? []
        let holidays = fields["holidays"].flatMap(readHolidays) ?? HolidaySettings()
        let rules = fields["rules"].flatMap(readRules) ?? Rules()
        let pipelines = fields["pipelines"].flatMap { readPipelines($0, people: people) } ?? []
        let history =
            fields["history"].flatMap { field in
                field.sequenceOrSingle(what: "schedule files")?.compactMap { $0.name(what: "a schedule file path") }
            } ?? []

        guard let period else { return nil }
        let scenario = Scenario(team: team, period: period, people: people, holidays: holidays, pipelines: pipelines, rules: rules, history: history)
        validate(scenario, fields: fields, root: root)
        return scenario
    }

    private static func readPeriod(_ field: SourceField) -> Period? {
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

    private static func readPeople(_ field: SourceField) -> [Person]? {
        guard let items = field.sequence(what: "people") else { return nil }
        if items.isEmpty { field.error("the team is empty; list at least one person") }
        var people: [Person] = []
        var seen: [String: Int] = [:]
        for item in items {
            if case .scalar = item.node, let name = item.name(what: "a person's name") {
                if let line = seen[name] {
                    item.error("\"\(name)\" is listed twice (first on line \(line))", hint: "names must be unique")
                }
                seen[name] = item.line ?? 0
                people.append(Person(name: name))
                continue
            }
            guard let fields = item.fields(allowedKeys: ["name", "capacity", "away", "email", "joins", "leaves"], what: "a person") else { continue }
            guard let nameField = fields["name"] else {
                item.error("missing \"name\"")
                continue
            }
            guard let name = nameField.name(what: "a person's name") else { continue }
            if let line = seen[name] {
                nameField.error("\"\(name)\" is listed twice (first on line \(line))", hint: "names must be unique")
            }
            seen[name] = nameField.line ?? 0
            var person = Person(name: name)
            if let capacityField = fields["capacity"], let capacity = capacityField.number(what: "a capacity") {
                if capacity <= 0 || capacity > 1 {
                    capacityField.error("capacity must be more than 0 and at most 1 (a share of a full-time load), found \(format(capacity))")
                } else {
                    person.capacity = capacity
                }
            }
            if let awayField = fields["away"], let ranges = awayField.sequenceOrSingle(what: "dates or date ranges") {
                person.away = ranges.compactMap { $0.dayRange() }
            }
            person.joins = fields["joins"]?.day()
            person.leaves = fields["leaves"]?.day()
            if let joins = person.joins, let leaves = person.leaves, leaves <= joins {
                fields["leaves"]?.error("\(name) leaves on \(leaves.iso), before joining on \(joins.iso)")
            }
            if let emailField = fields["email"], let email = emailField.name(what: "an email address") {
                if !email.contains("@") { emailField.error("\"\(email)\" is not an email address") }
                person.email = email
            }
            people.append(person)
        }
        return people
    }

    static let holidayKeys = ["calendar", "only", "extra", "weights", "observed"]

    private static func readHolidays(_ field: SourceField) -> HolidaySettings? {
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
    private static func weightsKeys(_ field: SourceField) -> [String] {
        guard case .mapping(let mapping) = field.node else { return [] }
        return mapping.compactMap { $0.key.scalar?.string }
    }

    private static func readPipelines(_ field: SourceField, people: [Person]) -> [Pipeline]? {
        guard let items = field.sequence(what: "pipelines") else { return nil }
        let names = people.map(\.name)
        var pipelines: [Pipeline] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let fields = item.fields(allowedKeys: ["name", "investors", "primary", "secondary"], what: "a pipeline") else { continue }
            guard let nameField = fields["name"] else {
                item.error("missing \"name\"")
                continue
            }
            guard let name = nameField.name(what: "a pipeline name") else { continue }
            if let line = seen[name] {
                nameField.error("pipeline \"\(name)\" is listed twice (first on line \(line))")
            }
            seen[name] = nameField.line ?? 0
            var pipeline = Pipeline(name: name)
            if let investorsField = fields["investors"], let investors = investorsField.boolean(what: "investors") {
                pipeline.investors = investors
            }
            for (key, isPrimary) in [("primary", true), ("secondary", false)] {
                guard let ownerField = fields[key], !ownerField.isNull, let owner = ownerField.name(what: "a person's name") else { continue }
                if !names.contains(owner) {
                    ownerField.error("\"\(owner)\" is not in people", hint: Suggestion.hint(for: owner, among: names))
                    continue
                }
                if isPrimary { pipeline.primary = owner } else { pipeline.secondary = owner }
            }
            if let primary = pipeline.primary, primary == pipeline.secondary {
                (fields["secondary"] ?? item).error("\(primary) cannot be both owners of \(name)", hint: "the primary and the secondary owner must differ")
            }
            pipelines.append(pipeline)
        }
        return pipelines
    }

    static let ruleKeys = ["roles", "min-gap-weeks", "holiday-cover", "pipeline-coverage"]

    private static func readRules(_ field: SourceField) -> Rules? {
        guard let fields = field.fields(allowedKeys: ruleKeys, what: "the rules") else { return nil }
        var rules = Rules()
        if let rolesField = fields["roles"], let items = rolesField.sequenceOrSingle(what: "roles") {
            let names = Role.allCases.map(\.rawValue)
            var roles: [Role] = []
            for item in items {
                guard let name = item.name(what: "a role") else { continue }
                guard let role = Role(rawValue: name) else {
                    item.error("unknown role \"\(name)\"", hint: Suggestion.hint(for: name, among: names) ?? "roles are primary and secondary")
                    continue
                }
                if roles.contains(role) { item.error("role \"\(name)\" is listed twice") }
                roles.append(role)
            }
            if items.isEmpty { rolesField.error("at least one role is needed", hint: "roles: [primary]") }
            if !roles.isEmpty && roles.first != .primary { rolesField.error("the first role must be primary", hint: "roles: [primary, secondary]") }
            if !roles.isEmpty { rules.roles = roles }
        }
        if let gapField = fields["min-gap-weeks"], let gap = gapField.integer(in: 1...52, what: "the minimum gap in weeks") {
            rules.minGapWeeks = gap
        }
        if let coverField = fields["holiday-cover"], let name = coverField.name(what: "a holiday-cover rule") {
            if let rule = HolidayCoverRule(rawValue: name) {
                rules.holidayCover = rule
            } else {
                let names = HolidayCoverRule.allCases.map(\.rawValue)
                coverField.error(
                    "unknown holiday-cover rule \"\(name)\"", hint: Suggestion.hint(for: name, among: names) ?? "one of \(names.joined(separator: ", "))")
            }
        }
        if let coverageField = fields["pipeline-coverage"], let coverage = coverageField.boolean(what: "pipeline-coverage") {
            rules.pipelineCoverage = coverage
        }
        return rules
    }

    /// Sizes beyond which a scenario is refused with a clear message rather than left to run out
    /// of memory or time (documented in README.md).
    public enum Limits {
        public static let people = 1_000
        public static let pipelines = 2_000
        public static let awayRangesPerPerson = 366
        public static let extraHolidays = 366
    }

    /// Checks that span fields: more roles than people, away dates outside the period.
    private static func validate(_ scenario: Scenario, fields: [String: SourceField], root: SourceField) {
        let rulesField = fields["rules"] ?? root
        if scenario.people.count > Limits.people {
            (fields["people"] ?? root).error("\(scenario.people.count) people; Rota plans at most \(Limits.people)", hint: "split the team")
        }
        if scenario.pipelines.count > Limits.pipelines {
            (fields["pipelines"] ?? root).error("\(scenario.pipelines.count) pipelines; Rota assigns at most \(Limits.pipelines)")
        }
        for person in scenario.people where person.away.count > Limits.awayRangesPerPerson {
            (fields["people"] ?? root).error(
                "\(person.name) has \(person.away.count) away entries; at most \(Limits.awayRangesPerPerson)", hint: "merge consecutive dates into ranges")
        }
        if scenario.holidays.extra.count > Limits.extraHolidays {
            (fields["holidays"] ?? root).error("\(scenario.holidays.extra.count) extra holidays; at most \(Limits.extraHolidays)")
        }
        if !scenario.people.isEmpty && scenario.rules.roles.count > scenario.people.count {
            rulesField.error(
                "\(scenario.rules.roles.count) roles need at least \(scenario.rules.roles.count) people, and the team has \(scenario.people.count)")
        }
        if !scenario.pipelines.isEmpty && scenario.people.count < 2 {
            (fields["pipelines"] ?? root).error("a pipeline needs two different owners, and the team has one person")
        }
        if let peopleField = fields["people"], case .sequence(let sequence) = peopleField.node, sequence.count == scenario.people.count,
            let items = peopleField.sequence(what: "people")
        {
            let period = scenario.period.days
            for (item, person) in zip(items, scenario.people) {
                for range in person.away where !range.overlaps(period) {
                    item.warning("\(person.name) is away \(range), outside the period \(period); it has no effect")
                }
            }
        }
    }

    /// A number as the scenario wrote it (``Numbers/exact(_:)``).
    static func format(_ value: Double) -> String { Numbers.exact(value) }
}
