import Foundation
import TestSupport
import Testing

@Suite("rota whatif and rota model, end to end")
struct WhatifCommandTests {
    static let plan = "Scenarios/plans/data-pipelines-2027.json"

    @Test("Bob away two weeks: a diff a person reads in five seconds, then the warnings rota check gives")
    func diff() throws {
        let run = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19..2027-08-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout == """
                What if: Bob away 2027-07-19..2027-08-01
                2 assignments change (weeks before 29 kept):
                  week 30 (2027-07-26): Bob → David (Bob away)
                  week 40 (2027-10-04): David → Bob (rebalanced)
                Largest deviation from fair share: 0.00 → 0.00 weeks

                Warnings (do not fail the check)
                  ownership: investor-pipeline primary counts range from 0 (Alice and Charlie) to 2 (Bob); they should differ by at most one (the scenario fixes every owner, so this is a warning)
                  investor-holiday-cover: Memorial Day (Mon 2027-05-31) is covered by Alice, who owns none of the investor pipelines (Aggregate Profit, Aggregate Growth and Aggregate Engagement)
                  investor-holiday-cover: Christmas Day (Sat 2027-12-25) is covered by Alice, who owns none of the investor pipelines (Aggregate Profit, Aggregate Growth and Aggregate Engagement)
                  investor-concentration: Bob is the primary owner of 2 of the 3 investor pipelines (Aggregate Profit and Aggregate Growth); when Bob is away, most investor reports rest on their secondaries

                """)
    }

    @Test("--diff-format json prints the diff as data")
    func jsonDiff() throws {
        let run = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19..2027-08-01", "--diff-format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"changes\": 2"))
        #expect(
            run.stdout.contains(
                "{ \"kind\": \"week\", \"week\": 30, \"role\": \"primary\", \"date\": \"2027-07-26\", \"before\": \"Bob\", \"after\": \"David\", \"reason\": \"Bob away\", \"cause\": \"away\" }"
            ))
    }

    @Test("-o writes the repaired schedule with Bob's new away dates")
    func output() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rota-whatif-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19..2027-08-01", "-o", path])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("{ \"name\": \"Bob\", \"capacity\": 1, \"away\": [\"2027-07-19..2027-08-01\"] }"))
        #expect(run.stderr.contains("2 assignments change"))
        // The summary is shown once, not again on stdout.
        #expect(run.stdout.isEmpty)
    }

    @Test("a plan repaired for a leaver and a newcomer passes rota check against the unchanged scenario file, which names the changes")
    func repairedPlanPassesCheck() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rota-whatif-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let repair = try RotaRun.run([
            "whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--leaves", "David:2027-07-05", "--joins", "Erin:2027-07-05", "--away",
            "Bob:2027-07-19..2027-08-01", "-o", path,
        ])
        #expect(repair.status == 0, "\(repair.stderr)")
        let check = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", path])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.hasPrefix("PASS"))
        #expect(
            check.stderr.contains(
                "note: judged with the changes it records beyond Scenarios/data-pipelines.yaml: Bob away 2027-07-19..2027-08-01; David leaves on 2027-07-05; Erin joins on 2027-07-05"
            ), "\(check.stderr)")
        // The same file judged against the original team alone would fail on every count: the
        // note is what makes the difference, so it must not be silent.
        let report = try RotaRun.run(["report", path, "--scenario", "Scenarios/data-pipelines.yaml", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("note: reported with the changes it records"))
    }

    @Test("-o with --diff-format json: the schedule to the file, the diff as JSON on stdout, the summary on stderr")
    func outputWithJSONDiff() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rota-whatif-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = try RotaRun.run([
            "whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19..2027-08-01", "-o", path, "--diff-format", "json",
        ])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"changes\": 2"))
        #expect(!run.stdout.contains("What if"))
        #expect(run.stderr.contains("2 assignments change"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test("everyone away: exit 1 and the week is named")
    func infeasible() throws {
        var arguments = ["whatif", "Scenarios/data-pipelines.yaml", Self.plan]
        for name in ["Alice", "Bob", "Charlie", "David"] { arguments += ["--away", "\(name):2027-07-19..2027-07-25"] }
        let run = try RotaRun.run(arguments)
        #expect(run.status == 1)
        #expect(run.stderr.contains("week 29 (2027-07-19 – 2027-07-25): everyone is away"))
    }

    /// The what-if's summary without check's warnings, which follow it (their wording is tested
    /// with `rota check`); the warnings section must be there.
    static func beforeWarnings(_ stdout: String) -> String {
        let parts = stdout.components(separatedBy: "Warnings (do not fail the check)\n")
        #expect(parts.count == 2, "the summary ends with check's warnings")
        // A blank line separates the summary from the warnings.
        return parts[0].hasSuffix("\n\n") ? String(parts[0].dropLast()) : parts[0]
    }

    @Test("fixed owners both away: exit 1 with the conflict and the smallest reassignment; --reassign-owners applies it")
    func reassignOwners() throws {
        let arguments = [
            "whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Alice:2027-07-19..2027-08-01", "--away", "Bob:2027-07-26..2027-08-08",
        ]
        let refused = try RotaRun.run(arguments)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("pipeline-coverage: Profit: both owners (Alice, Bob) are away in week 30"))
        #expect(refused.stderr.contains("The smallest reassignment of owners that clears this:"))
        #expect(refused.stderr.contains("Profit primary owner: Alice → Charlie from week 1, for the whole period (Alice and Bob both away in week 30)"))
        #expect(refused.stderr.contains("Run again with --reassign-owners"))
        let applied = try RotaRun.run(arguments + ["--reassign-owners"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(
            Self.beforeWarnings(applied.stdout) == """
                What if: Alice away 2027-07-19..2027-08-01; Bob away 2027-07-26..2027-08-08
                Owners reassigned (--reassign-owners); for rota check to agree, write them in the scenario's pipelines:
                  - { name: Profit, primary: Charlie, secondary: Bob }
                4 assignments change (weeks before 29 kept; owners are for the whole period):
                  week 29 (2027-07-19): Alice → Bob (Alice away)
                  week 30 (2027-07-26): Bob → David (Bob away)
                  week 52 (2027-12-27): David → Alice (rebalanced)
                  Profit primary owner: Alice → Charlie from week 1, for the whole period (Alice and Bob both away in week 30)
                Largest deviation from fair share: 0.00 → 0.00 weeks

                """)
    }

    @Test("--alternatives 3: three repairs, best first, each with its fairness, who must agree and its diff")
    func alternatives() throws {
        let run = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19..2027-08-01", "--alternatives", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            Self.beforeWarnings(run.stdout) == """
                What if: Bob away 2027-07-19..2027-08-01
                3 repairs, best first (weeks before 29 kept):

                1. 2 changes; largest deviation from fair share 0.00 → 0.00 weeks, total 0.00 → 0.00, holiday spread 1 → 1
                   to agree: Bob, David
                   week 30 (2027-07-26): Bob → David (Bob away)
                   week 40 (2027-10-04): David → Bob (rebalanced)

                2. 2 changes; largest deviation from fair share 0.00 → 0.00 weeks, total 0.00 → 0.00, holiday spread 1 → 1
                   to agree: Bob, Charlie
                   week 30 (2027-07-26): Bob → Charlie (Bob away)
                   week 31 (2027-08-02): Charlie → Bob (rebalanced)

                3. 2 changes; largest deviation from fair share 0.00 → 0.00 weeks, total 0.00 → 0.00, holiday spread 1 → 1
                   to agree: Bob, David
                   week 30 (2027-07-26): Bob → David (Bob away)
                   week 32 (2027-08-09): David → Bob (rebalanced)

                """)
        let json = try RotaRun.run([
            "whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19..2027-08-01", "--alternatives", "2", "--diff-format", "json",
        ])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"rank\": 2,"))
        #expect(json.stdout.contains("\"people\": [\"Bob\", \"Charlie\"]"))
        #expect(json.stdout.contains("\"largest_deviation_after\": 0,"))
        let refused = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19", "--alternatives", "0"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--alternatives must be between 1 and 20"))
    }

    @Test("a malformed change is bad input: exit 2 with the flag named")
    func badChange() throws {
        let run = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--away"))
    }

    @Test("refuses to write over an input file")
    func overInput() throws {
        let run = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", Self.plan, "--away", "Bob:2027-07-19", "-o", Self.plan])
        #expect(run.status == 2)
        #expect(run.stderr.contains("refusing to write over the input file"))
    }

    @Test("rota model prints the program in LP and MPS with readable names", arguments: ["lp", "mps"])
    func model(format: String) throws {
        let run = try RotaRun.run(["model", "Scenarios/data-pipelines.yaml", "--format", format])
        #expect(run.status == 0)
        #expect(run.stdout.contains("oncall(Alice,w1,primary)"))
        #expect(run.stdout.contains("coverage(w1,primary)"))
        #expect(run.stdout.contains("rest(Alice,w1)"))
    }

    @Test("plan exits 1 on an infeasible scenario with the reason")
    func planInfeasible() throws {
        let run = try RotaRun.run(["plan", "Scenarios/infeasible/everyone-away.yaml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("week 29 (2027-07-19 – 2027-07-25): everyone is away"))
    }
}

@Suite("rota check on a calendar exported by another tool")
struct ImportedCalendarCheckTests {
    @Test("the paging tool's export of the hand-made plan gets the same verdict as its JSON, and the override is reported")
    func sameVerdict() throws {
        let ics = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/imported/pagerduty-2027.ics", "--format", "json"])
        let json = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.json", "--format", "json"])
        #expect(ics.status == 1)
        #expect(json.status == 1)
        #expect(ics.stdout == json.stdout)
        #expect(ics.stderr.contains("week 20 (2027-05-17): Charlie covers 2 of 7 days, David 5 — counted as David"))
    }

    @Test("report on the paging tool's export without a scenario reads it as with one: 52 weeks from 09:00 New York, four people, 13 weeks each")
    func reportWithoutScenario() throws {
        let bare = try RotaRun.run(["report", "Scenarios/imported/pagerduty-2027.ics"])
        let matched = try RotaRun.run(["report", "Scenarios/imported/pagerduty-2027.ics", "--scenario", "Scenarios/data-pipelines.yaml"])
        #expect(bare.status == 0 && matched.status == 0, "\(bare.stderr)\(matched.stderr)")
        #expect(bare.stderr.contains("note: no scenario: the period is read as 52 weeks from 2027-01-04, handoff at 09:00 America/New_York"))
        #expect(!bare.stdout.contains("override"))
        let load = { (text: String) in text.split(separator: "\n").first { $0.hasPrefix("Load:") } }
        #expect(load(bare.stdout) != nil && load(bare.stdout) == load(matched.stdout))
        // The calendar's rows: week, dates, who is on call, holidays.
        let rows = { (text: String) in
            text.split(separator: "\n").filter { $0.hasPrefix(" ") && $0.drop { $0 == " " }.first?.isNumber == true && $0.contains(" 202") }
        }
        #expect(rows(bare.stdout).count == 52)
        #expect(rows(bare.stdout) == rows(matched.stdout))
        let json = try RotaRun.run(["report", "Scenarios/imported/pagerduty-2027.ics", "--format", "json"])
        #expect(json.stdout.contains("\"period\": { \"start\": \"2027-01-04\", \"weeks\": 52, \"end\": \"2028-01-02\" }"))
        #expect(json.stdout.components(separatedBy: "\"weeks\": { \"primary\": 13 }").count == 5)
    }

    @Test("a what-if raises the SEQUENCE of every event whose person changed; the repaired JSON keeps it")
    func sequence() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-sequence-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let repaired = folder.appendingPathComponent("repaired.json").path
        #expect(try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "-o", plan]).status == 0)
        #expect(!(try String(contentsOfFile: plan, encoding: .utf8)).contains("sequence"))
        let whatif = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", plan, "--away", "Bob:2027-07-19..2027-08-01", "-o", repaired])
        #expect(whatif.status == 0, "\(whatif.stderr)")
        let json = try String(contentsOfFile: repaired, encoding: .utf8)
        #expect(json.contains("\"sequence\": { \"primary\": 1 }"))
        let ics = try RotaRun.run(["report", repaired, "--format", "ics"])
        let events = ics.stdout.components(separatedBy: "BEGIN:VEVENT").dropFirst()
        let changed = events.filter { $0.contains("SEQUENCE:1\r\n") }
        #expect(!changed.isEmpty && changed.count + events.filter { $0.contains("SEQUENCE:0\r\n") }.count == events.count)
        #expect(ics.stdout.contains("DTSTAMP:20261201T120000Z\r\n"))
    }

    @Test("a plan exported as iCalendar and read back passes the check")
    func roundTrip() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rota-\(UUID().uuidString).ics").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let plan = try RotaRun.run(["plan", "Scenarios/two-roles.yaml", "-o", path])
        #expect(plan.status == 0)
        let check = try RotaRun.run(["check", "Scenarios/two-roles.yaml", path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test("--person makes a personal feed and refuses unknown people", arguments: [("Alice", Int32(0)), ("Alicia", Int32(2))])
    func personal(name: String, status: Int32) throws {
        let run = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "--format", "ics", "--person", name])
        #expect(run.status == status)
        if status == 0 {
            #expect(run.stdout.contains("SUMMARY:On call (primary): Alice"))
            #expect(!run.stdout.contains("SUMMARY:On call (primary): Bob"))
        } else {
            #expect(run.stderr.contains("did you mean \"Alice\"?"))
        }
    }
}
