import Foundation
import RotaKit
import TestSupport
import Testing

/// Hand-worked instances with known answers for the formulation and the planner.
@Suite("Planning")
struct PlannerTests {
    static func scenario(_ yaml: String) throws -> Scenario {
        try ScenarioReader.read(yaml, file: "test.yaml").scenario
    }

    static func plan(_ yaml: String) throws -> Schedule {
        try Planner().plan(PlanningInput(scenario: scenario(yaml)))
    }

    static func weeks(of name: String, in schedule: Schedule, role: Role = .primary) -> [Int] {
        schedule.weeks.filter { $0.oncall[role] == name }.map(\.week)
    }

    @Test("with nobody away, the seed team gets the round-robin Alice, Bob, Charlie, David")
    func roundRobin() throws {
        let schedule = try Planner().plan(PlanningInput(scenario: ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario))
        #expect(schedule.weeks.prefix(8).map { $0.oncall[.primary]! } == ["Alice", "Bob", "Charlie", "David", "Alice", "Bob", "Charlie", "David"])
        #expect(schedule.solver?.status == "optimal")
        for name in ["Alice", "Bob", "Charlie", "David"] { #expect(Self.weeks(of: name, in: schedule).count == 13) }
    }

    @Test("a half-time person gets half the weeks of a full-timer, within a week")
    func capacity() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 35 }
            people: [Alice, Bob, Carol, { name: Dan, capacity: 0.5 }]
            holidays: { calendar: none }
            """)
        // Shares: 35 × 1/3.5 = 10 each for the full-timers, 5 for Dan: exact.
        #expect(Self.weeks(of: "Dan", in: schedule).count == 5)
        #expect(Self.weeks(of: "Alice", in: schedule).count == 10)
        #expect(schedule.solver?.objective == 0)
    }

    @Test("fractional shares: the largest deviation is the smallest possible, 2/3 for 52 weeks over 6 people")
    func fractionalShares() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 52 }
            people: [A, B, C, D, E, F]
            holidays: { calendar: none }
            """)
        let counts = ["A", "B", "C", "D", "E", "F"].map { Self.weeks(of: $0, in: schedule).count }.sorted()
        #expect(counts == [8, 8, 9, 9, 9, 9])
        #expect(abs((schedule.solver?.objective ?? 0) - 2.0 / 3.0) < 1e-6)
    }

    @Test("min-gap-weeks 4 with four people forces a strict rotation")
    func strictRotation() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 12 }
            people: [A, B, C, D]
            holidays: { calendar: none }
            rules: { min-gap-weeks: 4 }
            """)
        for name in ["A", "B", "C", "D"] {
            let weeks = Self.weeks(of: name, in: schedule)
            #expect(zip(weeks, weeks.dropFirst()).allSatisfy { $1 - $0 == 4 })
        }
    }

    @Test("two roles: primary and secondary differ, and nobody works two weeks in a row")
    func twoRoles() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 20 }
            people: [A, B, C, D, E]
            holidays: { calendar: none }
            rules: { roles: [primary, secondary] }
            """)
        for week in schedule.weeks { #expect(week.oncall[.primary] != week.oncall[.secondary]) }
        for (this, next) in zip(schedule.weeks, schedule.weeks.dropFirst()) {
            #expect(Set(this.oncall.values).isDisjoint(with: next.oncall.values))
        }
    }

    @Test("week-owner: the holiday's cover is that week's primary")
    func weekOwner() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 52 }
            people: [A, B, C, D]
            holidays: { only: [Memorial Day, Independence Day, Labor Day, Thanksgiving Day] }
            rules: { holiday-cover: week-owner }
            """)
        for holiday in schedule.holidays {
            let week = try #require(schedule.weeks.first { $0.start <= holiday.date && holiday.date <= $0.end })
            #expect(week.oncall[.primary] == holiday.cover)
        }
    }

    @Test("not-week-owner: the cover is not on call that week; covers are spread evenly")
    func notWeekOwner() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 52 }
            people: [A, B, C, D]
            """)
        for holiday in schedule.holidays {
            let week = try #require(schedule.weeks.first { $0.start <= holiday.date && holiday.date <= $0.end })
            #expect(week.oncall[.primary] != holiday.cover)
        }
        let counts = Dictionary(grouping: schedule.holidays, by: \.cover).mapValues(\.count)
        #expect((counts.values.max() ?? 0) - (counts.values.min() ?? 0) <= 1)
        #expect(counts.count == 4)
    }

    @Test("owners left open are assigned: every pipeline has two different owners, counts balanced")
    func ownership() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 8 }
            people: [A, B, C]
            holidays: { calendar: none }
            pipelines: [{ name: P1, investors: true }, { name: P2, investors: true }, { name: P3 }, { name: P4, primary: A }]
            """)
        for pipeline in schedule.pipelines { #expect(!pipeline.primary.isEmpty && pipeline.primary != pipeline.secondary) }
        #expect(schedule.pipelines[3].primary == "A")
        let primaries = Dictionary(grouping: schedule.pipelines, by: \.primary).mapValues(\.count)
        #expect(primaries.values.max()! - (primaries.count == 3 ? primaries.values.min()! : 0) <= 1)
        let investors = schedule.pipelines.filter(\.investors).map(\.primary)
        #expect(Set(investors).count == 2)
    }

    @Test("pipeline coverage: open owners are chosen so that one is always at work")
    func pipelineCoverage() throws {
        let schedule = try Self.plan(
            """
            period: { start: 2027-01-04, weeks: 8 }
            people: [{ name: A, away: [2027-01-04..2027-01-17] }, { name: B, away: [2027-01-04..2027-01-17] }, C, D]
            holidays: { calendar: none }
            pipelines: [{ name: P1 }, { name: P2 }]
            rules: { min-gap-weeks: 1 }
            """)
        for pipeline in schedule.pipelines {
            #expect(!(Set([pipeline.primary, pipeline.secondary]) == ["A", "B"]))
        }
    }

    @Test("a week in which everyone is away is named, not just called infeasible")
    func everyoneAway() throws {
        #expect {
            try Self.plan(
                """
                period: { start: 2027-01-04, weeks: 30 }
                people: [{ name: A, away: [2027-07-19..2027-07-25] }, { name: B, away: [2027-07-19] }]
                holidays: { calendar: none }
                rules: { min-gap-weeks: 1 }
                """)
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.contains { $0.rule == .rule(.coverage) && $0.message.hasPrefix("week 29 (2027-07-19 – 2027-07-25): everyone is away") }
        }
    }

    @Test("a rest rule the team cannot meet is explained with a suggestion")
    func restTooLong() throws {
        #expect {
            try Self.plan("period: { start: 2027-01-04, weeks: 10 }\npeople: [A, B, C]\nholidays: { calendar: none }\nrules: { min-gap-weeks: 4 }")
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.contains {
                $0.rule == .rule(.rest) && $0.message.contains("needs at least 4 people, and the team has 3")
                    && $0.suggestion?.contains("min-gap-weeks") == true
            }
        }
    }

    @Test("the same scenario gives byte-identical JSON")
    func deterministic() throws {
        let path = RotaPaths.scenario("two-roles.yaml")
        let first = try Planner().plan(PlanningInput(scenario: ScenarioReader.load(path: path).scenario)).json()
        let second = try Planner().plan(PlanningInput(scenario: ScenarioReader.load(path: path).scenario)).json()
        #expect(first == second)
    }

    @Test("JSON written by plan reads back to the same schedule")
    func jsonRoundTrip() throws {
        let schedule = try Planner().plan(PlanningInput(scenario: ScenarioReader.load(path: RotaPaths.scenario("part-time.yaml")).scenario))
        var read = try ScheduleReader.readJSON(schedule.json(), file: "plan.json")
        #expect(read.solver?.status == "optimal")
        read.solver = nil
        var planned = schedule
        planned.solver = nil
        #expect(read == planned)
    }
}
