import Foundation
import TestSupport
import Testing

@Suite("rota check, end to end")
struct CheckCommandTests {
    /// `rota check Scenarios/data-pipelines.yaml Scenarios/seed-handmade.csv`, word for word.
    static let seedTable = """
        FAIL  Scenarios/seed-handmade.csv: 2 violations of 1 invariant (4 warnings)
              judged against Scenarios/data-pipelines.yaml

        Invariants
          invariant          status
          coverage           ok
          availability       ok
          distinct           ok
          rest               ok
          holiday-cover      2 violations
          load               ok
          holidays           ok
          ownership          ok
          pipeline-coverage  ok
          consistency        ok

        Violations
          holiday-cover: Bob covers Independence Day (Sun 2027-07-04) during their own on-call week 26 (2027-06-28 – 07-04)
          holiday-cover: David covers New Year's Day (Sat 2028-01-01) during their own on-call week 52 (2027-12-27 – 2028-01-02)

        Warnings (do not fail the check)
          ownership: investor-pipeline primary counts range from 0 (Alice and Charlie) to 2 (Bob); they should differ by at most one (the scenario fixes every owner, so this is a warning)
          investor-holiday-cover: Memorial Day (Mon 2027-05-31) is covered by Alice, who owns none of the investor pipelines (Aggregate Profit, Aggregate Growth and Aggregate Engagement)
          investor-holiday-cover: Christmas Day (Sat 2027-12-25) is covered by Alice, who owns none of the investor pipelines (Aggregate Profit, Aggregate Growth and Aggregate Engagement)
          investor-concentration: Bob is the primary owner of 2 of the 3 investor pipelines (Aggregate Profit and Aggregate Growth); when Bob is away, most investor reports rest on their secondaries

        Fairness (load = on-call weeks of every role, history included, divided by capacity; fair load 13)
          person   capacity  primary  share  deviation  load  holidays  holiday weight  owns P/S  investor P/S  gaps
          Alice           1       13     13          0    13         2               2       2/2           0/0   4–4
          Bob             1       13     13          0    13         1               1       2/2           2/0   4–4
          Charlie         1       13     13          0    13         1               1       2/2           0/2   4–4
          David           1       13     13          0    13         2               2       2/2           1/1   4–4

          max deviation 0 weeks · spread 0 weeks · Gini 0 · CV 0 · equity score 100 · pairwise balance 1 · holiday spread 1

        """

    @Test("the seed's hand-made plan: exit 1 and exactly the violations worked out by hand")
    func seedTable() throws {
        let run = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.csv"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout == Self.seedTable)
        #expect(run.stderr.isEmpty)
    }

    @Test("--format json: the contract's keys, and the same bytes from the JSON and the CSV of the plan")
    func seedJSON() throws {
        let json = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.json", "--format", "json"])
        let csv = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.csv", "--format", "json"])
        #expect(json.status == 1 && csv.status == 1)
        #expect(json.stdout == csv.stdout)
        #expect(json.stdout.hasPrefix("{\n  \"ok\": false,\n  \"violations\": [\n    {\n      \"rule\": \"holiday-cover\",\n"))
        for key in [
            "\"message\": \"Bob covers Independence Day (Sun 2027-07-04) during their own on-call week 26 (2027-06-28 – 07-04)\"",
            "\"warnings\": [", "\"rule\": \"investor-concentration\"", "\"metrics\": {", "\"maxDeviation\": 0,", "\"spread\": 0,",
            "\"gini\": 0,", "\"coefficientOfVariation\": 0,", "\"equityScore\": 100,", "\"pairwiseBalance\": 1,", "\"people\": [",
            "\"invariants\": {",
        ] {
            #expect(json.stdout.contains(key), "missing \(key)")
        }
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(parsed?["ok"] as? Bool == false)
        #expect((parsed?["violations"] as? [[String: Any]])?.count == 2)
        #expect((parsed?["warnings"] as? [[String: Any]])?.count == 4)
    }

    @Test("a plan from rota plan passes: exit 0")
    func planPasses() throws {
        let plan = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "--format", "json"])
        #expect(plan.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-check-\(UUID().uuidString).json")
        try plan.stdout.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", file.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.hasPrefix("{\n  \"ok\": true,\n  \"violations\": [],\n"))
    }

    @Test("Markdown output, and -o writes the file")
    func markdownAndFile() throws {
        let run = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.json", "--format", "md"])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("# Check of `Scenarios/seed-handmade.json`\n"))
        #expect(run.stdout.contains("- **holiday-cover**: David covers New Year's Day (Sat 2028-01-01)"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-check-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let written = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.json", "-o", file.path])
        #expect(written.status == 1 && written.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("{\n  \"ok\": false"))
    }

    @Test(
        "bad input or usage exits 2 with a message naming the file (and line and column)",
        arguments: [
            (["check", "Scenarios/data-pipelines.yaml", "Scenarios/nope.json"], "Scenarios/nope.json: error: no such file"),
            (["check", "Scenarios/nope.yaml", "Scenarios/seed-handmade.json"], "Scenarios/nope.yaml: error: no such file"),
            (["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.json", "--format", "html"], "check writes table, json or md"),
            (["check", "Scenarios/data-pipelines.yaml"], "Missing expected argument"),
        ])
    func badInput(arguments: [String], message: String) throws {
        let run = try RotaRun.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test("a CSV with a missing column exits 2, naming file, line and column")
    func badCSV() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-check-\(UUID().uuidString).csv")
        try "week,start,role\n1,2027-01-04,primary\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(file.path):1: error: person: the week section's header has no \"person\" column"))
    }
    /// The seed's hand-made JSON plan with week 3's primary replaced by `value` (JSON text).
    static func seedWithWeek3(_ value: String) throws -> URL {
        let seed = try String(contentsOfFile: "Scenarios/seed-handmade.json", encoding: .utf8)
        let edited = seed.replacingOccurrences(
            of: #""week": 3, "start": "2027-01-18", "end": "2027-01-24", "oncall": { "primary": "Charlie" }"#,
            with: #""week": 3, "start": "2027-01-18", "end": "2027-01-24", "oncall": { "primary": "# + value + " }")
        #expect(edited != seed, "the seed's week 3 was not found")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-check-\(UUID().uuidString).json")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test(
        "a name with a blank at either end exits 2, quoted and escaped, never trimmed in silence",
        arguments: [
            (#""Charlie ""#, #"the name "Charlie " ends with a space"#),
            (#""Charlie\t""#, #"the name "Charlie\t" ends with a tab"#),
            (#""Charlie\u00a0""#, #"the name "Charlie\u{00A0}" ends with a non-breaking space"#),
            (#""Charlie\n""#, #"the name "Charlie\n" ends with a line break"#),
        ])
    func blankInName(value: String, message: String) throws {
        let file = try Self.seedWithWeek3(value)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", file.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: weeks[2].oncall.primary: \(message) (names are matched exactly; write \"Charlie\")"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("a null or empty role is a coverage violation (exit 1), like a missing one", arguments: ["null", #""""#])
    func emptyRole(value: String) throws {
        let file = try Self.seedWithWeek3(value)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", file.path])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("  coverage           1 violation\n"))
        #expect(run.stdout.contains("coverage: week 3 (2027-01-18 – 01-24) has no primary\n"))
    }
    @Test("after --leaves, a fair repaired plan has fair team figures: loads are prorated, and the label says so")
    func leaverFigures() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rota-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let plan = directory.appendingPathComponent("plan.json").path
        let repaired = directory.appendingPathComponent("repaired.json").path
        #expect(try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "-o", plan]).status == 0)
        #expect(try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", plan, "--leaves", "David:2027-07-05", "-o", repaired]).status == 0)
        let run = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", repaired, "--format", "json"])
        #expect(run.status == 0, "\(run.stdout)")
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let metrics = try #require(parsed?["metrics"] as? [String: Any])
        #expect((metrics["load"] as? String)?.contains("divided by fair share and multiplied by the fair load") == true)
        let team = try #require(metrics["team"] as? [String: Any])
        // Weeks ÷ capacity gave spread 10, Gini 0.144 and equity 68.8 for this fair plan.
        #expect(try #require(team["maxDeviation"] as? Double) < 1)
        #expect(try #require(team["spread"] as? Double) < 2)
        #expect(try #require(team["gini"] as? Double) < 0.05)
        #expect(try #require(team["equityScore"] as? Double) > 90)
    }

    @Test("a spreadsheet headed Week Starting,On Call,Notes: refused with how to map it, read with --columns and a date style")
    func spreadsheet() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-sheet-\(UUID().uuidString).csv")
        let people = ["Alice", "Bob", "Charlie", "David"]
        var rows = ["Week Starting,On Call,Notes"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = calendar.date(from: DateComponents(year: 2027, month: 1, day: 4))!
        for week in 0..<52 {
            let start = calendar.dateComponents([.year, .month, .day], from: calendar.date(byAdding: .day, value: 7 * week, to: first)!)
            rows.append("\(start.month!)/\(start.day!)/\(start.year!),\(people[week % 4]),")
        }
        try (rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let refused = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", file.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("cannot place the columns \"Week Starting\", \"On Call\", \"Notes\""))
        #expect(refused.stderr.contains("--columns \"week=Week Starting,primary=On Call\""))
        let columns = ["--columns", "week=Week Starting,primary=On Call", "--month-first"]
        let checked = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", file.path, "--format", "json"] + columns)
        // The seed's round-robin: every week covered, the holidays covered by whoever is on call.
        #expect(checked.status == 1, "\(checked.stderr)")
        #expect(!checked.stdout.contains("nobody covers"))
        #expect(checked.stdout.contains("during their own on-call week"))
        let report = try RotaRun.run(["report", file.path] + columns)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("2027-01-04 – 2028-01-02"))
        let both = try RotaRun.run(["report", file.path, "--month-first", "--day-first"])
        #expect(both.status == 2)
    }

    @Test("the CSV plan writes is one table check reads back")
    func exportedCSV() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-plan-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "-o", file.path]).status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("week,start,end,handoff,role,person,holiday,weight,pipeline,investors\n1,2027-01-04,2027-01-10,09:00 America/New_York,primary,"))
        #expect(!text.contains("\n\n"))
        let check = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", file.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }
}
