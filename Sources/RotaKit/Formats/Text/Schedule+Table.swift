extension Schedule {
    /// The terminal view: a header (team, period, plan, solver status), the weekly rotation
    /// grouped by month with each holiday on its week, the holiday covers, the pipeline owners
    /// and what each person holds.
    ///
    /// Plain text with `\n` line ends and no trailing spaces; the same schedule always gives the
    /// same text (unless `includeTimings` adds the solver's seconds).
    /// - Parameter includeTimings: add the solver's wall-clock seconds to its line.
    /// - Complexity: O(weeks × holidays + people + pipelines).
    public func table(includeTimings: Bool = false) -> String {
        var sections = [tableHeader(includeTimings: includeTimings), tableRotation()]
        if !holidays.isEmpty { sections.append(tableHolidayCovers()) }
        if !pipelines.isEmpty { sections.append(tablePipelineOwners()) }
        sections.append(tablePersonTotals())
        return sections.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
    }

    private func tableHeader(includeTimings: Bool) -> [String] {
        let title = team.isEmpty ? "On-call plan" : "\(team) on-call plan"
        var facts: [(String, String)] = [
            ("Period", "\(Wording.day(period.start)) to \(Wording.day(period.end)) (\(Wording.count(period.weeks, "week")))"),
            ("Handoff", "\(RenderingText.weekdayPlurals[period.start.weekday.rawValue]) at \(period.handoff), \(period.timezone)"),
        ]
        let names = people.map { $0.capacity == 1 ? $0.name : "\($0.name) (\(Numbers.twoDecimals($0.capacity * 100))%)" }
        if !names.isEmpty { facts.append(("Team", Wording.list(names))) }
        var plan = ["\(Wording.count(weeks.count, "week")) of \(Wording.list(shownRoles.map(\.rawValue))) on call"]
        plan.append(Wording.count(holidays.count, "holiday cover"))
        let investorCount = pipelines.filter(\.investors).count
        plan.append(
            Wording.count(pipelines.count, "pipeline")
                + (investorCount > 0 ? " (\(investorCount) \(investorCount == 1 ? "reports" : "report") to investors)" : ""))
        facts.append(("Plan", plan.joined(separator: ", ")))
        if let solver = RenderingText.solverLine(solver, includeTimings: includeTimings) { facts.append(("Solver", solver)) }
        let width = facts.map(\.0.count).max() ?? 0
        return [title, String(repeating: "=", count: title.count)]
            + facts.map { "  " + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }
    }

    private func tableRotation() -> [String] {
        guard !weeks.isEmpty else { return ["Rotation", "  No weeks."] }
        let roles = shownRoles
        var table = TextTable(
            [TextTable.Column(title: "Month"), TextTable.Column(title: "Week", alignment: .right), TextTable.Column(title: "Dates")]
                + roles.map { TextTable.Column(title: $0.rawValue.capitalized) }
                + (holidays.isEmpty ? [] : [TextTable.Column(title: "Holidays (cover)")]))
        var previousMonth: Int?
        for week in weeks {
            // The month a week starts in labels its first week only.
            let (year, monthNumber, _) = week.start.components
            let month = year * 12 + monthNumber
            let label = month == previousMonth ? "" : "\(RenderingText.monthNames[monthNumber - 1]) \(year)"
            previousMonth = month
            var row = [label, String(week.week), "\(RenderingText.monthDay(week.start)) – \(RenderingText.monthDay(week.end))"]
            row += roles.map { week.oncall[$0] ?? "–" }
            if !holidays.isEmpty {
                row.append(
                    holidays.filter { week.start <= $0.date && $0.date <= week.end }
                        .map { "\($0.name) (\($0.date.weekday.shortName) \(RenderingText.monthDay($0.date, aligned: false))) → \($0.cover)" }
                        .joined(separator: "; "))
            }
            table.append(row)
        }
        return ["Rotation"] + table.lines()
    }

    private func tableHolidayCovers() -> [String] {
        let weights = hasHolidayWeights
        var table = TextTable(
            [TextTable.Column(title: "Date"), TextTable.Column(title: "Holiday")]
                + (weights ? [TextTable.Column(title: "Weight", alignment: .right)] : [])
                + [TextTable.Column(title: "Cover"), TextTable.Column(title: "Week", alignment: .right), TextTable.Column(title: "On call that week")])
        for holiday in holidays {
            let number = weekNumber(containing: holiday.date)
            let oncall = number.flatMap { number in weeks.first { $0.week == number } }.map { week in
                shownRoles.compactMap { week.oncall[$0] }.joined(separator: " / ")
            }
            var row = [Wording.day(holiday.date), holiday.name]
            if weights { row.append(Numbers.twoDecimals(holiday.weight)) }
            row += [holiday.cover, number.map(String.init) ?? "–", oncall ?? "–"]
            table.append(row)
        }
        return ["Holiday covers"] + table.lines()
    }

    private func tablePipelineOwners() -> [String] {
        var table = TextTable([
            TextTable.Column(title: "#", alignment: .right), TextTable.Column(title: "Pipeline"), TextTable.Column(title: "Primary"),
            TextTable.Column(title: "Secondary"), TextTable.Column(title: "Reports to"),
        ])
        for (index, pipeline) in pipelines.enumerated() {
            table.append([String(index + 1), pipeline.name, pipeline.primary, pipeline.secondary, pipeline.investors ? "investors" : ""])
        }
        return ["Pipeline owners"] + table.lines()
    }

    private func tablePersonTotals() -> [String] {
        let roles = shownRoles
        let capacity = hasPartTimers
        let weights = hasHolidayWeights
        var columns = [TextTable.Column(title: "Person")]
        if capacity { columns.append(TextTable.Column(title: "Capacity", alignment: .right)) }
        let weekColumns = columns.count..<(columns.count + roles.count)
        columns += roles.map { TextTable.Column(title: $0.rawValue.capitalized, alignment: .right) }
        let holidayColumns = columns.count..<(columns.count + (weights ? 2 : 1))
        columns.append(TextTable.Column(title: weights ? "Count" : "Covered", alignment: .right))
        if weights { columns.append(TextTable.Column(title: "Weight", alignment: .right)) }
        let pipelineColumns = columns.count..<(columns.count + 3)
        columns += ["Primary", "Secondary", "Investors"].map { TextTable.Column(title: $0, alignment: .right) }
        var table = TextTable(
            columns,
            groups: [
                TextTable.Group(title: "On-call weeks", columns: weekColumns), TextTable.Group(title: "Holidays", columns: holidayColumns),
                TextTable.Group(title: "Pipelines owned", columns: pipelineColumns),
            ])
        for person in personTotals {
            table.append([person.name] + person.cells(capacity: capacity, roles: roles, weights: weights))
        }
        return ["Per person"] + table.lines() + ["  Investors: pipelines reporting to investors owned as primary."]
    }
}
