/// The scenario's `people:`: names, capacities, time away, membership dates and contact ids.
extension ScenarioReader {
    static let personKeys = ["name", "title", "email", "capacity", "away", "joins", "leaves", "pagerduty", "opsgenie", "holidays"]

    static func readPeople(_ field: SourceField) -> [Person]? {
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
            guard let fields = item.fields(allowedKeys: personKeys, what: "a person") else { continue }
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
            person.title = fields["title"]?.name(what: "a job title")
            person.pagerduty = fields["pagerduty"]?.name(what: "a PagerDuty user id (PXXXXXX)")
            person.opsgenie = fields["opsgenie"]?.name(what: "an Opsgenie username")
            person.holidays = fields["holidays"].flatMap(readCalendar)?.rawValue
            people.append(person)
        }
        return people
    }
}
