/// Writes a ``Scenario`` as YAML that ``ScenarioReader`` reads back to the same scenario, in a
/// fixed key order so that the same scenario always gives the same bytes.
///
/// Written by hand rather than through a YAML library: the layout follows the scenario files
/// people write (one person per item, pipelines and date ranges as one-line flow collections),
/// and strings are quoted only when YAML would otherwise read them as something else.
public enum ScenarioYAMLWriter {
    /// The YAML text of `scenario`, after `comments` (one `# ` line each).
    public static func text(for scenario: Scenario, comments: [String] = []) -> String {
        var lines = comments.map { "# \($0)" }
        lines.append("team: \(scalar(scenario.team))")

        let period = scenario.period
        lines.append("period:")
        lines.append("  start: \(period.start.iso)")
        lines.append("  weeks: \(period.weeks)")
        lines.append("  handoff: \"\(period.handoff)\"")
        lines.append("  timezone: \(scalar(period.timezone))")

        lines.append("people:")
        for person in scenario.people {
            lines.append("  - name: \(scalar(person.name))")
            if person.capacity != 1 { lines.append("    capacity: \(number(person.capacity))") }
            if let joins = person.joins { lines.append("    joins: \(joins.iso)") }
            if let leaves = person.leaves { lines.append("    leaves: \(leaves.iso)") }
            if !person.away.isEmpty { lines.append("    away: [\(person.away.map(\.description).joined(separator: ", "))]") }
            if let email = person.email { lines.append("    email: \(scalar(email))") }
        }

        let holidays = scenario.holidays
        lines.append("holidays:")
        lines.append("  calendar: \(holidays.calendar.rawValue)")
        if let only = holidays.only { lines.append("  only: \(flowSequence(only))") }
        if !holidays.extra.isEmpty {
            lines.append("  extra:")
            for day in holidays.extra { lines.append("    - { name: \(scalar(day.name)), date: \(day.date.iso) }") }
        }
        if !holidays.weights.isEmpty {
            let entries = holidays.weights.keys.sorted().map { "\(scalar($0)): \(number(holidays.weights[$0]!))" }
            lines.append("  weights: { \(entries.joined(separator: ", ")) }")
        }
        if holidays.observed { lines.append("  observed: true") }

        if !scenario.pipelines.isEmpty {
            lines.append("pipelines:")
            for pipeline in scenario.pipelines {
                var fields = ["name: \(scalar(pipeline.name))"]
                if pipeline.investors { fields.append("investors: true") }
                if let primary = pipeline.primary { fields.append("primary: \(scalar(primary))") }
                if let secondary = pipeline.secondary { fields.append("secondary: \(scalar(secondary))") }
                lines.append("  - { \(fields.joined(separator: ", ")) }")
            }
        }

        let rules = scenario.rules
        lines.append("rules:")
        lines.append("  roles: [\(rules.roles.map(\.rawValue).joined(separator: ", "))]")
        lines.append("  min-gap-weeks: \(rules.minGapWeeks)")
        lines.append("  holiday-cover: \(rules.holidayCover.rawValue)")
        lines.append("  pipeline-coverage: \(rules.pipelineCoverage)")

        if !scenario.history.isEmpty { lines.append("history: \(flowSequence(scenario.history))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `[a, b, c]` with each item quoted as needed.
    static func flowSequence(_ items: [String]) -> String {
        "[\(items.map(scalar).joined(separator: ", "))]"
    }

    /// `text` as a plain scalar when YAML reads it back as that same string in block and flow
    /// context alike, else double-quoted.
    static func scalar(_ text: String) -> String {
        let plainCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 '.-()/&+_")
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"]
        let isPlain =
            !text.isEmpty && text.allSatisfy(plainCharacters.contains) && text.first!.isLetter
            && text.last != " " && !text.contains("  ") && !reserved.contains(text.lowercased())
        if isPlain { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    quoted += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }

    /// `2` for whole numbers, else the shortest decimal that reads back the same (`0.5`).
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }

    /// `9.8%`.
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
