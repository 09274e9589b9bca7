import Foundation
import TestSupport
import Testing

@Suite("rota report, end to end")
struct ReportCommandTests {
    static func html(_ schedule: String = "Scenarios/seed-handmade.json") throws -> String {
        let run = try RotaRun.run(["report", schedule, "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    /// The text of `<section id="id">…</section>`.
    static func section(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return nil }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("the HTML page has every section, the calendar's charts and one table row per person")
    func structure() throws {
        let html = try Self.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        for id in ["summary", "warnings", "load", "calendar", "holidays", "people", "weeks", "ownership", "statistics"] {
            #expect(Self.section(id, in: html) != nil, "missing section \(id)")
        }
        // The calendar: the whole year for wide windows, two half years for narrow ones and print.
        let calendar = try #require(Self.section("calendar", in: html))
        #expect(Self.count("<svg class=\"chart\"", in: calendar) == 3)
        #expect(Self.count("<svg class=\"chart\"", in: html) == 3)
        let load = try #require(Self.section("load", in: html))
        #expect(Self.count("<tr class=", in: load) == 4)
        let people = try #require(Self.section("people", in: html))
        #expect(Self.count("<tr class=\"person\">", in: people) == 4)
        for name in ["Alice", "Bob", "Charlie", "David"] { #expect(people.contains(name)) }
        // Plain words first; the figures, with their definitions, folded at the end.
        let summary = try #require(Self.section("summary", in: html))
        #expect(summary.contains("Load: everyone is within one week of their fair share"))
        let statistics = try #require(Self.section("statistics", in: html))
        for label in ["equity score", "max deviation", "spread", "Gini", "coefficient of variation", "pairwise balance", "holiday spread"] {
            #expect(statistics.contains(">\(label)<"), "missing \(label)")
        }
        // No scenario: the page says that warnings need one.
        #expect(try #require(Self.section("warnings", in: html)).contains("Warnings need the scenario"))
        // 52 weeks in the week-by-week grid, six holidays in their table, each named in the week grid.
        let weeks = try #require(Self.section("weeks", in: html))
        #expect(Self.count("<tr", in: weeks) == 52 + 4)
        #expect(Self.count("<tr", in: try #require(Self.section("holidays", in: html))) == 6 + 1)
        #expect(Self.count("<tr class=\"holiday\">", in: weeks) == 6)
    }

    @Test("with --scenario the page lists check's warnings")
    func warnings() throws {
        let run = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--scenario", "Scenarios/data-pipelines.yaml", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        let check = try RotaRun.run(["check", "Scenarios/data-pipelines.yaml", "Scenarios/seed-handmade.json"])
        let section = try #require(Self.section("warnings", in: run.stdout))
        let listed = Self.count("<li>", in: section)
        #expect(listed == 4)
        #expect(check.stdout.contains("(\(listed) warnings)"), "\(check.stdout)")
    }

    @Test("the page is self-contained: no scripts, no external URLs, no linked files")
    func selfContained() throws {
        let html = try Self.html().lowercased()
        for forbidden in ["<script", "http://", "https://", "src=", "<link", "@import", "url(", "<iframe", "<img"] {
            #expect(!html.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test("every format is deterministic, and CSV input without a scenario works")
    func formats() throws {
        for format in ["table", "md", "json", "html"] {
            let first = try RotaRun.run(["report", "Scenarios/seed-handmade.csv", "--format", format])
            let second = try RotaRun.run(["report", "Scenarios/seed-handmade.csv", "--format", format])
            #expect(first.status == 0, "\(format): \(first.stderr)")
            #expect(first.stdout == second.stdout)
        }
        let table = try RotaRun.run(["report", "Scenarios/seed-handmade.json"])
        #expect(table.stdout.hasPrefix("Data Engineering on-call, 2027-01-04 – 2028-01-02\n"))
        #expect(table.stdout.contains("\n    26  2027-06-28 – 07-04       Bob      Independence Day Sun 2027-07-04: Bob\n"))
        let json = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--format", "json"])
        #expect(json.stdout.hasPrefix("{\n  \"format\": \"rota.report/1\",\n  \"team\": \"Data Engineering\",\n"))
        #expect(json.stdout.contains("\"pairwiseBalance\": 1,"))
    }

    @Test("-o writes the page; formats that are not reports exit 2")
    func output() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-report-\(UUID().uuidString).html")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try RotaRun.run(["report", "Scenarios/seed-handmade.json", "-o", file.path])
        #expect(run.status == 0 && run.stdout.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try RotaRun.run(["report", "Scenarios/seed-handmade.json", "--format", "csv"]).status == 2)
        #expect(try RotaRun.run(["report", "Scenarios/missing.json"]).status == 2)
    }
}
