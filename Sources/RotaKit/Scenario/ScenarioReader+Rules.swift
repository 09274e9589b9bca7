/// The scenario's `rules:`: roles, rest, holiday covers, pipeline coverage.
extension ScenarioReader {
    static let ruleKeys = ["roles", "min-gap-weeks", "holiday-cover", "pipeline-coverage", "work-own-holidays"]

    static func readRules(_ field: SourceField) -> Rules? {
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
        if let ownField = fields["work-own-holidays"], let work = ownField.boolean(what: "work-own-holidays") {
            rules.workOwnHolidays = work
        }
        return rules
    }
}
