import Foundation
import Testing

@Suite("Solver limits, labelled honestly")
struct SolverLimitTests {
    @Test("--time-limit: a plan is never called optimal unless it is, and a stopped search says so")
    func timeLimit() throws {
        let run = try RotaRun.run(["plan", "Scenarios/two-roles.yaml", "--format", "json", "--time-limit", "0.02"])
        switch run.status {
        case 0:
            if run.stdout.contains("\"status\": \"optimal\"") {
                #expect(!run.stderr.contains("not proven optimal"))
            } else {
                #expect(run.stdout.contains("\"status\": \"feasible\""))
                #expect(run.stdout.contains("\"stopped\": \"time limit\""))
                #expect(run.stderr.contains("not proven optimal"))
            }
        case 1:
            #expect(run.stderr.contains("no plan found for Scenarios/two-roles.yaml before the search stopped (time limit)"))
        default:
            Issue.record("unexpected exit \(run.status): \(run.stderr)")
        }
    }

    @Test("--gap 0 and a generous time limit still prove optimality")
    func generous() throws {
        let run = try RotaRun.run(["plan", "Scenarios/two-roles.yaml", "--format", "json", "--time-limit", "60", "--gap", "0"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"status\": \"optimal\""))
    }

    @Test("nonsense limits are usage errors", arguments: [["--time-limit", "0"], ["--time-limit", "-3"], ["--gap", "150"], ["--gap", "x"]])
    func usage(arguments: [String]) throws {
        let run = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml"] + arguments)
        #expect(run.status == 2)
    }

    @Test("progress lines appear only when stderr is a terminal, so logs and pipes stay clean")
    func noProgressInPipes() throws {
        let run = try RotaRun.run(["plan", "Scenarios/two-roles.yaml", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
    }
}
