import Yams

/// Writes a ``Scenario`` as YAML that ``ScenarioReader`` reads back to the same scenario, in a
/// fixed key order so that the same scenario always gives the same bytes.
///
/// The document is a Yams `Node` tree emitted by `Yams.serialize(node:)`; its styles follow the
/// scenario files people write: one person per item, date ranges, holidays and pipelines as
/// one-line flow collections, and strings quoted only when YAML would otherwise read them as
/// something else. YAML comments, which Yams cannot emit, go first as a header.
public enum ScenarioYAMLWriter {
    /// The YAML text of `scenario`, after `comments` (one `# ` line each).
    public static func text(for scenario: Scenario, comments: [String] = []) -> String {
        let header = comments.map { "# \($0)\n" }.joined()
        do {
            return header + (try Yams.serialize(node: node(for: scenario), width: -1, allowUnicode: true))
        } catch {
            preconditionFailure("Yams could not emit a scenario: \(error)")
        }
    }

    /// The scenario as a YAML node: a block mapping of the scenario file's sections.
    static func node(for scenario: Scenario) -> Node {
        var root: [(String, Node)] = [("team", string(scenario.team))]

        let period = scenario.period
        root.append(
            (
                "period",
                block([
                    ("start", plain(period.start.iso)), ("weeks", plain(String(period.weeks))),
                    ("handoff", quoted("\(period.handoff)")), ("timezone", string(period.timezone)),
                ])
            ))

        root.append(("people", Node(scenario.people.map(person), Tag(.seq), .block)))

        let holidays = scenario.holidays
        var holidayFields = [("calendar", plain(holidays.calendar.rawValue))]
        if let only = holidays.only { holidayFields.append(("only", flow(only.map(string)))) }
        if !holidays.extra.isEmpty {
            let extra = holidays.extra.map { flow([("name", string($0.name)), ("date", plain($0.date.iso))]) }
            holidayFields.append(("extra", Node(extra, Tag(.seq), .block)))
        }
        if !holidays.weights.isEmpty {
            holidayFields.append(("weights", flow(holidays.weights.keys.sorted().map { ($0, plain(Numbers.exact(holidays.weights[$0]!))) })))
        }
        if holidays.observed { holidayFields.append(("observed", plain("true"))) }
        root.append(("holidays", block(holidayFields)))

        if !scenario.pipelines.isEmpty {
            root.append(("pipelines", Node(scenario.pipelines.map(pipeline), Tag(.seq), .block)))
        }

        let rules = scenario.rules
        root.append(
            (
                "rules",
                block([
                    ("roles", flow(rules.roles.map { plain($0.rawValue) })), ("min-gap-weeks", plain(String(rules.minGapWeeks))),
                    ("holiday-cover", plain(rules.holidayCover.rawValue)), ("pipeline-coverage", plain(String(rules.pipelineCoverage))),
                ])
            ))

        if !scenario.history.isEmpty { root.append(("history", flow(scenario.history.map(string)))) }
        return block(root)
    }

    /// One person: a block mapping with only the fields that differ from the defaults.
    private static func person(_ person: Person) -> Node {
        var fields = [("name", string(person.name))]
        if person.capacity != 1 { fields.append(("capacity", plain(Numbers.exact(person.capacity)))) }
        if let joins = person.joins { fields.append(("joins", plain(joins.iso))) }
        if let leaves = person.leaves { fields.append(("leaves", plain(leaves.iso))) }
        if !person.away.isEmpty { fields.append(("away", flow(person.away.map { plain($0.description) }))) }
        if let email = person.email { fields.append(("email", string(email))) }
        return block(fields)
    }

    /// One pipeline: a flow mapping, `{name: Ingest, primary: Alice}`.
    private static func pipeline(_ pipeline: Pipeline) -> Node {
        var fields = [("name", string(pipeline.name))]
        if pipeline.investors { fields.append(("investors", plain("true"))) }
        if let primary = pipeline.primary { fields.append(("primary", string(primary))) }
        if let secondary = pipeline.secondary { fields.append(("secondary", string(secondary))) }
        return flow(fields)
    }

    // MARK: - Nodes

    private static func block(_ fields: [(String, Node)]) -> Node {
        Node(fields.map { (plain($0.0), $0.1) }, Tag(.map), .block)
    }

    private static func flow(_ fields: [(String, Node)]) -> Node {
        Node(fields.map { (plain($0.0), $0.1) }, Tag(.map), .flow)
    }

    private static func flow(_ items: [Node]) -> Node {
        Node(items, Tag(.seq), .flow)
    }

    /// A scalar written as it is: a date, a number, a name Rota chose.
    private static func plain(_ text: String) -> Node {
        Node(text, Tag(.implicit), .plain)
    }

    private static func quoted(_ text: String) -> Node {
        Node(text, Tag(.implicit), .doubleQuoted)
    }

    /// A string from the scenario: plain when YAML reads it back as that same string, else
    /// double-quoted.
    static func string(_ text: String) -> Node {
        isPlain(text) ? plain(text) : quoted(text)
    }

    /// Whether `text` reads back as itself when written unquoted, in block and flow context alike:
    /// letters, digits, spaces and a few punctuation marks, starting with a letter, no double or
    /// trailing space, and not a word YAML reads as a boolean or null.
    static func isPlain(_ text: String) -> Bool {
        let plainCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '.-()/&+_")
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]
        return !text.isEmpty && text.allSatisfy(plainCharacters.contains) && text.first!.isLetter
            && text.last != " " && !text.contains("  ") && !reserved.contains(text.lowercased())
    }
}
