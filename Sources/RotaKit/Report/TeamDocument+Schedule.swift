/// `## On-Call Schedule`: how the rotation works in a sentence, `### Weekly Rotation` (one row per
/// week: dates, who holds each role, the week's holidays), `### Holiday Coverage` (each holiday,
/// its date, its cover and who is on call that week), `### Load per Person` and
/// `### Why This Plan Is Fair` (``fairnessBlocks()``).
extension TeamDocument {
    func scheduleSection() -> [String] {
        var blocks = ["## On-Call Schedule", summary(), "### Weekly Rotation", rotation()]
        if !schedule.holidays.isEmpty { blocks += ["### Holiday Coverage", holidayCoverage()] }
        blocks += ["### Load per Person", load()]
        blocks += fairnessBlocks()
        return blocks
    }

    /// A sentence or two on how the rotation works.
    private func summary() -> String {
        let names = metrics.people.map { Markdown.escaped($0.name) }
        var sentence = "The on-call schedule rotates weekly"
        if !names.isEmpty { sentence += " among the \(Wording.count(names.count, "team member")) (\(Wording.list(names)))" }
        let roles = metrics.roles.enumerated().map { $0.offset == 0 ? "one person as \($0.element.rawValue)" : "one as \($0.element.rawValue)" }
        sentence += ": each week has \(Wording.list(roles))."
        if !schedule.holidays.isEmpty { sentence += " Every holiday has one cover." }
        return sentence
    }

    private func rotation() -> String {
        guard !schedule.weeks.isEmpty else { return "No weeks." }
        let roles = metrics.roles
        let holidays = schedule.holidays
        let titles = ["Week", "Start", "End"] + roles.map { $0.rawValue.capitalized } + (holidays.isEmpty ? [] : ["Holidays"])
        let rows = schedule.weeks.map { week in
            var row = [String(week.week), week.start.iso, week.end.iso] + roles.map { Markdown.escaped(week.oncall[$0] ?? "", keepingPipes: true) }
            if !holidays.isEmpty {
                row.append(
                    holidays.filter { week.start <= $0.date && $0.date <= week.end }
                        .map { "\(Markdown.escaped($0.name, keepingPipes: true)) (\($0.date.iso))" }.joined(separator: ", "))
            }
            return row
        }
        return MarkdownTable(titles: titles, alignments: [.right], rows: rows, delimiter: .compact).lines().joined(separator: "\n")
    }

    /// `- **Memorial Day** (Mon 2027-05-31): Alice; on call in week 22: Bob`, in date order.
    private func holidayCoverage() -> String {
        schedule.holidays.stableSorted { $0.date < $1.date }.map { holiday in
            let weight = holiday.weight == 1 ? "" : ", weight \(Numbers.twoDecimals(holiday.weight))"
            var line = "- **\(Markdown.escaped(holiday.name))** (\(Wording.day(holiday.date))\(weight)): \(person(holiday.cover))"
            if let number = schedule.weekNumber(containing: holiday.date), let week = schedule.weeks.first(where: { $0.week == number }) {
                let held = metrics.roles.compactMap { role in week.oncall[role].map { (role, $0) } }
                let names = held.map { metrics.roles.count == 1 ? Markdown.escaped($0.1) : "\(Markdown.escaped($0.1)) (\($0.0.rawValue))" }
                line += "; on call in week \(number): " + (names.isEmpty ? "nobody" : Wording.list(names))
            }
            return line
        }.joined(separator: "\n")
    }

    /// One row per person: weeks per role, history, fair share and deviation, holidays, pipelines owned.
    private func load() -> String {
        let roles = metrics.roles
        let capacity = metrics.people.contains { $0.capacity != 1 }
        let history = metrics.people.contains { $0.historyWeeks.values.contains { $0 > 0 } }
        let weights = schedule.hasHolidayWeights
        var titles = ["Person"]
        if capacity { titles.append("Capacity") }
        titles += roles.map { "\($0.rawValue.capitalized) weeks" }
        if history { titles.append("Weeks in history") }
        let deviationTitle = roles.count == 1 ? "Deviation" : "Deviation (\(roles.map(\.rawValue).joined(separator: " / ")))"
        titles += ["Fair share", deviationTitle, "Holidays"]
        if weights { titles.append("Holiday weight") }
        titles += ["Primary owner", "Secondary owner", "Investor primaries"]
        let rows = metrics.people.map { person in
            var row = [Markdown.escaped(person.name, keepingPipes: true)]
            if capacity { row.append(Numbers.twoDecimals(person.capacity)) }
            row += roles.map { String(person.weeks[$0] ?? 0) }
            if history { row.append(String(person.historyWeeks.values.reduce(0, +))) }
            let deviations = roles.map { Wording.signed(person.deviation[$0] ?? 0) }.joined(separator: " / ")
            row += [Wording.number(person.totalShare), deviations, String(person.holidays.count)]
            if weights { row.append(Numbers.twoDecimals(person.holidayWeight)) }
            row += [String(person.primaryPipelines), String(person.secondaryPipelines), String(person.investorPrimaries)]
            return row
        }
        let table = MarkdownTable(titles: titles, alignments: [.left] + Array(repeating: .right, count: titles.count - 1), rows: rows, delimiter: .compact)
        var text = table.lines().joined(separator: "\n")
        text += "\n\nFair share: the \(roles.count == 1 ? "role's" : "roles'") weeks\(history ? ", history included," : "") "
        text += "divided among the people on the team each week in proportion to their capacity; deviation: weeks"
        text += history ? " (history included)" : ""
        text += " minus fair share\(roles.count == 1 ? "" : ", per role")."
        return text
    }
}
