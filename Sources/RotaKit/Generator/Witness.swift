/// A plan for a generated scenario with nobody away, keeping every invariant: the proof that the
/// scenario stays feasible once time away is placed around it.
struct Witness: Sendable {
    /// `onCall[w-1][r]`: the person holding role `r` in week `w`.
    var onCall: [[Int]]
    /// The scenario's holidays in the period, in date order.
    var holidays: [Holiday]
    /// `covers[h]`: the person covering holiday `h`.
    var covers: [Int]
    /// The owners of each pipeline: balanced primaries, secondaries and investor primaries.
    var owners: [(primary: Int, secondary: Int)]
    /// `partners[p]`: the people who own a pipeline together with `p`; they are never away in the
    /// same week as `p`, so every pipeline keeps an owner.
    var partners: [[Int]]
    /// `onCallWeeks[p]`: the weeks (1-based) in which `p` holds a role.
    var onCallWeeks: [Set<Int>]

    /// Draws a witness for `scenario` (whose people have no time away yet).
    /// - Throws: ``ScenarioGenerator/GeneratorError/noWitness(_:)`` when no attempt succeeds.
    static func build(for scenario: Scenario, random: inout SplitMix64) throws(ScenarioGenerator.GeneratorError) -> Witness {
        let input = PlanningInput(scenario: scenario)
        let people = scenario.people.count
        var lastProblem = ""
        for _ in 0..<64 {
            switch rotation(input, random: &random) {
            case .failure(let problem):
                lastProblem = problem
                continue
            case .success(let onCall):
                guard let covers = holidayCovers(input, onCall: onCall, random: &random) else {
                    lastProblem = "the holiday covers could not be balanced"
                    continue
                }
                let owners = pipelineOwners(scenario, random: &random)
                var partners = Array(repeating: Set<Int>(), count: people)
                for (primary, secondary) in owners {
                    partners[primary].insert(secondary)
                    partners[secondary].insert(primary)
                }
                var onCallWeeks = Array(repeating: Set<Int>(), count: people)
                for (w, holders) in onCall.enumerated() {
                    for p in holders { onCallWeeks[p].insert(w + 1) }
                }
                return Witness(
                    onCall: onCall, holidays: input.holidays, covers: covers, owners: owners,
                    partners: partners.map { $0.sorted() }, onCallWeeks: onCallWeeks)
            }
        }
        throw .noWitness(lastProblem)
    }

    private enum Attempt {
        case success([[Int]])
        case failure(String)
    }

    /// A rotation keeping coverage, rest and load: each slot goes to the person furthest behind
    /// their fair share so far (then the one idle longest, then a random order).
    private static func rotation(_ input: PlanningInput, random: inout SplitMix64) -> Attempt {
        let people = input.people.count
        let roles = input.roles.count
        let weeks = input.weeks
        let gap = input.scenario.rules.minGapWeeks
        var rank = Array(repeating: 0, count: people)
        for (position, p) in random.shuffled(Array(0..<people)).enumerated() { rank[p] = position }
        var last = Array(repeating: Int.min / 2, count: people)
        var count = Array(repeating: Array(repeating: 0, count: roles), count: people)
        var onCall: [[Int]] = []
        onCall.reserveCapacity(weeks)
        for w in 1...weeks {
            var holders: [Int] = []
            for r in 0..<roles {
                var best: Int?
                var bestKey: (Double, Int, Int) = (-.infinity, 0, 0)
                for p in 0..<people where w - last[p] >= gap && count[p][r] < input.shares[p][r].allowedInPeriod.upperBound {
                    let lag = input.shares[p][r].share * Double(w) / Double(weeks) - Double(count[p][r])
                    let key = (lag, -last[p], -rank[p])
                    if best == nil || key > bestKey {
                        best = p
                        bestKey = key
                    }
                }
                guard let best else { return .failure("nobody could take week \(w)") }
                holders.append(best)
                last[best] = w
                count[best][r] += 1
            }
            onCall.append(holders)
        }
        for p in 0..<people {
            for r in 0..<roles where count[p][r] < input.shares[p][r].allowedInPeriod.lowerBound {
                return .failure("\(input.people[p].name) could not reach a fair share")
            }
        }
        return .success(onCall)
    }

    /// Holiday covers, each to the person with the least weight so far among those off call that
    /// week, so that weighted counts differ by at most the largest weight.
    private static func holidayCovers(_ input: PlanningInput, onCall: [[Int]], random: inout SplitMix64) -> [Int]? {
        let people = input.people.count
        var rank = Array(repeating: 0, count: people)
        for (position, p) in random.shuffled(Array(0..<people)).enumerated() { rank[p] = position }
        var weight = Array(repeating: 0.0, count: people)
        var covers: [Int] = []
        for holiday in input.holidays {
            let busy = Set(onCall[holiday.week - 1])
            var best: Int?
            for p in 0..<people where !busy.contains(p) {
                if let b = best, (weight[p], rank[p]) >= (weight[b], rank[b]) { continue }
                best = p
            }
            guard let best else { return nil }
            covers.append(best)
            weight[best] += holiday.weight
        }
        let largest = input.holidays.map(\.weight).max() ?? 1
        guard let most = weight.max(), let least = weight.min(), most - least <= largest else { return nil }
        return covers
    }

    /// Owners that balance primaries, secondaries and investor primaries: pipelines in the order
    /// investors first, the k-th owned by person `k mod N` of a random order as primary and by
    /// a person further on as secondary, the distance changing with every round of N pipelines.
    private static func pipelineOwners(_ scenario: Scenario, random: inout SplitMix64) -> [(primary: Int, secondary: Int)] {
        let people = scenario.people.count
        let order = random.shuffled(Array(0..<people))
        let pipelines =
            scenario.pipelines.indices.filter { scenario.pipelines[$0].investors }
            + scenario.pipelines.indices.filter { !scenario.pipelines[$0].investors }
        var owners = Array(repeating: (primary: 0, secondary: 0), count: scenario.pipelines.count)
        for (k, l) in pipelines.enumerated() {
            let shift = 1 + (k / people) % (people - 1)
            owners[l] = (order[k % people], order[(k + shift) % people])
        }
        return owners
    }
}
