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

    @Test("the HTML page has every section, one SVG per chart and one table row per person")
    func structure() throws {
        let html = try Self.html()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.hasSuffix("</html>\n"))
        for id in ["fairness", "load", "calendar", "holidays", "people", "weeks", "ownership"] {
            #expect(Self.section(id, in: html) != nil, "missing section \(id)")
        }
        for chart in ["load", "calendar", "holidays"] {
            let section = try #require(Self.section(chart, in: html))
            #expect(Self.count("<svg ", in: section) == 1, "\(chart) should hold exactly one chart")
            #expect(section.contains("</svg>"))
        }
        #expect(Self.count("<svg ", in: html) == 3)
        let people = try #require(Self.section("people", in: html))
        #expect(Self.count("<tr class=\"person\">", in: people) == 4)
        for name in ["Alice", "Bob", "Charlie", "David"] { #expect(people.contains(name)) }
        // Fairness at a glance: the figures and the verdict.
        let fairness = try #require(Self.section("fairness", in: html))
        for label in ["equity score", "max deviation", "spread", "Gini", "coefficient of variation", "pairwise balance", "holiday spread"] {
            #expect(fairness.contains(">\(label)<"), "missing \(label)")
        }
        // 52 weeks in the week-by-week grid, six holidays in the matrix's columns.
        #expect(Self.count("<tr", in: try #require(Self.section("weeks", in: html))) == 52 + 4)
        #expect(Self.count("<circle ", in: try #require(Self.section("holidays", in: html))) == 6)
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
