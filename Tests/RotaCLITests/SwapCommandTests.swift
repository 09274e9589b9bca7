import Foundation
import TestSupport
import Testing

@Suite("rota swap, end to end")
struct SwapCommandTests {
    static let plan = "Scenarios/plans/data-pipelines-2027.json"

    @Test("who could take Alice's week 9: direct swaps, best first, each with its diff and who must agree")
    func text() throws {
        let run = try RotaRun.run(["swap", "Scenarios/data-pipelines.yaml", Self.plan, "--person", "Alice", "--shift", "9", "--limit", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout == """
                Who could take Alice's week 9, 2027-03-01 – 2027-03-07:

                1. Direct swap: nobody's deviation from fair share moves; to agree: Alice, David
                   week 8 (2027-02-22): David → Alice (swap)
                   week 9 (2027-03-01): Alice → David (swap)

                2. Direct swap: nobody's deviation from fair share moves; to agree: Alice, Bob
                   week 9 (2027-03-01): Alice → Bob (swap)
                   week 10 (2027-03-08): Bob → Alice (swap)

                """)
    }

    @Test("--format json: the candidates as data")
    func json() throws {
        let run = try RotaRun.run(["swap", "Scenarios/data-pipelines.yaml", Self.plan, "--person", "Alice", "--shift", "9", "--limit", "1", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"kind\": \"direct\""))
        #expect(run.stdout.contains("{ \"person\": \"David\", \"week\": 9, \"role\": \"primary\", \"from\": \"Alice\" }"))
        #expect(run.stdout.contains("\"largest_deviation_move\": 0,"))
    }

    @Test("refusals: another rotation, a week the person does not hold (exit 2, with the reason)")
    func refusals() throws {
        let rotation = try RotaRun.run(["swap", "Scenarios/data-pipelines.yaml", Self.plan, "--person", "Alice", "--shift", "9", "--rotation", "apac"])
        #expect(rotation.status == 2)
        #expect(rotation.stderr.contains("--rotation apac: this scenario has one weekly rotation (rules.roles), called weekly"))
        let weekly = try RotaRun.run([
            "swap", "Scenarios/data-pipelines.yaml", Self.plan, "--person", "Alice", "--shift", "9", "--rotation", "weekly", "--limit", "1",
        ])
        #expect(weekly.status == 0)
        let notHeld = try RotaRun.run(["swap", "Scenarios/data-pipelines.yaml", Self.plan, "--person", "Alice", "--shift", "10"])
        #expect(notHeld.status == 2)
        #expect(notHeld.stderr.contains("Alice is not on call in week 10; it is held by Bob (primary)"))
    }
}
