import Foundation
import RotaKit
import Testing

/// Help, version and usage errors: what each command says it accepts, and the exit statuses of
/// PRODUCT.md (2 for usage) rather than ArgumentParser's own (64).
@Suite("rota --version, --help and usage errors, end to end")
struct HelpAndUsageTests {
    /// `text` with every run of spaces and line breaks made one space, so that help wrapped at
    /// any width still matches a phrase.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test("--version prints the package's version and exits 0")
    func version() throws {
        let run = try RotaRun.run(["--version"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == Version.current + "\n")
        #expect(run.stderr.isEmpty)
    }

    @Test("check --help and report --help say that .ics and CSV schedules are read", arguments: ["check", "report"])
    func importedSchedules(command: String) throws {
        let run = try RotaRun.run([command, "--help"])
        #expect(run.status == 0)
        let help = Self.flattened(run.stdout)
        #expect(help.contains(".ics"), "\(help)")
        #expect(help.contains("CSV"), "\(help)")
        #expect(help.contains("Examples:"), "\(help)")
    }

    @Test(
        "each command's --format lists only the formats it writes",
        arguments: [
            ("plan", "(values: table, json, csv, md, ics, pagerduty, opsgenie, terraform)"), ("check", "(values: table, json, md)"),
            ("report", "(values: table, md, json, html, ics, pagerduty, opsgenie, terraform)"), ("holidays", "(values: table, json)"),
            ("whatif", "(values: json, table, csv, md, ics, pagerduty, opsgenie, terraform)"),
        ])
    func formats(command: String, values: String) throws {
        let run = try RotaRun.run([command, "--help"])
        #expect(run.status == 0)
        #expect(Self.flattened(run.stdout).contains(values), "\(run.stdout)")
    }

    @Test(
        "--person is offered only by the commands that write iCalendar",
        arguments: [("plan", true), ("whatif", true), ("report", true), ("check", false), ("holidays", false)])
    func person(command: String, offered: Bool) throws {
        let run = try RotaRun.run([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--person") == offered, "\(run.stdout)")
    }

    @Test("--history is declared once: every command that reads earlier schedules has the same help for it")
    func history() throws {
        let helps = try ["plan", "check", "whatif", "report", "model"].map { Self.flattened(try RotaRun.run([$0, "--help"]).stdout) }
        let phrase = "--history <file> An earlier schedule (rota.schedule JSON, CSV or .ics) whose load counts towards fairness and rest (repeatable)."
        for help in helps { #expect(help.contains(phrase), "\(help)") }
    }

    @Test("holidays --person is now a usage error: exit 2")
    func holidaysPerson() throws {
        let run = try RotaRun.run(["holidays", "--year", "2027", "--person", "Alice"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Unknown option '--person'"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("plan --format html exits 2 and points to rota report")
    func planHTML() throws {
        let run = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "--format", "html"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("plan writes table, json, csv, md, ics, pagerduty, opsgenie or terraform, not html"), "\(run.stderr)")
        #expect(run.stderr.contains("rota report PLAN.json --format html"), "\(run.stderr)")
    }

    @Test("plan -o FILE.html exits 2, points to rota report and writes nothing")
    func planHTMLFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-plan-\(UUID().uuidString).html")
        let run = try RotaRun.run(["plan", "Scenarios/data-pipelines.yaml", "-o", file.path])
        #expect(run.status == 2)
        #expect(
            run.stderr == "rota: plan writes table, json, csv, md, ics, pagerduty, opsgenie or terraform; \(file.path) asks for html. "
                + "For an HTML page with charts, save the plan as JSON and run: rota report PLAN.json --format html\n")
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test("whatif --format html exits 2 before any search and points to rota report")
    func whatifHTML() throws {
        let run = try RotaRun.run(["whatif", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.json", "--away", "Bob:2027-07-19", "--format", "html"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("rota report REPAIRED.json --format html"), "\(run.stderr)")
    }

    @Test(
        "usage errors exit 2, not ArgumentParser's 64, with its message",
        arguments: [
            (["holidays", "--year", "2027", "--bogus"], "Error: Unknown option '--bogus'"),
            (["--bogus"], "Error: Unknown option '--bogus'"),
            (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
            (["plan"], "Error: Missing expected argument '<scenario>'"),
            (["plan", "Scenarios/data-pipelines.yaml", "--time-limit", "0"], "Error: --time-limit must be a positive number of seconds"),
            (["model", "Scenarios/data-pipelines.yaml", "--format", "xml"], "Error: The value 'xml' is invalid for '--format <format>'"),
        ])
    func usage(arguments: [String], message: String) throws {
        let run = try RotaRun.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix(message), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("model --level outside the program exits 2 with the range")
    func modelLevel() throws {
        let run = try RotaRun.run(["model", "Scenarios/data-pipelines.yaml", "--level", "99"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("rota: --level must be between 0 and "), "\(run.stderr)")
    }

    @Test("report --person names someone the schedule has, in plain words")
    func reportPerson() throws {
        let run = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--format", "ics", "--person", "Nobody"])
        #expect(run.status == 2)
        #expect(run.stderr == "rota: --person Nobody is not in the schedule; people: Alice, Bob, Charlie, David\n")
    }
}
