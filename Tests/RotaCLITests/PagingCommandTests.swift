import Foundation
import TestSupport
import Testing

@Suite("rota plan, whatif and report for paging tools")
struct PagingCommandTests {
    @Test("plan --format pagerduty and opsgenie write the vendors' documents; nothing else on stdout")
    func plan() throws {
        let pagerDuty = try RotaRun.run(["plan", "Scenarios/paging-tools.yaml", "--format", "pagerduty"])
        #expect(pagerDuty.status == 0, "\(pagerDuty.stderr)")
        #expect(pagerDuty.stdout.hasPrefix("{\n  \"format\": \"rota.pagerduty/1\",\n  \"schedules\": [\n"))
        #expect(pagerDuty.stdout.contains("\"id\": \"PAOIFE1\", \"type\": \"user_reference\""))
        let opsgenie = try RotaRun.run(["plan", "Scenarios/paging-tools.yaml", "--format", "opsgenie"])
        #expect(opsgenie.status == 0, "\(opsgenie.stderr)")
        #expect(opsgenie.stdout.hasPrefix("{\n  \"format\": \"rota.opsgenie/1\",\n  \"schedule\": {\n"))
    }

    @Test("a scenario without ids: exit 2, naming everyone missing one")
    func missingIds() throws {
        let run = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "--format", "pagerduty"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.contains("rota: cannot write --format pagerduty: Alice, Bob, Charlie and David have no pagerduty: id in the scenario"), "\(run.stderr)")
    }

    @Test("report needs the scenario for the ids; with it, -o FILE.tf writes the overrides beside the resources")
    func reportTerraform() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-paging-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        #expect(try RotaRun.run(["plan", "Scenarios/paging-tools.yaml", "-o", plan]).status == 0)
        let bare = try RotaRun.run(["report", plan, "--format", "terraform"])
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("needs the scenario"), "\(bare.stderr)")
        let tf = folder.appendingPathComponent("schedules.tf").path
        let run = try RotaRun.run(["report", plan, "--scenario", "Scenarios/paging-tools.yaml", "-o", tf])
        #expect(run.status == 0, "\(run.stderr)")
        let resources = try String(contentsOfFile: tf, encoding: .utf8)
        #expect(resources.contains("resource \"pagerduty_schedule\" \"data_engineering_primary\" {"))
        #expect(resources.contains("resource \"pagerduty_schedule\" \"data_engineering_secondary\" {"))
        let overrides = try String(contentsOfFile: folder.appendingPathComponent("schedules.overrides.json").path, encoding: .utf8)
        #expect(overrides.hasPrefix("{\n  \"format\": \"rota.pagerduty/1\""))
        #expect(run.stderr.contains("the overrides that make the PagerDuty layers the plan are in"))
    }

    @Test("whatif writes the repaired plan for a paging tool")
    func whatif() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-paging-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        #expect(try RotaRun.run(["plan", "Scenarios/paging-tools.yaml", "-o", plan]).status == 0)
        let run = try RotaRun.run(["whatif", "Scenarios/paging-tools.yaml", plan, "--away", "Cian:2027-03-01..2027-03-14", "--format", "opsgenie"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("{\n  \"format\": \"rota.opsgenie/1\""))
    }
}
