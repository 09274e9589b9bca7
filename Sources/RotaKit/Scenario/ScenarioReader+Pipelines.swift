/// The scenario's `pipelines:`: names, investor flags, owners, descriptions and run books.
extension ScenarioReader {
    static func readPipelines(_ field: SourceField, people: [Person]) -> [Pipeline]? {
        guard let items = field.sequence(what: "pipelines") else { return nil }
        let names = people.map(\.name)
        var pipelines: [Pipeline] = []
        var seen: [String: Int] = [:]
        for item in items {
            guard let fields = item.fields(allowedKeys: ["name", "investors", "primary", "secondary", "description", "runbook"], what: "a pipeline") else {
                continue
            }
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
            pipeline.description = fields["description"]?.text(what: "a description")
            pipeline.runbook = fields["runbook"].flatMap(readRunbook)
            pipelines.append(pipeline)
        }
        return pipelines
    }

    /// A run book: `purpose`, `steps` (a list, or one line) and `monitoring`.
    static func readRunbook(_ field: SourceField) -> Runbook? {
        guard let fields = field.fields(allowedKeys: ["purpose", "steps", "monitoring"], what: "a run book") else { return nil }
        var runbook = Runbook()
        runbook.purpose = fields["purpose"]?.text(what: "the run book's purpose")
        runbook.steps = fields["steps"]?.sequenceOrSingle(what: "steps")?.compactMap { $0.text(what: "a step") } ?? []
        runbook.monitoring = fields["monitoring"]?.text(what: "what to monitor")
        if runbook.purpose == nil && runbook.steps.isEmpty && runbook.monitoring == nil {
            field.warning("the run book is empty", hint: "runbook: { purpose: …, steps: [...], monitoring: … }")
        }
        return runbook
    }
}
