import MIP

/// Names the rules that conflict when the solver finds no plan but the quick checks found no
/// single cause: the program is solved again with one rule group left out at a time (then pairs),
/// and the groups whose removal makes a plan possible are the conflict.
public enum InfeasibilityDiagnosis {
    /// The conflicting rules, in words, each with what to change.
    /// - Parameter secondsPerProbe: time allowed for each relaxed solve.
    public static func conflicts(
        in input: PlanningInput, baseline: Baseline? = nil, parts: Set<Formulation.Part> = Set(Formulation.Part.allCases), secondsPerProbe: Double = 5
    ) -> [Conflict] {
        let groups = Rule.relaxable.filter { applies($0, to: input) && parts.contains(part(of: $0)) }
        var culprits: [[Rule]] = []
        for group in groups where isFeasible(input, baseline: baseline, parts: parts, relaxing: [group], seconds: secondsPerProbe) {
            culprits.append([group])
        }
        if culprits.isEmpty {
            for (i, first) in groups.enumerated() {
                for second in groups[(i + 1)...] where isFeasible(input, baseline: baseline, parts: parts, relaxing: [first, second], seconds: secondsPerProbe)
                {
                    culprits.append([first, second])
                }
            }
        }
        guard !culprits.isEmpty else {
            return [
                Conflict(
                    .allRules,
                    message:
                        "no plan satisfies the rules, and leaving out any one or two rule groups does not help; the time away or the frozen weeks leave no room",
                    suggestion: "check the weeks with the most people away")
            ]
        }
        let single = culprits.allSatisfy { $0.count == 1 }
        let named = culprits.map { $0.map { describe($0, input: input) }.joined(separator: " together with ") }
        let lead =
            single
            ? "these rules cannot all hold together; leaving out any one of them makes a plan possible"
            : "these rules conflict in pairs; leaving out both rules of any pair makes a plan possible"
        var result = [Conflict(.allRules, message: lead)]
        for (group, text) in zip(culprits, named) {
            result.append(
                Conflict(
                    group.count == 1 ? .rule(group[0]) : .together(group), message: text,
                    suggestion: group.map { suggestion($0, input: input) }.joined(separator: "; or ")))
        }
        return result
    }

    /// Whether leaving `group` out can matter for this scenario (a relaxable rule that applies).
    private static func applies(_ group: Rule, to input: PlanningInput) -> Bool {
        let scenario = input.scenario
        switch group {
        case .rest: return scenario.rules.minGapWeeks > 1
        case .load: return true
        case .holidayCover: return !input.holidays.isEmpty && scenario.rules.holidayCover != .anyone
        case .holidays: return !input.holidays.isEmpty
        case .ownership: return scenario.balancesOwners
        case .pipelineCoverage: return scenario.rules.pipelineCoverage && !scenario.pipelines.isEmpty
        case .coverage, .availability, .distinct, .consistency, .investorOwnersAway, .investorHolidayCover, .investorConcentration: return false
        }
    }

    /// The part of the program a rule group belongs to.
    private static func part(of group: Rule) -> Formulation.Part {
        switch group {
        case .ownership, .pipelineCoverage: .ownership
        default: .rotation
        }
    }

    private static func isFeasible(
        _ input: PlanningInput, baseline: Baseline?, parts: Set<Formulation.Part>, relaxing groups: Set<Rule>, seconds: Double
    ) -> Bool {
        var model = Formulation(input, baseline: baseline, relaxing: groups, parts: parts).model
        model.objectives = []
        let solution = try? GLPKSolver().solve(model, options: SolveOptions(timeLimit: seconds))
        return solution?.hasValues ?? false
    }

    private static func describe(_ group: Rule, input: PlanningInput) -> String {
        let rules = input.scenario.rules
        switch group {
        case .rest:
            return "min-gap-weeks \(rules.minGapWeeks): a person's on-call weeks at least \(rules.minGapWeeks) apart"
        case .load:
            return "everyone within one week of their fair share of \(input.roles.map(\.rawValue).joined(separator: " and ")) weeks"
        case .holidayCover:
            let weeks = Array(Set(input.holidays.map(\.week))).sorted().map(String.init).joined(separator: ", ")
            return "\(rules.holidayCover.rawValue), with holidays in weeks \(weeks)"
        case .holidays:
            let weights = input.holidays.map(\.weight)
            return "\(input.holidays.count) holidays, and holiday counts may differ by at most \(Numbers.exact(weights.max() ?? 1))"
        case .ownership:
            return "owner counts differ by at most one between people"
        case .pipelineCoverage:
            return "an owner of every pipeline at work every week"
        case .coverage, .availability, .distinct, .consistency, .investorOwnersAway, .investorHolidayCover, .investorConcentration:
            preconditionFailure("\(group) is never relaxed")
        }
    }

    private static func suggestion(_ group: Rule, input: PlanningInput) -> String {
        let rules = input.scenario.rules
        switch group {
        case .rest: return "lower min-gap-weeks to \(rules.minGapWeeks - 1)"
        case .load: return "shorten time away, or give the people who are away most a lower capacity"
        case .holidayCover: return "use holiday-cover: \(rules.holidayCover == .weekOwner ? "not-week-owner or anyone" : "anyone")"
        case .holidays: return "give heavy holidays a larger weight, or drop some with `only`"
        case .ownership: return "leave more owners open for Rota, or change the fixed owners"
        case .pipelineCoverage: return "set pipeline-coverage: false, or give pipelines owners who are not away together"
        case .coverage, .availability, .distinct, .consistency, .investorOwnersAway, .investorHolidayCover, .investorConcentration:
            preconditionFailure("\(group) is never relaxed")
        }
    }
}
