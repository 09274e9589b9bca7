import Foundation
import RotaKit
import TestSupport
import Testing

@Suite("Changes a repaired schedule records")
struct RecordedChangesTests {
    @Test("a plan made from the scenario records nothing beyond it")
    func nothing() throws {
        let seed = try SeedFixtures.seed()
        let plan = try SeedFixtures.plan2027()
        let recorded = RecordedChanges(schedule: plan, scenario: seed)
        #expect(recorded.notes.isEmpty)
        #expect(recorded.scenario.people == seed.people)
        #expect(recorded.scenario.pipelines == seed.pipelines)
    }

    @Test("away dates, a leaver and a newcomer are applied and named; a leaver's fixed pipelines open, balance stays as it was")
    func applied() throws {
        let seed = try SeedFixtures.seed()
        var schedule = try SeedFixtures.plan2027()
        let bob = try #require(schedule.people.firstIndex { $0.name == "Bob" })
        let david = try #require(schedule.people.firstIndex { $0.name == "David" })
        let july = DayRange(Day(iso: "2027-07-19")!, Day(iso: "2027-08-01")!)
        schedule.people[bob].away.append(july)
        schedule.people[david].leaves = Day(iso: "2027-07-05")
        schedule.people.append(ScheduledPerson(name: "Erin", capacity: 0.5, joins: Day(iso: "2027-09-06")))
        let recorded = RecordedChanges(schedule: schedule, scenario: seed)
        #expect(recorded.notes == ["Bob away 2027-07-19..2027-08-01", "David leaves on 2027-07-05", "Erin joins on 2027-09-06 at capacity 0.5"])
        #expect(recorded.scenario.person(named: "Bob")?.away.contains(july) == true)
        #expect(recorded.scenario.person(named: "David")?.leaves == Day(iso: "2027-07-05"))
        #expect(recorded.scenario.person(named: "Erin")?.capacity == 0.5)
        #expect(!recorded.scenario.pipelines.contains { $0.primary == "David" || $0.secondary == "David" })
        #expect(recorded.scenario.pipelines.contains { $0.primary == nil || $0.secondary == nil })
        // The seed fixes every owner, so it never asked for balanced counts; opening David's
        // pipelines does not start asking.
        #expect(!seed.balancesOwners)
        #expect(!recorded.scenario.balancesOwners)
    }

    @Test("a name the schedule only uses, without a join date, stays a stranger for the checker to report")
    func stranger() throws {
        let seed = try SeedFixtures.seed()
        var schedule = try SeedFixtures.plan2027()
        schedule.people.append(ScheduledPerson(name: "Mallory"))
        schedule.weeks[0].oncall[.primary] = "Mallory"
        let recorded = RecordedChanges(schedule: schedule, scenario: seed)
        #expect(recorded.notes.isEmpty)
        #expect(recorded.scenario.person(named: "Mallory") == nil)
        let result = Checker.check(schedule: schedule, scenario: recorded.scenario)
        #expect(result.violations.contains { $0.message.hasPrefix("Mallory holds week 1 in the schedule, but is not a person of the scenario") })
    }

    @Test("away dates the scenario already has are not repeated")
    func alreadyKnown() throws {
        var scenario = try SeedFixtures.seed()
        var schedule = try SeedFixtures.plan2027()
        let range = DayRange(Day(iso: "2027-03-01")!, Day(iso: "2027-03-10")!)
        let alice = try #require(scenario.people.firstIndex { $0.name == "Alice" })
        scenario.people[alice].away = [range]
        let scheduled = try #require(schedule.people.firstIndex { $0.name == "Alice" })
        schedule.people[scheduled].away = [DayRange(Day(iso: "2027-03-02")!, Day(iso: "2027-03-05")!)]
        let recorded = RecordedChanges(schedule: schedule, scenario: scenario)
        #expect(recorded.notes.isEmpty)
        #expect(recorded.scenario.person(named: "Alice")?.away == [range])
    }
}
