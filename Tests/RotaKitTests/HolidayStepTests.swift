import MIP
import Testing

@testable import RotaKit

@Suite("Holiday spread with weights in halves")
struct HolidayStepTests {
    /// A generated 25-person team whose holidays weigh 2, 2 and 1.5: GLPK alone held the spread at
    /// 2.0 against a bound of 1.93 for ever (no spread between them exists with weights in halves).
    static func weightedTeam() throws -> Scenario {
        var scenario = try ScenarioGenerator(.init(people: 25, weeks: 52, seed: 7)).generate().scenario
        scenario.holidays.weights = ["Christmas Day": 2, "Thanksgiving Day": 2, "Independence Day": 1.5]
        return scenario
    }

    @Test("the spread is a multiple of the weights' common divisor, and its level has that step")
    func step() throws {
        let formulation = Formulation(PlanningInput(scenario: try Self.weightedTeam()), parts: [.rotation])
        let level = try #require(formulation.model.objectives.first { $0.name == Formulation.Level.holidaySpread.rawValue })
        #expect(level.step == 0.5)
        #expect(level.provenBound(1.93) == 2)
    }

    @Test("a 25-person team with holidays weighing 2, 2 and 1.5 plans proven optimal")
    func provenOptimal() throws {
        // The limit only keeps a regression from hanging the suite: it then fails as "feasible".
        let schedule = try Planner(options: PlanOptions(timeLimit: 120)).plan(PlanningInput(scenario: try Self.weightedTeam()))
        #expect(schedule.solver?.status == "optimal")
        let report = Checker.check(schedule: schedule, scenario: try Self.weightedTeam())
        #expect(report.violations.isEmpty)
    }
}
