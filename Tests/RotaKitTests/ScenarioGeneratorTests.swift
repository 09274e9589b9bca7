import RotaKit
import Testing

@Suite("Scenario generator")
struct ScenarioGeneratorTests {
    typealias Options = ScenarioGenerator.Options

    static let small: [Options] = [
        Options(people: 4, weeks: 12, roles: 1, pipelines: 3, awayRate: 0.1, seed: 1),
        Options(people: 6, weeks: 26, roles: 1, pipelines: 5, awayRate: 0.1, seed: 2),
        Options(people: 6, weeks: 16, roles: 2, pipelines: 4, awayRate: 0.05, seed: 3),
        Options(people: 10, weeks: 20, roles: 1, pipelines: 8, awayRate: 0.15, seed: 4, fixedOwners: 0.5),
    ]

    @Test("SplitMix64 gives the reference sequence")
    func splitMix() {
        // Vigna's splitmix64.c from state 0.
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        var bounded = SplitMix64(seed: 7)
        for _ in 0..<1000 {
            #expect((0..<3).contains(bounded.below(3)))
            #expect((0.0..<1.0).contains(bounded.unit()))
        }
    }

    @Test("the same options give the same bytes")
    func deterministic() throws {
        let options = Options(people: 20, weeks: 52, roles: 2, pipelines: 20, awayRate: 0.1, seed: 42)
        let first = try ScenarioGenerator(options).generate()
        let second = try ScenarioGenerator(options).generate()
        #expect(first.yaml == second.yaml)
        #expect(Array(first.yaml.utf8) == Array(second.yaml.utf8))
    }

    @Test("different seeds give different scenarios")
    func seedsDiffer() throws {
        let a = try ScenarioGenerator(Options(people: 12, seed: 1)).generate()
        let b = try ScenarioGenerator(Options(people: 12, seed: 2)).generate()
        #expect(a.yaml != b.yaml)
        #expect(a.scenario.people.map(\.name) != b.scenario.people.map(\.name))
    }

    @Test(
        "generated scenarios read back to the same scenario, without warnings",
        arguments: small + [
            Options(people: 50, weeks: 52, roles: 2, pipelines: 100, awayRate: 0.08, seed: 1),
            Options(people: 30, weeks: 30, roles: 1, pipelines: 0, awayRate: 0.3, seed: 9, start: Day(iso: "2026-12-28")!),
            Options(people: 8, weeks: 52, roles: 1, pipelines: 8, awayRate: 0.1, seed: 5, infeasible: true),
        ])
    func readsBack(options: Options) throws {
        let generated = try ScenarioGenerator(options).generate()
        let loaded = try ScenarioReader.read(generated.yaml, file: "generated.yaml")
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.scenario == generated.scenario)
    }

    @Test("people are unique, about 15% part-time, pipelines about 30% for investors")
    func shape() throws {
        let generated = try ScenarioGenerator(Options(people: 100, weeks: 52, roles: 2, pipelines: 200, awayRate: 0.1, seed: 3)).generate()
        let scenario = generated.scenario
        #expect(Set(scenario.people.map(\.name)).count == 100)
        let partTime = scenario.people.filter { $0.capacity < 1 }
        #expect(partTime.count == 15)
        #expect(partTime.allSatisfy { $0.capacity == 0.5 || $0.capacity == 0.8 })
        #expect(Set(scenario.pipelines.map(\.name)).count == 200)
        #expect(scenario.pipelines.filter(\.investors).count == 60)
        #expect(scenario.rules.roles == [.primary, .secondary])
        #expect(scenario.rules.minGapWeeks == 2)
        #expect(scenario.holidays.calendar == .usFederal && scenario.holidays.only == nil)
        // Owners: a fifth fixed on a large team, the rest left to Rota.
        #expect(scenario.pipelines.filter { $0.primary != nil }.count == 40)
        #expect(abs(generated.awayShare - 0.1) < 0.02)
    }

    @Test("small teams fix every owner, as in the seed")
    func smallTeamOwners() throws {
        let scenario = try ScenarioGenerator(Options(people: 5, pipelines: 8, seed: 11)).generate().scenario
        #expect(scenario.pipelines.allSatisfy { $0.primary != nil && $0.secondary != nil && $0.primary != $0.secondary })
    }

    @Test("every week keeps enough people for its roles and the rest rule")
    func availability() throws {
        for seed in UInt64(1)...5 {
            let options = Options(people: 8, weeks: 52, roles: 2, pipelines: 6, awayRate: 0.3, seed: seed)
            let scenario = try ScenarioGenerator(options).generate().scenario
            let input = PlanningInput(scenario: scenario)
            for week in 1...52 {
                #expect(input.available(inWeek: week).count >= 4, "seed \(seed) week \(week)")
            }
            #expect(FeasibilityCheck.conflicts(in: input).isEmpty)
        }
    }

    @Test("small generated scenarios plan to a proven optimum", arguments: small)
    func plansOptimally(options: Options) throws {
        let scenario = try ScenarioGenerator(options).generate().scenario
        let schedule = try Planner().plan(PlanningInput(scenario: scenario))
        #expect(schedule.solver?.status == "optimal")
        #expect(schedule.weeks.count == options.weeks)
        #expect(schedule.weeks.allSatisfy { $0.oncall.count == options.roles })
    }

    @Test("--infeasible adds a week in which everyone is away, and planning says so")
    func infeasible() throws {
        let generated = try ScenarioGenerator(Options(people: 6, weeks: 26, pipelines: 4, seed: 3, infeasible: true)).generate()
        let week = try #require(generated.everyoneAwayWeek)
        let input = PlanningInput(scenario: generated.scenario)
        #expect(input.available(inWeek: week).isEmpty)
        let conflicts = FeasibilityCheck.conflicts(in: input)
        #expect(conflicts.contains { $0.message.contains("week \(week)") && $0.message.contains("everyone is away") })
        #expect(generated.yaml.contains("Infeasible on purpose: everyone is away in week \(week)."))
        #expect(throws: PlanningError.self) { try Planner().plan(input) }
    }

    @Test("options out of range are refused with the option's name")
    func validation() {
        #expect(Options(people: 3, roles: 2).problems == ["--people must be at least 4 for 2 roles with min-gap-weeks 2"])
        #expect(Options(roles: 3).problems.contains("--roles must be 1 or 2"))
        #expect(Options(awayRate: 0.9).problems.contains { $0.hasPrefix("--away-rate") })
        #expect(Options(weeks: 0).problems.contains { $0.hasPrefix("--weeks") })
        #expect(throws: ScenarioGenerator.GeneratorError.self) { try ScenarioGenerator(Options(people: 1)).generate() }
    }

    @Test("the YAML writer quotes what YAML would read as something else")
    func quoting() throws {
        let scenario = Scenario(
            team: "yes",
            period: Period(start: Day(iso: "2027-01-04")!, weeks: 4),
            people: [
                Person(name: "O'Neil: the elder"), Person(name: "#1", joins: Day(iso: "2027-01-11")),
                Person(name: "2027-01-04", capacity: 0.25, leaves: Day(iso: "2027-01-25")),
                Person(name: "Zoë \"Z\" Ng", email: "z@example.com"),
            ],
            holidays: HolidaySettings(calendar: .none, extra: [NamedDay(name: "Company Day, all hands", date: Day(iso: "2027-01-20")!)]),
            pipelines: [Pipeline(name: "[core] {daily}", investors: true, primary: "#1", secondary: "O'Neil: the elder")],
            rules: Rules(roles: [.primary], minGapWeeks: 1, holidayCover: .anyone, pipelineCoverage: false),
            history: ["plans/2026 plan.json"])
        let yaml = ScenarioYAMLWriter.text(for: scenario, comments: ["a comment"])
        let loaded = try ScenarioReader.read(yaml, file: "quoted.yaml")
        #expect(loaded.scenario == scenario)
    }
}
