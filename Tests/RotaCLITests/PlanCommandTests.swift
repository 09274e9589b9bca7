import Foundation
import TestSupport
import Testing

@Suite("rota plan, end to end")
struct PlanCommandTests {
    @Test("the seed team's plan is optimal and byte-identical twice")
    func deterministic() throws {
        let first = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "--format", "json"])
        let second = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("\"status\": \"optimal\""))
    }

    @Test("a scenario that is not there exits 2 and names the file")
    func missingFile() throws {
        let run = try RotaRun.run(["plan", "Scenarios/nope.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Scenarios/nope.yaml"))
    }

    @Test("an unknown option is a usage error: exit 2")
    func usage() throws {
        let run = try RotaRun.run(["plan", "--bogus"])
        #expect(run.status == 2)
    }
}
