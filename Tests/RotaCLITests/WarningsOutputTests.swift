import Foundation
import TestSupport
import Testing

/// Every output of `plan`, `whatif` and `report` shows the warnings `rota check` gives, as check
/// words them; CSV and iCalendar (data for other programs) leave them to standard error.
@Suite("Warnings and the team's document, end to end")
struct WarningsOutputTests {
    static let scenario = "Scenarios/data-pipelines.yaml"
    static let plan = "Scenarios/plans/data-pipelines-2027.json"
    static let concentration =
        "investor-concentration: Bob is the primary owner of 2 of the 3 investor pipelines (Aggregate Profit and Aggregate Growth); "
        + "when Bob is away, most investor reports rest on their secondaries"

    static func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("rota-warnings-\(UUID().uuidString)\(suffix)").path
    }

    @Test("plan: the table, JSON and Markdown carry check's four warnings, nothing on stderr", arguments: ["table", "json", "md"])
    func planReadable(format: String) throws {
        let run = try RotaRun.run(["plan", Self.scenario, "--format", format])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let needle =
            switch format {
            case "table": "\n  " + Self.concentration + "\n"
            case "json": "\"rule\": \"investor-concentration\""
            default: "- **investor-concentration**: Bob is the primary owner"
            }
        #expect(run.stdout.contains(needle))
    }

    @Test("plan: CSV and iCalendar stay data; the warnings go to stderr", arguments: ["csv", "ics"])
    func planData(format: String) throws {
        let run = try RotaRun.run(["plan", Self.scenario, "--format", format])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("investor-concentration"))
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.last == "rota: warning: " + Self.concentration)
    }

    @Test("plan --format md is the team's document: the seed's sections in the seed's order")
    func planDocument() throws {
        let run = try RotaRun.run(["plan", Self.scenario, "--format", "md"])
        #expect(
            run.stdout.split(separator: "\n").filter { $0.hasPrefix("#") && !$0.hasPrefix("###") } == [
                "# Week 5 Data Pipeline Maintenance", "## Pipeline Ownership", "## On-Call Schedule",
                "## Run Books for Pipelines Reporting Metrics to Investors", "## Potential Pipeline Issues", "## Conclusion",
            ])
        let example = try String(contentsOfFile: RotaPaths.path("docs/example-team-document.md"), encoding: .utf8)
        #expect(run.stdout == example)
    }

    @Test("whatif: the summary ends with the warnings; CSV on stdout leaves them to stderr")
    func whatif() throws {
        let away = ["whatif", Self.scenario, Self.plan, "--away", "Bob:2027-07-19..2027-08-01"]
        let csv = try RotaRun.run(away + ["--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(!csv.stdout.contains("investor-concentration"))
        #expect(csv.stderr.split(separator: "\n").last.map(String.init) == "rota: warning: " + Self.concentration)
        let file = Self.temporary(".json")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let written = try RotaRun.run(away + ["-o", file])
        #expect(written.stderr.contains("Warnings (do not fail the check)\n  ownership: "))
        let json = try String(contentsOfFile: file, encoding: .utf8)
        #expect(json.contains("\"warnings\": ["))
        let check = try RotaRun.run(["check", Self.scenario, file])
        #expect(check.status == 0, "a plan with warnings is read back: \(check.stderr)")
    }

    @Test("report --scenario: the document has the run books and check's verdict; warnings in table and JSON")
    func reportWithScenario() throws {
        let md = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--scenario", Self.scenario, "--format", "md"])
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.contains("     4. Load aggregated data into the reporting dashboard."))
        #expect(md.stdout.contains("- **Checked**: Rota's independent checker (`rota check`) finds 2 violations:\n  - **holiday-cover**: Bob covers"))
        #expect(md.stdout.contains("- **investor-concentration**: "))
        let table = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--scenario", Self.scenario])
        #expect(table.stdout.hasSuffix("  " + Self.concentration + "\n"))
        let json = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--scenario", Self.scenario, "--format", "json"])
        #expect(json.stdout.contains("\"rule\": \"investor-concentration\""))
        let ics = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--scenario", Self.scenario, "--format", "ics"])
        #expect(ics.stderr.contains("rota: warning: " + Self.concentration))
    }

    @Test("report --format md without a scenario gives what it can and says how to get the rest")
    func reportWithoutScenario() throws {
        let run = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--format", "md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("`rota report SCHEDULE --scenario SCENARIO --format md`"))
        #expect(!run.stdout.contains("**Purpose**"))
        #expect(!run.stdout.contains("## Conclusion"))
    }
}
