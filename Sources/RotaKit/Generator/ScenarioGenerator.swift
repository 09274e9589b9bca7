/// Builds realistic, deterministic scenarios of any size: for benchmarks, property tests and
/// demos (`rota generate`).
///
/// The same options give the same scenario, byte for byte, on every machine: every draw comes
/// from ``SplitMix64`` seeded with ``Options/seed``.
///
/// A generated scenario is feasible by construction (unless ``Options/infeasible`` asks
/// otherwise). Before placing anybody's time away the generator builds a *witness*: a plan with
/// nobody away that keeps every invariant — coverage, rest, load within one week of the fair
/// share, holiday covers with a balanced spread, balanced pipeline owners. Time away is then
/// only placed where the witness does not need the person (not in their on-call weeks, not on
/// the holidays they cover, never in the same week as a co-owner of one of their pipelines), so
/// the witness stays a valid plan and Rota always has something to improve on. The witness is
/// drawn in a random order of people, so it is not the round-robin Rota's tie-break prefers.
public struct ScenarioGenerator: Sendable {
    /// What to generate.
    public struct Options: Sendable, Equatable {
        /// Team size.
        public var people: Int
        /// Planned weeks.
        public var weeks: Int
        /// 1 (`[primary]`) or 2 (`[primary, secondary]`).
        public var roles: Int
        /// Number of pipelines; about 30% report to investors.
        public var pipelines: Int
        /// Share of each person's days spent away, 0 to 0.5 (each person within ±20% of it).
        public var awayRate: Double
        public var seed: UInt64
        /// The first handoff day.
        public var start: Day
        /// Add a week in which everyone is away, so that no plan exists.
        public var infeasible: Bool
        /// Share of pipelines whose two owners the scenario fixes (0…1); the others are left for
        /// Rota to assign. `nil`: all of them for teams of up to 8 (like the seed), a fifth otherwise.
        public var fixedOwners: Double?

        public init(
            people: Int = 8, weeks: Int = 52, roles: Int = 1, pipelines: Int = 8, awayRate: Double = 0.1, seed: UInt64 = 1,
            start: Day = ScenarioGenerator.defaultStart, infeasible: Bool = false, fixedOwners: Double? = nil
        ) {
            self.people = people
            self.weeks = weeks
            self.roles = roles
            self.pipelines = pipelines
            self.awayRate = awayRate
            self.seed = seed
            self.start = start
            self.infeasible = infeasible
            self.fixedOwners = fixedOwners
        }

        /// The problems with these options, as messages naming the option; empty when they are fine.
        public var problems: [String] {
            var problems: [String] = []
            if !(1...2).contains(roles) { problems.append("--roles must be 1 or 2") }
            if !(1...520).contains(weeks) { problems.append("--weeks must be from 1 to 520") }
            if people < 2 || people > ScenarioGenerator.maximumPeople {
                problems.append("--people must be from 2 to \(ScenarioGenerator.maximumPeople)")
            } else if people < roles * ScenarioGenerator.minGapWeeks {
                problems.append(
                    "--people must be at least \(roles * ScenarioGenerator.minGapWeeks) for \(roles) role\(roles == 1 ? "" : "s") with min-gap-weeks \(ScenarioGenerator.minGapWeeks)"
                )
            }
            if pipelines < 0 || pipelines > 5000 { problems.append("--pipelines must be from 0 to 5000") }
            if !(awayRate >= 0 && awayRate <= 0.5) { problems.append("--away-rate must be from 0 to 0.5 (a share of each person's days)") }
            if let fixedOwners, !(fixedOwners >= 0 && fixedOwners <= 1) { problems.append("--fixed-owners must be from 0 to 1") }
            return problems
        }
    }

    /// What ``generate()`` returns.
    public struct Generated: Sendable {
        public var scenario: Scenario
        /// The scenario as YAML that ``ScenarioReader`` reads back to ``scenario``.
        public var yaml: String
        /// The share of person-days actually spent away (time away is only placed where it keeps
        /// the scenario feasible, so it can fall short of the requested rate on tight teams).
        public var awayShare: Double
        /// The week in which everyone is away, for ``Options/infeasible``.
        public var everyoneAwayWeek: Int?
    }

    /// Why generation failed.
    public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
        case invalidOptions([String])
        /// No witness plan was found; should not happen for options that pass validation.
        case noWitness(String)

        public var description: String {
            switch self {
            case .invalidOptions(let problems): problems.joined(separator: "; ")
            case .noWitness(let message): "could not build a feasible scenario: \(message)"
            }
        }
    }

    /// 2027-01-04, the first Monday of 2027 (as in the seed scenario).
    public static let defaultStart = Day(year: 2027, month: 1, day: 4)!
    public static let maximumPeople = 2000
    public static let minGapWeeks = 2

    public var options: Options

    public init(_ options: Options) {
        self.options = options
    }

    /// Generates the scenario.
    /// - Throws: ``GeneratorError/invalidOptions(_:)`` for out-of-range options.
    /// - Complexity: O(people × weeks × roles + pipelines), plus the placement of time away.
    public func generate() throws(GeneratorError) -> Generated {
        let problems = options.problems
        if !problems.isEmpty { throw .invalidOptions(problems) }

        var root = SplitMix64(seed: options.seed)
        var namesRandom = root.split()
        var pipelinesRandom = root.split()
        var witnessRandom = root.split()
        var awayRandom = root.split()

        var scenario = baseScenario(&namesRandom, &pipelinesRandom)
        let witness = try Witness.build(for: scenario, random: &witnessRandom)

        // Owners: the witness's, fixed for a share of the pipelines.
        let fixedShare = options.fixedOwners ?? (options.people <= 8 ? 1 : 0.2)
        let fixedCount = Int((fixedShare * Double(scenario.pipelines.count)).rounded())
        for l in pipelinesRandom.shuffled(Array(scenario.pipelines.indices)).prefix(fixedCount) {
            scenario.pipelines[l].primary = scenario.people[witness.owners[l].primary].name
            scenario.pipelines[l].secondary = scenario.people[witness.owners[l].secondary].name
        }

        let placement = AwayPlacement(scenario: scenario, witness: witness, rate: options.awayRate)
        let away = placement.place(&awayRandom)
        for p in scenario.people.indices { scenario.people[p].away = away.ranges[p] }

        // The witness keeps the scenario feasible; the quick checks confirm nothing slipped.
        if let conflict = FeasibilityCheck.conflicts(in: PlanningInput(scenario: scenario)).first {
            throw .noWitness(conflict.message)
        }

        var everyoneAwayWeek: Int?
        if options.infeasible {
            let weeks = options.weeks
            let week = awayRandom.int(in: max(1, weeks / 3)...max(1, (2 * weeks) / 3))
            everyoneAwayWeek = week
            let dates = scenario.period.dates(ofWeek: week)
            for p in scenario.people.indices {
                scenario.people[p].away = DayRange.merged(scenario.people[p].away + [dates])
            }
        }

        let awayShare = away.days == 0 ? 0 : Double(away.days) / Double(scenario.people.count * 7 * options.weeks)
        let yaml = ScenarioYAMLWriter.text(for: scenario, comments: comments(awayShare: awayShare, everyoneAwayWeek: everyoneAwayWeek))
        return Generated(scenario: scenario, yaml: yaml, awayShare: awayShare, everyoneAwayWeek: everyoneAwayWeek)
    }

    // MARK: - The scenario without time away

    private func baseScenario(_ namesRandom: inout SplitMix64, _ pipelinesRandom: inout SplitMix64) -> Scenario {
        let count = options.people
        // Small teams go by first name, as in the seed; larger ones by full name.
        var names: [String] = []
        var seen = Set<String>()
        let firstNamesOnly = count <= 20
        func draw() -> String {
            let first = namesRandom.pick(GeneratedNames.firstNames)
            return firstNamesOnly ? first : "\(first) \(namesRandom.pick(GeneratedNames.lastNames))"
        }
        while names.count < count {
            var name = draw()
            var tries = 0
            while seen.contains(name) && tries < 50 {
                name = draw()
                tries += 1
            }
            if seen.contains(name) {
                // The lists are running out: number the repeat rather than drawing for ever.
                var n = 2
                while seen.contains("\(name) \(n)") { n += 1 }
                name = "\(name) \(n)"
            }
            seen.insert(name)
            names.append(name)
        }
        var people = names.map { Person(name: $0) }
        let partTimers = Int((0.15 * Double(count)).rounded())
        for p in namesRandom.shuffled(Array(people.indices)).prefix(partTimers) {
            people[p].capacity = namesRandom.chance(0.5) ? 0.5 : 0.8
        }

        let team = GeneratedNames.teams[namesRandom.below(GeneratedNames.teams.count)]
        let period = Period(start: options.start, weeks: options.weeks, handoff: HandoffTime(hour: 9, minute: 0), timezone: "America/New_York")
        let holidays = HolidaySettings(calendar: .usFederal, weights: ["Christmas Day": 2, "Thanksgiving Day": 2])

        var pipelineNames: [String] = []
        var taken = Set<String>()
        while pipelineNames.count < options.pipelines {
            var name = ""
            for _ in 0..<20 {
                let qualifier = pipelinesRandom.pick(GeneratedNames.qualifiers)
                let subject = pipelinesRandom.pick(GeneratedNames.subjects)
                let suffix = pipelinesRandom.pick(GeneratedNames.suffixes)
                name = (qualifier.isEmpty ? subject : "\(qualifier) \(subject)") + suffix
                if !taken.contains(name) { break }
            }
            var n = 2
            let stem = name
            while taken.contains(name) {
                name = "\(stem) \(n)"
                n += 1
            }
            taken.insert(name)
            pipelineNames.append(name)
        }
        var pipelines = pipelineNames.map { Pipeline(name: $0) }
        let investors = Int((0.3 * Double(options.pipelines)).rounded())
        for l in pipelinesRandom.shuffled(Array(pipelines.indices)).prefix(investors) {
            pipelines[l].investors = true
        }

        let rules = Rules(
            roles: options.roles == 2 ? [.primary, .secondary] : [.primary], minGapWeeks: Self.minGapWeeks,
            holidayCover: .notWeekOwner, pipelineCoverage: true)
        return Scenario(team: team, period: period, people: people, holidays: holidays, pipelines: pipelines, rules: rules)
    }

    private func comments(awayShare: Double, everyoneAwayWeek: Int?) -> [String] {
        var command = "rota generate --people \(options.people) --weeks \(options.weeks) --roles \(options.roles)"
        command += " --pipelines \(options.pipelines) --away-rate \(Numbers.exact(options.awayRate)) --seed \(options.seed)"
        if options.start != Self.defaultStart { command += " --start \(options.start.iso)" }
        if let fixedOwners = options.fixedOwners { command += " --fixed-owners \(Numbers.exact(fixedOwners))" }
        if options.infeasible { command += " --infeasible" }
        var lines = ["Generated by `\(command)`.", "Time away: \(Numbers.percent(awayShare)) of person-days."]
        if let everyoneAwayWeek {
            lines.append("Infeasible on purpose: everyone is away in week \(everyoneAwayWeek).")
        }
        return lines
    }
}

extension DayRange {
    /// The ranges sorted, with overlapping or touching ranges joined.
    static func merged(_ ranges: [DayRange]) -> [DayRange] {
        var result: [DayRange] = []
        for range in ranges.sorted(by: { ($0.first, $0.last) < ($1.first, $1.last) }) {
            if let last = result.last, range.first.ordinal <= last.last.ordinal + 1 {
                result[result.count - 1].last = max(last.last, range.last)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
