/// `### Why This Plan Is Fair`: the proof of fairness in plain words, one bullet a claim: fair
/// shares, how far anyone is from theirs, what the solver proved, holidays, rest, and what the
/// independent check found (or, without a scenario, that the rules were not checked).
extension TeamDocument {
    func fairnessBlocks() -> [String] {
        var bullets = [shares(), deviation()]
        if let solver = solverClaim() { bullets.append(solver) }
        if let holidays = holidayClaim() { bullets.append(holidays) }
        if let rest = restClaim() { bullets.append(rest) }
        bullets.append(checkClaim())
        return ["### Why This Plan Is Fair", bullets.map { "- " + $0 }.joined(separator: "\n")]
    }

    private var hasHistory: Bool { metrics.people.contains { $0.historyWeeks.values.contains { $0 > 0 } } }

    /// `**Fair shares**: … 13 weeks each.`
    private func shares() -> String {
        let roleWeeks = metrics.roles.map { "\(schedule.period.weeks) \($0.rawValue)" }
        var text =
            "**Fair shares**: the \(Wording.list(roleWeeks)) weeks\(hasHistory ? ", and those of the history," : "") "
            + "are shared in proportion to each person's capacity and time on the team: "
        guard let (low, high) = metrics.fairShareExtremes, low.share != high.share else {
            return text + "\(Wording.number(metrics.people.first?.totalShare ?? 0)) weeks each."
        }
        return text + "from \(Wording.number(low.share)) weeks (\(names(low.people))) to \(Wording.number(high.share)) weeks (\(names(high.people)))."
    }

    /// How far the furthest person is from their fair share.
    private func deviation() -> String {
        let largest = metrics.team.maxDeviation
        if largest < 1e-9 { return "**Load**: everyone holds exactly their fair share." }
        let furthest = metrics.people.filter { $0.deviation.values.contains { abs(abs($0) - largest) < 1e-9 } }
        let who = "\(names(furthest)) \(furthest.count == 1 ? "is" : "are")"
        let inOneRole = metrics.roles.count > 1 ? " in one role" : ""
        if largest < 1 - 1e-9 {
            return "**Load**: everyone is within one week of their fair share (whole weeks cannot split shares exactly); "
                + "\(who) furthest, \(Wording.number(largest)) weeks\(inOneRole)."
        }
        return "**Load**: \(who) \(Wording.number(largest)) weeks from their fair share\(inOneRole)."
    }

    /// What the solver proved, for a plan Rota made.
    private func solverClaim() -> String? {
        guard let solver = schedule.solver, let line = RenderingText.solverLine(solver, includeTimings: false) else { return nil }
        if solver.status == "optimal" { return "**Best possible**: \(line): no plan that keeps the rules has a smaller largest deviation from fair share." }
        return "**Solver**: \(line): a good plan, not proven the best possible."
    }

    /// Holiday covers per person (weights when they differ), history included.
    private func holidayClaim() -> String? {
        guard !schedule.holidays.isEmpty, !metrics.people.isEmpty else { return nil }
        let weighted = schedule.hasHolidayWeights
        let byWeight = Dictionary(grouping: metrics.people) { Numbers.rounded($0.holidayWeight + $0.historyHolidayWeight, decimals: 3) }
        let low = byWeight.keys.min()!
        let high = byWeight.keys.max()!
        let what = (weighted ? "Holiday weight covered per person" : "Holidays covered per person") + (hasHistory ? ", history included" : "")
        let groups = byWeight.keys.sorted().map { "\(Wording.number($0)) (\(names(byWeight[$0]!)))" }
        var text = "**Holidays**: \(Wording.count(schedule.holidays.count, "holiday")) this period. \(what): \(groups.joined(separator: ", "))"
        text += !weighted && high - low <= 1 ? ", as even as whole holidays allow." : "."
        switch scenario?.rules.holidayCover {
        case .notWeekOwner?: text += " Nobody covers a holiday in their own on-call week."
        case .weekOwner?: text += " Each holiday is covered by that week's \(metrics.roles.first?.rawValue ?? "primary")."
        case .anyone?, nil: break
        }
        return text
    }

    /// The shortest distance between two on-call weeks of one person, against the rules.
    private func restClaim() -> String? {
        guard let shortest = metrics.people.compactMap(\.shortestGap).min() else { return nil }
        var text =
            shortest > 1
            ? "**Rest**: each person's on-call weeks are at least \(shortest) weeks apart"
            : "**Rest**: some people are on call two weeks running"
        if let rules = scenario?.rules { text += " (the rules ask for \(rules.minGapWeeks))" }
        return text + "."
    }

    /// What `rota check` found.
    private func checkClaim() -> String {
        guard let check else {
            return "**Not checked**: without the scenario the rules (time away, rest, holiday covers, pipeline coverage) "
                + "are not checked: `rota check SCENARIO SCHEDULE`."
        }
        if check.ok {
            let held = check.invariants.filter { $0.status == .holds }.map { "`\($0.rule.rawValue)`" }
            return "**Checked**: Rota's independent checker (`rota check`) finds that every rule holds: \(Wording.list(held))."
        }
        let shown = check.violations.prefix(10).map { "  - **\($0.rule.rawValue)**: \(Markdown.escaped($0.message))" }
        var text = "**Checked**: Rota's independent checker (`rota check`) finds \(Wording.count(check.violations.count, "violation")):\n"
        text += shown.joined(separator: "\n")
        if check.violations.count > shown.count {
            text += "\n  - and \(check.violations.count - shown.count) more: `rota check SCENARIO SCHEDULE` lists them all."
        }
        return text
    }

    /// `Alice and Charlie`, escaped.
    private func names(_ people: [PersonMetrics]) -> String { Wording.list(people.map { Markdown.escaped($0.name) }) }
}
