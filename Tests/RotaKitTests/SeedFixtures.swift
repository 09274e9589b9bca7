import RotaKit
import TestSupport

/// The scenarios and plans of `Scenarios/` that several suites share, read (and planned) once.
/// A fixture that fails to load fails only the tests that ask for it: each accessor throws the
/// error it was read with, instead of a `try!` that would take the whole test process down.
enum SeedFixtures {
    private static let seedResult = Result { try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario }
    private static let seedPlanResult = Result { try Planner().plan(PlanningInput(scenario: seedResult.get())) }
    private static let plan2027Result = Result { try ScheduleReader.load(path: RotaPaths.scenario("plans/data-pipelines-2027.json"), scenario: nil) }
    private static let scenario2028Result = Result { try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines-2028.yaml")).scenario }

    /// `Scenarios/data-pipelines.yaml`: the seed team of four, 2027.
    static func seed() throws -> Scenario { try seedResult.get() }

    /// The seed scenario's plan, made by the planner.
    static func seedPlan() throws -> Schedule { try seedPlanResult.get() }

    /// `Scenarios/plans/data-pipelines-2027.json`: the committed 2027 plan of the seed team.
    static func plan2027() throws -> Schedule { try plan2027Result.get() }

    /// `Scenarios/data-pipelines-2028.yaml`: the seed team's 2028, with 2027 as history.
    static func scenario2028() throws -> Scenario { try scenario2028Result.get() }
}
