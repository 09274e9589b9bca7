import Foundation
import RotaKit
import TestSupport
import Testing

/// The seed scenario's Markdown held against the seed document (`shared/seed/week5-pipeline-maintenance.md`,
/// copied to `Fixtures/seed/`): the same sections in the same order, every pipeline with its
/// owners, every run-book step, every risk, the notes; Rota's additions (dates, loads, fairness,
/// warnings) come between them.
@Suite("The team's document: the seed scenario against the seed")
struct TeamDocumentTests {
    static func seed() throws -> [String] {
        try lines(String(contentsOfFile: RotaPaths.fixture("seed/week5-pipeline-maintenance.md"), encoding: .utf8))
    }

    static func document() throws -> [String] {
        try lines(SeedFixtures.seedPlan().rendered(as: .md, scenario: SeedFixtures.seed()))
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// The seed's headings with its two differences by design taken out: a trailing colon
    /// (`### Weekly Rotation:`) and the word `Pipeline` after a pipeline's name (the scenario
    /// names the pipeline `Profit`, the seed's heading says `Profit Pipeline`).
    static func normalized(_ heading: String) -> String {
        var text = heading.hasSuffix(":") ? String(heading.dropLast()) : heading
        if text.hasPrefix("### ") { text = text.replacingOccurrences(of: " Pipeline", with: "") }
        return text
    }

    /// The `needles` that are not found in `haystack` in order (empty when all are).
    static func missing(_ needles: [String], in haystack: [String]) -> [String] {
        var rest = haystack[...]
        var missing: [String] = []
        for needle in needles {
            if let index = rest.firstIndex(of: needle) { rest = rest[(index + 1)...] } else { missing.append(needle) }
        }
        return missing
    }

    /// The lines of the `## ` section called `title`, up to the next `## ` heading.
    static func section(_ title: String, of lines: [String]) -> [String] {
        Array(lines.drop { $0 != "## " + title }.dropFirst().prefix { !$0.hasPrefix("## ") })
    }

    @Test("the seed's sections, in the seed's order, and no others")
    func sections() throws {
        let seedSections = try Self.seed().filter { $0.hasPrefix("## ") }
        #expect(seedSections.count == 5)
        #expect(try Self.document().filter { $0.hasPrefix("## ") } == seedSections)
    }

    @Test("every heading of the seed, in order: the title, each pipeline, each run book, each risk")
    func headings() throws {
        let seedHeadings = try Self.seed().filter { $0.hasPrefix("#") }.map(Self.normalized)
        let ours = try Self.document().filter { $0.hasPrefix("#") }
        #expect(ours.first == "# Week 5 Data Pipeline Maintenance")
        #expect(Self.missing(seedHeadings, in: ours) == [])
    }

    @Test("every pipeline with its primary and secondary owner and their job titles, and its description")
    func ownership() throws {
        let seedOwners = try Self.section("Pipeline Ownership", of: Self.seed()).filter { $0.hasPrefix("   - ") }
        let ours = try Self.section("Pipeline Ownership", of: Self.document())
        #expect(seedOwners.count == 16)
        #expect(Self.missing(seedOwners, in: ours) == [])
        #expect(ours.filter { $0.hasPrefix("   - **Description**: ") }.count == 8)
        #expect(ours.contains("   - **Description**: Aggregate profit metrics reported to investors."))
    }

    @Test("every run book, word for word: purpose, each step, monitoring")
    func runBooks() throws {
        let title = "Run Books for Pipelines Reporting Metrics to Investors"
        let seedLines = try Self.section(title, of: Self.seed()).filter { $0.hasPrefix("   ") }
        let ours = try Self.section(title, of: Self.document())
        #expect(seedLines.count == 3 * 7)
        #expect(Self.missing(seedLines, in: ours) == [])
        #expect(ours.contains("   - **Owners**: Bob (primary), Charlie (secondary)"))
    }

    @Test("every risk of the seed, then the warnings rota check gives, in its words")
    func potentialIssues() throws {
        let title = "Potential Pipeline Issues"
        let seedLines = try Self.section(title, of: Self.seed()).filter { !$0.isEmpty && $0 != "---" }
        let ours = try Self.section(title, of: Self.document())
        #expect(seedLines.count == 12)
        #expect(Self.missing(seedLines, in: ours) == [])
        let warnings = try Checker.check(schedule: SeedFixtures.seedPlan(), scenario: SeedFixtures.seed()).warnings
        #expect(warnings.count == 4)
        let lastRisk = try #require(ours.lastIndex { $0.hasPrefix("### 6. ") })
        let warningLines = warnings.map { "- **\($0.rule.rawValue)**: \($0.message)" }
        #expect(Self.missing(warningLines, in: Array(ours[lastRisk...])) == [])
    }

    @Test("the conclusion is the scenario's notes, word for word")
    func conclusion() throws {
        let seedNotes = try Self.section("Conclusion", of: Self.seed()).filter { !$0.isEmpty }
        let ours = try Self.section("Conclusion", of: Self.document()).filter { !$0.isEmpty }
        #expect(ours == seedNotes)
    }

    @Test("holiday coverage: each of the seed's holidays with its date, its cover and who is on call that week")
    func holidays() throws {
        let seedHolidays = try Self.seed().drop { $0 != "### Holiday Coverage:" }.dropFirst().prefix { !$0.isEmpty }
        let ours = try Self.document().drop { $0 != "### Holiday Coverage" }.dropFirst(2).prefix { !$0.isEmpty }
        #expect(seedHolidays.count == 6 && ours.count == 6)
        for line in seedHolidays {
            // `- **Thanksgiving**: David`: the calendar calls it Thanksgiving Day.
            let name = try #require(line.split(separator: "*").dropFirst().first)
            #expect(ours.contains { $0.hasPrefix("- **\(name)") }, "\(name)")
        }
        #expect(ours.contains("- **Memorial Day** (Mon 2027-05-31): Alice (Data Engineer); on call in week 22: Bob"))
    }

    @Test("the weekly rotation as dates: the seed's Alice, Bob, Charlie, David from the first Monday")
    func rotation() throws {
        let ours = try Self.document()
        #expect(ours.contains("| 1 | 2027-01-04 | 2027-01-10 | Alice |  |"))
        #expect(ours.contains("| 4 | 2027-01-25 | 2027-01-31 | David |  |"))
        #expect(ours.filter { $0.hasPrefix("| ") && $0.contains(" | 20") }.count == 52)
    }

    @Test("why the plan is fair, in words: shares, load, the solver's proof, holidays, rest, the check")
    func fairness() throws {
        let ours = try Self.document()
        let bullets = ours.drop { $0 != "### Why This Plan Is Fair" }.dropFirst(2).prefix { !$0.isEmpty }
        #expect(
            bullets.map { $0.split(separator: ":").first.map(String.init) ?? "" } == [
                "- **Fair shares**", "- **Load**", "- **Best possible**", "- **Holidays**", "- **Rest**", "- **Checked**",
            ])
        #expect(bullets.contains("- **Load**: everyone holds exactly their fair share."))
        #expect(ours.contains("| Alice | 13 | 13 | 0 | 2 | 2 | 2 | 0 |"))
    }

    @Test("the committed example, docs/example-team-document.md, is the seed scenario's document")
    func committedExample() throws {
        let example = try String(contentsOfFile: RotaPaths.path("docs/example-team-document.md"), encoding: .utf8)
        #expect(Self.lines(example) == (try Self.document()))
    }
}
