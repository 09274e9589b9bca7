import RotaKit
import TestSupport
import Testing

/// Every scenario in Scenarios/infeasible/ is diagnosed in words that name the weeks, people or rules.
@Suite("Diagnosing impossible rules")
struct InfeasibilityTests {
    static func conflicts(_ name: String) throws -> [Conflict] {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("infeasible/\(name)")).scenario
        do {
            _ = try Planner().plan(PlanningInput(scenario: scenario))
        } catch PlanningError.infeasible(let conflicts) {
            return conflicts
        }
        Issue.record("\(name) was planned, but is infeasible on purpose")
        return []
    }

    @Test("everyone away in one week: that week and its dates are named")
    func everyoneAway() throws {
        let conflicts = try Self.conflicts("everyone-away.yaml")
        #expect(
            conflicts.map(\.description) == [
                "coverage: week 29 (2027-07-19 – 2027-07-25): everyone is away, and the week needs 1 person — move someone's time away, or add a person"
            ])
    }

    @Test("a rest rule too long for the team: the rule, the team size and a fix")
    func restTooLong() throws {
        let conflicts = try Self.conflicts("rest-too-long.yaml")
        #expect(conflicts.count == 1)
        #expect(
            conflicts.first?.description
                == "rest: min-gap-weeks 3 with 2 roles needs at least 6 people, and the team has 4 — lower min-gap-weeks to 2, or add a person")
    }

    @Test("rules that conflict only together: the elastic re-solve names all three and the holiday weeks")
    func holidaysVersusRotation() throws {
        let conflicts = try Self.conflicts("holidays-vs-rotation.yaml")
        let rules = conflicts.map(\.rule.description)
        #expect(rules == ["rules", "rest", "holiday-cover", "holidays"])
        #expect(conflicts.contains { $0.message == "week-owner, with holidays in weeks 1, 4, 7" })
        #expect(conflicts.contains { $0.suggestion == "lower min-gap-weeks to 2" })
    }

    @Test("someone away in a common week with every other possible owner: named at once, not left to a search that cannot prove it")
    func ownerWithoutPartner() throws {
        // A clashes with B (week 2) and with C (week 5), so A can own no pipeline; balance over
        // three pipelines and three people gives A one. GLPK alone searched to its time limit on
        // a 14-person case like this one; HiGHS proves it infeasible in 10 ms.
        let scenario = try ScenarioReader.read(
            """
            period: { start: 2027-01-04, weeks: 8 }
            people:
              - { name: A, away: [2027-01-11, 2027-02-01] }
              - { name: B, away: [2027-01-12] }
              - { name: C, away: [2027-02-02] }
            holidays: { calendar: none }
            pipelines: [{ name: P1 }, { name: P2 }, { name: P3 }]
            """, file: "t.yaml"
        ).scenario
        #expect {
            try Planner().plan(PlanningInput(scenario: scenario))
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.map(\.description) == [
                "pipeline-coverage: A is away in some week with each of the 2 other possible owners, so no pipeline can have A as an owner; "
                    + "a balanced split of 3 pipelines over 3 people gives everyone at least 1 as primary and as secondary — "
                    + "move some of A's time away, or fix every pipeline's owners in the scenario so counts need not balance"
            ]
        }
    }

    @Test("a person away too long to reach a fair share is named with the numbers")
    func awayTooLong() throws {
        let scenario = try ScenarioReader.read(
            """
            period: { start: 2027-01-04, weeks: 20 }
            people: [A, B, { name: C, away: [2027-01-04..2027-04-25] }]
            holidays: { calendar: none }
            rules: { min-gap-weeks: 1 }
            """, file: "t.yaml"
        ).scenario
        #expect {
            try Planner().plan(PlanningInput(scenario: scenario))
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.contains {
                $0.rule == .rule(.load) && $0.message.hasPrefix("C must hold at least 6 on-call weeks") && $0.message.contains("available 4 of 20 weeks")
            }
        }
    }

    @Test("fixed owners both away in a week are named with the weeks")
    func ownersAway() throws {
        let scenario = try ScenarioReader.read(
            """
            period: { start: 2027-01-04, weeks: 8 }
            people: [{ name: A, away: [2027-01-11] }, { name: B, away: [2027-01-12] }, C, D]
            holidays: { calendar: none }
            pipelines: [{ name: Profit, primary: A, secondary: B }]
            """, file: "t.yaml"
        ).scenario
        #expect {
            try Planner().plan(PlanningInput(scenario: scenario))
        } throws: { error in
            guard case PlanningError.infeasible(let conflicts) = error else { return false }
            return conflicts.contains { $0.message == "Profit: both owners (A, B) are away in week 2" }
        }
    }
}
