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

    static let topLevelKeys = [
        "team", "title", "period", "people", "holidays", "pipelines", "risks", "notes", "rules", "history", "away-calendar",
    ]

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
        var scenario = Scenario(team: team, period: period, people: people, holidays: holidays, pipelines: pipelines, rules: rules, history: history)
        scenario.title = fields["title"]?.name(what: "the document's title")
        scenario.risks = fields["risks"].flatMap(readRisks) ?? []
        scenario.notes = fields["notes"]?.text(what: "notes")
        scenario.awayCalendars = fields["away-calendar"].flatMap { readPaths($0, what: "leave calendar files") } ?? []
        validate(scenario, fields: fields, root: root)
        return scenario
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
