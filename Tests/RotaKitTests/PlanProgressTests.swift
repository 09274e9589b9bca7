import Testing

@testable import RotaKit

@Suite("Progress of a long search, in words")
struct PlanProgressTests {
    @Test("the ownership repair's changes level: what was found and what is being proven")
    func ownershipChanges() {
        let progress = PlanProgress(levelName: "ownership: changes", incumbent: 2, bound: nil, elapsedSeconds: 14.5)
        #expect(progress.sentence == "repairing pipeline owners: 2 changes found, proving no plan needs fewer (14.5 s)")
    }

    @Test("a bound below the value found is said as what is proven so far")
    func withBound() {
        let progress = PlanProgress(levelName: "ownership: changes", incumbent: 3, bound: 1, elapsedSeconds: 2)
        #expect(progress.sentence == "repairing pipeline owners: 3 changes found, proving no plan needs fewer (at least 1 change so far, 2.0 s)")
    }

    @Test("before any plan, and in the fairness levels")
    func otherLevels() {
        #expect(
            PlanProgress(levelName: "rotation: changes", incumbent: nil, bound: nil, elapsedSeconds: 0.5).sentence
                == "repairing the rotation: looking for a first repair (0.5 s)")
        #expect(
            PlanProgress(levelName: "rotation: max_deviation", incumbent: 0.9, bound: 0.9, elapsedSeconds: 3).sentence
                == "evening out the load: largest deviation from fair share 0.9 weeks found, proving no plan is fairer (3.0 s)")
        #expect(
            PlanProgress(levelName: "rotation: holiday_spread", incumbent: 2, bound: 1.5, elapsedSeconds: 61).sentence
                == "spreading the holidays: holiday spread 2 found, proving no plan is fairer (at least 1.5 so far, 61.0 s)")
    }

    @Test("a plan stopped in a later level is labelled with that level's gap, in words")
    func stoppedLabel() {
        var summary = SolverSummary(status: "feasible", objective: 0.9, bound: 0.9, stopped: "time limit")
        #expect(summary.label == "feasible, at the bound (time limit)")
        summary.stoppedLevel = (name: "ownership: changes", value: 3, bound: 2)
        #expect(
            summary.label
                == "feasible, within 33.3% of the bound (time limit) while repairing pipeline owners: 3 changes found, proven bound 2 changes")
    }
}

@Suite("Every objective level has its words")
struct LevelWordingTests {
    @Test("each level of the formulation is said in its own words, never the fallback", arguments: Formulation.Level.allCases)
    func everyLevel(level: Formulation.Level) {
        let wording = LevelWording(levelName: "rotation: \(level.rawValue)")
        #expect(wording.activity != "planning the rotation")
        #expect(wording.found(1) != "a plan found")
    }
}
