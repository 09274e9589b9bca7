import Foundation
import RotaKit
import TestSupport
import Testing

@Suite("What-if repair")
struct RepairTests {
    @Test("no changes: the schedule comes back unchanged")
    func noChanges() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let result = try Repair().repair(schedule: plan, scenario: seed, changes: [])
        #expect(result.schedule == plan)
        #expect(result.diff.changes.isEmpty)
    }

    @Test("Bob away for two weeks: only his week and one swap change; nothing before it moves")
    func away() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let dates = DayRange(Day(iso: "2027-07-19")!, Day(iso: "2027-08-01")!)
        let change = WhatIfChange.away(person: "Bob", dates: dates)
        let result = try Repair().repair(schedule: plan, scenario: seed, changes: [change])
        #expect(result.firstOpenWeek == 29)
        #expect(result.diff.changes.count <= 4)
        #expect(result.diff.lines.first == "week 30 (2027-07-26): Bob → David (Bob away)")
        for week in result.schedule.weeks where week.week < 29 {
            #expect(week.oncall == plan.weeks[week.week - 1].oncall)
        }
        for week in result.schedule.weeks where week.week == 29 || week.week == 30 {
            #expect(week.oncall[.primary] != "Bob")
        }
        #expect(result.largestDeviationAfter == 0)
        // The repaired schedule carries the new away dates, so a later check can judge it.
        #expect(result.schedule.people.first { $0.name == "Bob" }?.away == [dates])
    }

    @Test("--from keeps everything before it, even the week of the change")
    func frozenPast() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let change = WhatIfChange.away(person: "Alice", dates: DayRange(Day(iso: "2027-03-01")!))
        #expect {
            try Repair().repair(schedule: plan, scenario: seed, changes: [change], from: Day(iso: "2027-06-01"))
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.contains { $0.message.contains("before the first week that may change") }
        }
    }

    @Test("a pinned week gets its person, and fairness is kept")
    func swap() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let result = try Repair().repair(schedule: plan, scenario: seed, changes: [.swap(week: 10, person: "Charlie")])
        #expect(result.schedule.weeks[9].oncall[.primary] == "Charlie")
        #expect(result.diff.changes.contains { $0.week == 10 && $0.reason == "pinned" })
        let counts = Dictionary(grouping: result.schedule.weeks, by: { $0.oncall[.primary]! }).mapValues(\.count)
        #expect(counts.values.allSatisfy { $0 == 13 })
    }

    @Test("a leaver on a generated team of 50: proven optimal, changing only what the departure forces")
    func leaverOnALargeTeam() throws {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("generated-50p-52w-2r-100pl.yaml")).scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let leaver = scenario.people[0].name
        let owned = plan.pipelines.filter { $0.primary == leaver }.count + plan.pipelines.filter { $0.secondary == leaver }.count
        // Without the holiday-spread bounds for full members this took over two minutes, unproven,
        // and changed 65 assignments. No time limit here: a slow machine takes longer but still
        // proves optimality; how long it takes is the benchmarks' business (scripts/whatif-sweep.sh).
        let result = try Repair().repair(
            schedule: plan, scenario: scenario, changes: [.leaves(person: leaver, date: Day(iso: "2027-06-01")!)])
        #expect(result.schedule.solver?.status == "optimal")
        #expect(result.schedule.solver?.stopped == nil)
        #expect(result.diff.changes.count < owned + 10, "\(result.diff.lines)")
        #expect(Checker.check(schedule: result.schedule, scenario: result.scenario).violations.map(\.message) == [])
    }

    @Test("a leaver and an absence in the frozen quarter of a 26-person team: proven optimal at once, as fair as the frozen weeks allow")
    func frozenCountsBound() throws {
        let generated = try ScenarioGenerator(.init(people: 26, weeks: 26, roles: 2, pipelines: 65, awayRate: 0.1, seed: 3)).generate()
        let scenario = generated.scenario
        let plan = try Planner().plan(PlanningInput(scenario: scenario))
        let changes: [WhatIfChange] = [
            .leaves(person: scenario.people[0].name, date: Day(iso: "2027-03-15")!),
            .away(person: scenario.people[1].name, dates: DayRange(Day(iso: "2027-03-15")!, Day(iso: "2027-03-29")!)),
        ]
        // The frozen weeks put the leaver above their shrunken share; the deviation bound must
        // know it. Without it GLPK sat at 0.929 against a bound of 0.598 for a whole minute. No
        // time limit, so the proof, not the machine's speed, decides the outcome.
        let result = try Repair().repair(schedule: plan, scenario: scenario, changes: changes)
        #expect(result.schedule.solver?.status == "optimal")
        #expect(result.schedule.solver?.stopped == nil)
        #expect(abs(result.largestDeviationAfter - 0.928937) < 1e-5)
        #expect(Checker.check(schedule: result.schedule, scenario: result.scenario).violations.map(\.message) == [])
    }

    @Test("someone leaving mid-year: no weeks after they leave, their pipelines move, shares shrink with their time on the team")
    func leaves() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let result = try Repair().repair(schedule: plan, scenario: seed, changes: [.leaves(person: "David", date: Day(iso: "2027-07-05")!)])
        let start = Day(iso: "2027-07-05")!
        #expect(!result.schedule.weeks.contains { $0.end >= start && $0.oncall.values.contains("David") })
        #expect(!result.schedule.pipelines.contains { $0.primary == "David" || $0.secondary == "David" })
        #expect(result.schedule.weeks.filter { $0.oncall[.primary] == "David" }.count == 6)
    }

    @Test("a new person joining gets weeks only after joining")
    func joins() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let result = try Repair().repair(
            schedule: plan, scenario: seed, changes: [.joins(person: "Erin", date: Day(iso: "2027-07-05")!, capacity: 1)])
        let weeks = result.schedule.weeks.filter { $0.oncall[.primary] == "Erin" }
        #expect(!weeks.isEmpty)
        #expect(weeks.allSatisfy { $0.start >= Day(iso: "2027-07-05")! })
    }

    @Test("everyone away the same week: the week is named, exit-1 material")
    func infeasible() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let week = DayRange(Day(iso: "2027-07-19")!, Day(iso: "2027-07-25")!)
        let changes = ["Alice", "Bob", "Charlie", "David"].map { WhatIfChange.away(person: $0, dates: week) }
        #expect {
            try Repair().repair(schedule: plan, scenario: seed, changes: changes)
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.contains { $0.message.contains("week 29 (2027-07-19 – 2027-07-25): everyone is away") }
        }
    }

    @Test("an unknown person in a change is bad input with a suggestion")
    func unknownPerson() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.seedPlan()
        let errors = #expect(throws: InputErrors.self) {
            try Repair().repair(schedule: plan, scenario: seed, changes: [.away(person: "Bobby", dates: DayRange(Day(iso: "2027-07-19")!))])
        }
        #expect(errors?.problems.first?.hint == "did you mean \"Bob\"?")
    }

    @Test(
        "change flags parse, and malformed ones are refused",
        arguments: [
            ("away", "Bob:2027-07-19..2027-08-01", true), ("away", "Bob:2027-07-19", true), ("away", "Bob", false),
            ("away", "Bob:2027-08-01..2027-07-19", false), ("leaves", "Bob:2027-07-19", true), ("joins", "Erin:2027-09-01:0.5", true),
            ("joins", "Erin:2027-09-01:2", false), ("swap", "29:Charlie", true), ("swap", "x:Charlie", false),
        ])
    func parse(flag: String, value: String, valid: Bool) {
        let parsed = (try? WhatIfChange.parse(flag: flag, value)) != nil
        #expect(parsed == valid)
    }

    /// Two weeks away for one person, in several scenarios and seasons: the repair's changes
    /// against planning the changed scenario from scratch. Prints the table (recorded in the
    /// issue note); over all cases the repair changes fewer assignments (re-planning is fairly stable too,
    /// thanks to the round-robin preference).
    @Test("repairs change far fewer assignments than planning from scratch")
    func fewerThanReplanning() throws {
        let cases: [(scenario: String, person: String, from: String)] = [
            ("data-pipelines.yaml", "Bob", "2027-07-19"), ("data-pipelines.yaml", "Alice", "2027-03-01"),
            ("two-roles.yaml", "Farah", "2027-05-03"), ("two-roles.yaml", "Chen", "2027-09-06"),
            ("part-time.yaml", "David", "2027-10-04"), ("summer-away.yaml", "Alice", "2027-02-01"),
        ]
        var repairedTotal = 0
        var replannedTotal = 0
        for item in cases {
            let scenario = try ScenarioReader.load(path: RotaPaths.scenario(item.scenario)).scenario
            let original = try Planner().plan(PlanningInput(scenario: scenario))
            let first = Day(iso: item.from)!
            let dates = DayRange(first, first.adding(days: 13))
            let repaired = try Repair().repair(schedule: original, scenario: scenario, changes: [.away(person: item.person, dates: dates)])
            let replanned = try Planner().plan(PlanningInput(scenario: repaired.scenario))
            let fromScratch = ScheduleDiff(before: original, after: replanned, scenario: repaired.scenario).changes.count
            print("whatif-vs-replan \(item.scenario) \(item.person) away \(dates): repair \(repaired.diff.changes.count), re-plan \(fromScratch)")
            #expect(repaired.diff.changes.count <= 8)
            repairedTotal += repaired.diff.changes.count
            replannedTotal += fromScratch
        }
        print("whatif-vs-replan total: repair \(repairedTotal), re-plan \(replannedTotal)")
        #expect(repairedTotal < replannedTotal)
    }
}

@Suite("History across years")
struct HistoryTests {
    static func plan2028() throws -> Schedule {
        let scenario = try SeedFixtures.scenario2028()
        let history = HistorySummary(schedules: [try SeedFixtures.plan2027()], before: scenario.period.start)
        return try Planner().plan(PlanningInput(scenario: scenario, history: history))
    }

    @Test("every holiday gets a different cover than in 2027")
    func holidayRotation() throws {
        let plan2027 = try SeedFixtures.plan2027()
        let plan = try Self.plan2028()
        for holiday in plan.holidays {
            if let last = plan2027.holidays.first(where: { $0.name == holiday.name }) {
                #expect(holiday.cover != last.cover, "\(holiday.name)")
            }
        }
    }

    @Test("whoever was on call in 2027's last week is not on call in 2028's first")
    func boundaryRest() throws {
        let plan2027 = try SeedFixtures.plan2027()
        let last = try #require(plan2027.weeks.last?.oncall[.primary])
        #expect(try Self.plan2028().weeks.first?.oncall[.primary] != last)
    }

    @Test("cumulative loads over both years are fair, and so are holidays")
    func cumulative() throws {
        let plan2027 = try SeedFixtures.plan2027()
        let plan = try Self.plan2028()
        let names = ["Alice", "Bob", "Charlie", "David"]
        let counts = names.map { name in (plan2027.weeks + plan.weeks).filter { $0.oncall[.primary] == name }.count }
        #expect(counts == [26, 26, 26, 26])
        let holidays = names.map { name in (plan2027.holidays + plan.holidays).filter { $0.cover == name }.count }
        #expect(holidays.max()! - holidays.min()! <= 1)
    }

    @Test("someone who joined this year is not charged for last year, nor does the team owe them")
    func newcomer() throws {
        let plan2027 = try SeedFixtures.plan2027()
        var scenario = try SeedFixtures.scenario2028()
        scenario.people.append(Person(name: "Erin"))
        let input = PlanningInput(scenario: scenario, history: HistorySummary(schedules: [plan2027], before: scenario.period.start))
        // 2027's 52 weeks split four ways, 2028's five ways: 13 + 10.4 for the four, 10.4 for Erin.
        #expect(abs(input.shares[4][0].share - 10.4) < 1e-9)
        #expect(abs(input.shares[0][0].share - 23.4) < 1e-9)
        let plan = try Planner().plan(input)
        #expect([10, 11].contains(plan.weeks.filter { $0.oncall[.primary] == "Erin" }.count))
    }
}
