/// Fast checks, before any solving, for rule combinations that cannot hold: each names the weeks,
/// people or rules involved.
public enum FeasibilityCheck {
    /// Every conflict found; empty when none of the quick checks fails (the solver may still find
    /// a subtler one).
    public static func conflicts(in input: PlanningInput) -> [Conflict] {
        var conflicts: [Conflict] = []
        let scenario = input.scenario
        let period = scenario.period
        let names = input.people.map(\.name)
        let roles = input.roles
        let gap = scenario.rules.minGapWeeks

        // Coverage: enough available people each week.
        for w in period.weekNumbers {
            let available = input.available(inWeek: w)
            guard available.count < roles.count else { continue }
            let dates = period.dates(ofWeek: w)
            let who =
                available.isEmpty ? "everyone is away" : "only \(Wording.list(available.map { names[$0] })) \(available.count == 1 ? "is" : "are") available"
            conflicts.append(
                Conflict(
                    rule: .coverage,
                    message:
                        "week \(w) (\(dates.first.iso) – \(dates.last.iso)): \(who), and the week needs \(roles.count) \(roles.count == 1 ? "person" : "people")",
                    suggestion: "move someone's time away, or add a person"))
        }

        // Rest: each window of `gap` weeks needs gap × roles different people.
        if gap * roles.count > names.count && period.weeks >= gap {
            conflicts.append(
                Conflict(
                    rule: .rest,
                    message:
                        "min-gap-weeks \(gap) with \(roles.count) role\(roles.count == 1 ? "" : "s") needs at least \(gap * roles.count) people, and the team has \(names.count)",
                    suggestion: "lower min-gap-weeks to \(max(1, names.count / roles.count)), or add a person"))
        }

        // Load: a person must hold at least floor(share) weeks but is available for fewer.
        for (p, person) in input.people.enumerated() {
            let availableWeeks = period.weekNumbers.filter { !input.awayInWeek[p][$0 - 1] }.count
            let spaced = min(availableWeeks, (period.weeks + gap - 1) / gap)
            var needed = 0
            for (r, role) in roles.enumerated() {
                let least = input.shares[p][r].allowedInPeriod.lowerBound
                needed += max(0, least)
                if input.shares[p][r].allowedInPeriod.upperBound < 0 {
                    conflicts.append(
                        Conflict(
                            rule: .load,
                            message: "\(person.name) already holds more \(role.rawValue) weeks in history than a fair share of the whole span"))
                }
            }
            let restAlreadyExplains = conflicts.contains { $0.rule == .rule(.rest) } && needed <= availableWeeks
            if needed > spaced && !restAlreadyExplains {
                conflicts.append(
                    Conflict(
                        rule: .load,
                        message:
                            "\(person.name) must hold at least \(needed) on-call weeks to stay within one week of a fair share, but can hold at most \(spaced) (available \(availableWeeks) of \(period.weeks) weeks, min-gap-weeks \(gap))",
                        suggestion: "shorten \(person.name)'s time away, or lower \(person.name)'s capacity"))
            }
        }

        // Holidays: someone must be able to cover each one.
        var uncoverable: [Conflict] = []
        for (h, holiday) in input.holidays.enumerated() {
            let present = input.people.indices.filter { !input.awayOnHoliday[$0][h] }
            let label = "\(holiday.name) (\(holiday.date.weekday.shortName) \(holiday.date.iso))"
            if present.isEmpty {
                conflicts.append(
                    Conflict(rule: .coverage, message: "\(label): everyone is away", suggestion: "drop the holiday with `only`, or move someone's time away"))
            } else if scenario.rules.holidayCover == .notWeekOwner && present.count <= roles.count {
                let free = present.filter { !input.awayInWeek[$0][holiday.week - 1] }
                if free.count <= roles.count && present.count - roles.count < 1 {
                    uncoverable.append(
                        Conflict(
                            rule: .holidayCover,
                            message: "\(label): only \(Wording.list(present.map { names[$0] })) can cover it, and they are needed on call that week",
                            suggestion: "use holiday-cover: anyone, or move someone's time away"))
                }
            }
        }

        if uncoverable.count > 3 {
            conflicts.append(
                Conflict(
                    rule: .holidayCover,
                    message: "\(uncoverable.count) holidays have nobody free to cover them: whoever is available is needed on call those weeks",
                    suggestion: "use holiday-cover: anyone, or add a person"))
        } else {
            conflicts += uncoverable
        }

        // Pipelines: fixed owners both away in a week.
        if scenario.rules.pipelineCoverage {
            for pipeline in scenario.pipelines {
                guard let primary = pipeline.primary, let secondary = pipeline.secondary,
                    let a = names.firstIndex(of: primary), let b = names.firstIndex(of: secondary)
                else { continue }
                let weeks = period.weekNumbers.filter { input.awayInWeek[a][$0 - 1] && input.awayInWeek[b][$0 - 1] }
                if !weeks.isEmpty {
                    conflicts.append(
                        Conflict(
                            rule: .pipelineCoverage,
                            message:
                                "\(pipeline.name): both owners (\(primary), \(secondary)) are away in week\(weeks.count == 1 ? "" : "s") \(weeks.map(String.init).joined(separator: ", "))",
                            suggestion: "leave one owner of \(pipeline.name) open for Rota to assign, or move one owner's time away"))
                }
            }
        }

        // Ownership: fixed owners already beyond the balanced count (over the people who can own
        // pipelines: not those leaving during the period).
        let owners = OwnershipStart.eligible(input)
        if scenario.balancesOwners && !owners.isEmpty {
            let count = owners.count
            let checks: [(String, [Pipeline], (Pipeline) -> String?)] = [
                ("primary", scenario.pipelines, { $0.primary }),
                ("secondary", scenario.pipelines, { $0.secondary }),
                ("investor primary", scenario.pipelines.filter(\.investors), { $0.primary }),
            ]
            for (label, pipelines, slot) in checks where !pipelines.isEmpty {
                let most = (pipelines.count + count - 1) / count
                for name in names {
                    let fixed = pipelines.filter { slot($0) == name }.count
                    if fixed > most {
                        conflicts.append(
                            Conflict(
                                rule: .ownership,
                                message: "\(name) is fixed as \(label) owner of \(fixed) pipelines; a balanced split allows at most \(most)",
                                suggestion: "leave some of \(name)'s pipelines open for Rota to assign"))
                    }
                }
            }
        }
        conflicts += ownersWithoutPartner(input, owners: owners)
        return conflicts
    }

    /// Someone away in a common week with every other possible owner can own no pipeline (its two
    /// owners would both be away that week), yet a balanced split gives everyone at least one
    /// when there are as many pipelines as owners.
    private static func ownersWithoutPartner(_ input: PlanningInput, owners: [Int]) -> [Conflict] {
        let scenario = input.scenario
        guard scenario.balancesOwners, scenario.rules.pipelineCoverage, owners.count >= 2,
            scenario.pipelines.count >= owners.count
        else { return [] }
        let least = scenario.pipelines.count / owners.count
        return owners.compactMap { p -> Conflict? in
            let clashes = owners.filter { q in q != p && input.awayInWeek[p].indices.contains { input.awayInWeek[p][$0] && input.awayInWeek[q][$0] } }
            guard clashes.count == owners.count - 1 else { return nil }
            let name = input.people[p].name
            return Conflict(
                rule: .pipelineCoverage,
                message:
                    "\(name) is away in some week with each of the \(clashes.count) other possible owners, so no pipeline can have \(name) as an owner; "
                    + "a balanced split of \(scenario.pipelines.count) pipelines over \(owners.count) people gives everyone at least \(least) as primary and as secondary",
                suggestion: "move some of \(name)'s time away, or fix every pipeline's owners in the scenario so counts need not balance")
        }
    }
}
