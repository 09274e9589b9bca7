/// The parts of a scenario that only the team's document uses: its `title`, the team's `risks`
/// (potential issues) and closing `notes`; and the leave calendars (`away-calendar`).
extension ScenarioReader {
    static func readRisks(_ field: SourceField) -> [Risk]? {
        guard let items = field.sequence(what: "risks") else { return nil }
        var seen: [String: Int] = [:]
        return items.compactMap { item in
            if case .scalar = item.node, let name = item.name(what: "a risk") { return Risk(name: name) }
            guard let fields = item.fields(allowedKeys: ["name", "description"], what: "a risk") else { return nil }
            guard let nameField = fields["name"], let name = nameField.name(what: "a risk's name") else {
                if fields["name"] == nil { item.error("missing \"name\"", hint: "{ name: Data Delays, description: … }") }
                return nil
            }
            if let line = seen[name] { nameField.error("risk \"\(name)\" is listed twice (first on line \(line))") }
            seen[name] = nameField.line ?? 0
            return Risk(name: name, description: fields["description"]?.text(what: "a description"))
        }
    }

    static func readPaths(_ field: SourceField, what: String) -> [String]? {
        field.sequenceOrSingle(what: what)?.compactMap { $0.name(what: "a file path") }
    }
}
