/// Pipelines: two different owners each, the scenario's fixed owners kept, balanced counts when
/// Rota assigns owners, and every week an owner of every pipeline who is not away.
extension Inspection {
    mutating func checkPipelines() {
        let scenario = context.scenario
        if scenario.pipelines.isEmpty {
            notApplicable[.ownership] = "the scenario has no pipelines"
            return
        }
        for (l, pipeline) in scenario.pipelines.enumerated() {
            guard let owners = context.owners[l] else {
                violation(Violation(.coverage, "pipeline \(pipeline.name) is missing from the schedule, so it has no owners", pipeline: pipeline.name))
                continue
            }
            for (slot, owner, fixed) in [("primary", owners.primary, pipeline.primary), ("secondary", owners.secondary, pipeline.secondary)] {
                if owner.isEmpty {
                    violation(Violation(.coverage, "pipeline \(pipeline.name) has no \(slot) owner", pipeline: pipeline.name))
                    continue
                }
                if context.person(owner) == nil {
                    violation(
                        Violation(
                            .coverage,
                            "pipeline \(pipeline.name) has no \(slot) owner from the team: \(VisibleText.shown(owner)) is not a person of the scenario",
                            pipeline: pipeline.name))
                }
                if let fixed, fixed != owner {
                    violation(
                        Violation(
                            .ownership, "the scenario makes \(fixed) the \(slot) owner of \(pipeline.name), but the schedule has \(owner)",
                            person: owner, pipeline: pipeline.name))
                }
            }
            if !owners.primary.isEmpty, owners.primary == owners.secondary {
                violation(
                    Violation(
                        .distinct, "\(owners.primary) is both the primary and the secondary owner of pipeline \(pipeline.name)",
                        person: owners.primary, pipeline: pipeline.name))
            }
        }
        checkOwnershipBalance()
    }

    /// Primary-owner counts, secondary-owner counts and investor-pipeline primaries differ by at most
    /// one between people. A violation when Rota assigns owners; a warning when the scenario fixed them all.
    private mutating func checkOwnershipBalance() {
        let scenario = context.scenario
        let groups: [(what: String, slot: KeyPath<PipelineOwners, String>, included: (Pipeline) -> Bool)] = [
            ("primary-owner", \.primary, { _ in true }),
            ("secondary-owner", \.secondary, { _ in true }),
            ("investor-pipeline primary", \.primary, { $0.investors }),
        ]
        for group in groups {
            let pipelines = scenario.pipelines.indices.filter { group.included(scenario.pipelines[$0]) }
            guard !pipelines.isEmpty else { continue }
            // Someone leaving during the period cannot take on pipelines, so is not compared.
            let owners = context.people.filter { person in person.leaves.map { $0 > context.period.end } ?? true }
            let counts = owners.map { person in
                (name: person.name, count: pipelines.filter { context.owners[$0]?[keyPath: group.slot] == person.name }.count)
            }
            guard let most = counts.map(\.count).max(), let least = counts.map(\.count).min(), most - least > 1 else { continue }
            let busiest = counts.filter { $0.count == most }.map(\.name)
            let idlest = counts.filter { $0.count == least }.map(\.name)
            let text =
                "\(group.what) counts range from \(least) (\(Wording.list(idlest))) to \(most) (\(Wording.list(busiest))); "
                + "they should differ by at most one"
            if scenario.balancesOwners {
                violation(Violation(.ownership, text, person: busiest.first))
            } else {
                warning(Violation(.ownership, text + " (the scenario fixes every owner, so this is a warning)", person: busiest.first))
            }
        }
    }

    /// Every week, at least one owner of every pipeline has no away date in it. Consecutive weeks
    /// with the same problem are reported together.
    mutating func checkPipelineCoverage() {
        let scenario = context.scenario
        guard scenario.rules.pipelineCoverage else {
            notApplicable[.pipelineCoverage] = "pipeline-coverage is off in the rules"
            return
        }
        guard !scenario.pipelines.isEmpty else {
            notApplicable[.pipelineCoverage] = "the scenario has no pipelines"
            return
        }
        let period = context.period
        for (l, pipeline) in scenario.pipelines.enumerated() {
            // The owners who are people of the team, each once: a pipeline whose two owners are the
            // same person is uncovered whenever that person is away. A missing or unknown owner is
            // a coverage or consistency violation already, and leaves the other to cover alone.
            guard let owners = context.owners[l] else { continue }
            var people: [Person] = []
            for name in [owners.primary, owners.secondary] where !people.contains(where: { $0.name == name }) {
                if let person = context.person(name) { people.append(person) }
            }
            guard !people.isEmpty else { continue }
            let uncovered = period.weekNumbers.filter { w in
                let dates = CheckerCalendar.dates(ofWeek: w, in: period)
                return people.allSatisfy { CheckerCalendar.isAway($0, during: dates) }
            }
            for run in uncovered.consecutiveRuns() {
                let dates = DayRange(
                    CheckerCalendar.dates(ofWeek: run.lowerBound, in: period).first, CheckerCalendar.dates(ofWeek: run.upperBound, in: period).last)
                let weeks = Wording.weeks(run.lowerBound, run.upperBound, of: period)
                let message: String
                if people.count == 2 {
                    message =
                        "in \(weeks) neither owner of \(pipeline.name) is available: "
                        + "\(people[0].name) \(Self.absence(people[0], during: dates)) and \(people[1].name) \(Self.absence(people[1], during: dates))"
                } else if owners.primary == owners.secondary {
                    message =
                        "in \(weeks) no owner of \(pipeline.name) is available: \(people[0].name), its primary and secondary owner, "
                        + "\(Self.absence(people[0], during: dates))"
                } else {
                    let other = owners.primary == people[0].name ? owners.secondary : owners.primary
                    let otherText = other.isEmpty ? "it has no other owner" : "its other owner, \(VisibleText.shown(other)), is not a person of the scenario"
                    message =
                        "in \(weeks) no owner of \(pipeline.name) is available: \(people[0].name) \(Self.absence(people[0], during: dates)), and \(otherText)"
                }
                violation(Violation(.pipelineCoverage, message, week: run.lowerBound, pipeline: pipeline.name))
            }
        }
    }
}

extension Array where Element == Int {
    /// Runs of consecutive numbers in an increasing list: `[1, 2, 3, 7, 8]` → `[1...3, 7...8]`.
    func consecutiveRuns() -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for value in self {
            if let last = runs.last, last.upperBound + 1 == value {
                runs[runs.count - 1] = last.lowerBound...value
            } else {
                runs.append(value...value)
            }
        }
        return runs
    }
}
