import Foundation
import Testing

/// PRODUCT.md: the same input gives the same bytes, in every process. Swift seeds its hashing
/// afresh in each process, so anything that depends on a dictionary's order shows up here as
/// plans that differ from one run to the next.
@Suite("Same input, same bytes")
struct DeterminismTests {
    @Test("a generated 12-person team with two roles plans to the same JSON in six processes")
    func samePlanEveryRun() throws {
        // Before sums were taken in variable order, this team planned to one of two equally fair
        // plans, each in about half the runs.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-determinism-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("team.yaml").path
        let generated = try RotaRun.run([
            "generate", "--people", "12", "--weeks", "52", "--roles", "2", "--pipelines", "14", "--away-rate", "0.12", "--seed", "7",
            "-o", scenario,
        ])
        #expect(generated.status == 0, "\(generated.stderr)")
        var plans = Set<String>()
        for _ in 1...6 {
            let plan = try RotaRun.run(["plan", scenario, "--format", "json"])
            #expect(plan.status == 0, "\(plan.stderr)")
            plans.insert(plan.stdout)
        }
        #expect(plans.count == 1, "\(plans.count) different plans from the same scenario")
    }
}
