import Foundation
import Testing

@testable import RotaKit

/// The HTML report's structure: its sections and their order, warnings, escaping, time away,
/// labels that fit, and no fixed width wider than the page. How it looks in a browser is checked
/// by `scripts/check-report-layout.py` (headless Chromium, 4 to 100 people, CI).
@Suite("HTML report")
struct HTMLReportTests {
    /// The text of `<section id="id">…</section>`.
    static func section(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<section id=\"\(id)\">") else { return nil }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// `people` people over `weeks` weeks, one primary and one secondary a week, round the team;
    /// the first person's name given, the second away for days 10 to 20, the third joining in week 5.
    static func team(people: Int, weeks: Int, firstName: String = "Alice") -> Schedule {
        let start = Day(iso: "2027-01-04")!
        let names = [firstName] + (1..<people).map { "Person \($0)" }
        let members = names.enumerated().map { index, name in
            ScheduledPerson(
                name: name, away: index == 1 ? [DayRange(start.adding(days: 10), start.adding(days: 20))] : [],
                joins: index == 2 ? start.adding(days: 28) : nil)
        }
        let plan = (1...weeks).map { week in
            ScheduledWeek(
                week: week, start: start.adding(days: 7 * (week - 1)), end: start.adding(days: 7 * week - 1),
                oncall: [.primary: names[(2 * week) % people], .secondary: names[(2 * week + 1) % people]])
        }
        return Schedule(
            team: "Platform", period: Period(start: start, weeks: weeks, timezone: "UTC"), people: members, weeks: plan,
            holidays: [HolidayCover(name: "Martin Luther King Jr. Day", date: Day(iso: "2027-01-18")!, weight: 2, cover: names[0])],
            pipelines: [PipelineOwners(name: "Profit & Loss", investors: true, primary: names[0], secondary: names[1 % people])])
    }

    @Test("sections in order: plain words and warnings first, the statistics last and folded, with their definitions")
    func sections() throws {
        let html = ScheduleReport(schedule: try SeedFixtures.plan2027(), scenario: try SeedFixtures.seed()).html()
        let ids = ["summary", "warnings", "load", "calendar", "holidays", "people", "weeks", "ownership", "runbooks", "risks", "notes", "statistics"]
        let positions = try ids.map { id in try #require(html.range(of: "<section id=\"\(id)\">"), "missing \(id)").lowerBound }
        #expect(positions == positions.sorted())
        let summary = try #require(Self.section("summary", in: html))
        #expect(summary.contains("Load: everyone is within one week of their fair share"))
        let statistics = try #require(Self.section("statistics", in: html))
        #expect(statistics.contains("<details>") && statistics.contains("<summary>"))
        for figure in ["max deviation", "spread", "Gini", "coefficient of variation", "equity score", "pairwise balance", "holiday spread", "fair share"] {
            #expect(statistics.contains(">\(figure)<"), "no definition of \(figure)")
        }
        // Nothing before the statistics speaks their jargon, and the page points to nothing outside itself.
        let beforeStatistics = html[..<positions.last!]
        for jargon in ["Gini", "coefficient of variation", "pairwise balance", "equity score"] { #expect(!beforeStatistics.contains(jargon), "\(jargon)") }
        #expect(!html.contains("docs/"))
        #expect(html.contains("@media print"))
        for forbidden in ["<script", "http://", "https://", "src=", "<link", "@import", "url(", "<img"] { #expect(!html.lowercased().contains(forbidden)) }
    }

    @Test("with the scenario, the page carries the team's document: run books, potential issues, notes, job titles and descriptions")
    func teamDocument() throws {
        let html = ScheduleReport(schedule: try SeedFixtures.plan2027(), scenario: try SeedFixtures.seed()).html()
        let books = try #require(Self.section("runbooks", in: html))
        #expect(Self.count("<article class=\"runbook\">", in: books) == 3)
        #expect(books.contains("<h3>Aggregate Profit <span class=\"tag\">reports to investors</span></h3>"))
        #expect(books.contains("<li>Aggregate profit by region, product, and time period.</li>"))
        #expect(books.contains("<p>Check for data delays, missing values, and outliers.</p>"))
        #expect(books.contains("Owners: "))
        let risks = try #require(Self.section("risks", in: html))
        #expect(Self.count("<li><strong>", in: risks) == 6)
        #expect(risks.contains("<strong>Data Delays</strong><p>Raw data may not arrive on time"))
        #expect(risks.contains("href=\"#warnings\""))
        let notes = try #require(Self.section("notes", in: html))
        #expect(notes.contains("<p>This document outlines the ownership, on-call schedule, run books, and potential issues for the pipelines."))
        let ownership = try #require(Self.section("ownership", in: html))
        #expect(ownership.contains("<th scope=\"col\">what it does</th>") && ownership.contains("Growth metrics for the business."))
        #expect(try #require(Self.section("people", in: html)).contains("<span class=\"role-title\">"))
        for id in ["runbooks", "risks", "notes"] { #expect(html.contains("<a href=\"#\(id)\">")) }

        // Without the scenario there is nothing to show: no empty sections, no links to them.
        let bare = ScheduleReport(schedule: try SeedFixtures.plan2027()).html()
        for id in ["runbooks", "risks", "notes"] {
            #expect(Self.section(id, in: bare) == nil)
            #expect(!bare.contains("<a href=\"#\(id)\">"))
        }
        #expect(!bare.contains("what it does"))
    }

    @Test("fair shares in plain words: one figure when everyone's is the same, the range when someone leaves")
    func fairShares() throws {
        let seed = try SeedFixtures.seed()
        let even = ScheduleReport(schedule: try SeedFixtures.plan2027(), scenario: seed)
        #expect(even.facts.first == "4 people share 52 weeks of primary on call; everyone's fair share is 13 weeks.")
        #expect(even.html().contains("all roles together, 13 weeks each here."))
        var leaving = seed
        let david = try #require(leaving.people.firstIndex { $0.name == "David" })
        leaving.people[david].leaves = Day(iso: "2027-07-05")
        let plan = try Planner().plan(PlanningInput(scenario: leaving))
        let report = ScheduleReport(schedule: plan, scenario: leaving)
        let first = try #require(report.facts.first)
        #expect(first.hasPrefix("4 people share 52 weeks of primary on call; fair shares, in proportion to capacity and time on the team, run from "))
        #expect(first.contains(" weeks (David) to ") && first.hasSuffix(" weeks (Alice, Bob and Charlie)."))
    }

    @Test("the team's Markdown is escaped, keeping bold and code, and blank lines make paragraphs")
    func teamProse() {
        #expect(ScheduleReport.inline("run `make <all>` **now** & then") == "run <code>make &lt;all&gt;</code> <strong>now</strong> &amp; then")
        #expect(ScheduleReport.inline("a lone ` stays") == "a lone ` stays")
        #expect(ScheduleReport.prose("one\ntwo\n\nthree") == "<p>one two</p>\n<p>three</p>\n")
    }

    @Test("warnings are rendered as check words them, and without a scenario the page says they need one")
    func warnings() throws {
        let report = ScheduleReport(schedule: try SeedFixtures.plan2027(), scenario: try SeedFixtures.seed())
        #expect(!report.warnings.isEmpty)
        let section = try #require(Self.section("warnings", in: report.html()))
        #expect(Self.count("<li>", in: section) == report.warnings.count)
        for warning in report.warnings {
            #expect(section.contains("<span class=\"rule\">\(warning.rule.rawValue)</span> \(HTML.escape(warning.message))</li>"))
        }
        let bare = ScheduleReport(schedule: try SeedFixtures.plan2027()).html()
        let none = try #require(Self.section("warnings", in: bare))
        #expect(none.contains("Warnings need the scenario") && none.contains("--scenario"))
        #expect(try #require(Self.section("summary", in: bare)).contains("Warnings need the scenario"))
    }

    @Test("names are escaped everywhere, and a name too long for the calendar is shortened with its full text in a tooltip")
    func escaping() throws {
        let name = "<b>Zoë O'Brien & \"Co\"</b> of the Extremely Long Surname Family"
        let html = ScheduleReport(schedule: Self.team(people: 6, weeks: 8, firstName: name)).html()
        #expect(!html.contains("<b>Zo"))
        #expect(!html.contains("Brien & \""))
        #expect(html.contains("&lt;b&gt;Zoë O&#39;Brien &amp; &quot;Co&quot;&lt;/b&gt; of the Extremely Long Surname Family"))
        let calendar = try #require(Self.section("calendar", in: html))
        #expect(calendar.contains("…</text>"))
        #expect(calendar.contains("<title>\(HTML.escape(name))</title>"))
        #expect(Self.section("ownership", in: html)?.contains("Profit &amp; Loss") == true)
    }

    @Test("time away, joining and holiday covers are on the calendar; identity is in letters, not colour alone")
    func calendar() throws {
        let html = ScheduleReport(schedule: Self.team(people: 6, weeks: 8)).html()
        let calendar = try #require(Self.section("calendar", in: html))
        #expect(calendar.contains("<title>Person 1 away 2027-01-14 – 01-24</title>"))
        #expect(calendar.contains("stroke-dasharray"))
        #expect(calendar.contains("Alice covers Martin Luther King Jr. Day"))
        #expect(Self.count(">P</text>", in: calendar) == 8 + 1)  // one per week, and one in the key
        #expect(Self.count(">S</text>", in: calendar) == 8 + 1)
        for key in ["on call, primary", "on call, secondary", "away (day by day)", "not on the team yet, or any more", "covers that holiday"] {
            #expect(calendar.contains(key), "no key for \(key)")
        }
        let people = try #require(Self.section("people", in: html))
        #expect(people.contains("<th scope=\"row\">Person 1</th>") && people.contains("<td class=\"num\">11</td>"))
        #expect(!people.contains("swatch"))
        // Holiday names as text in the week table, not only in a tooltip.
        let weeks = try #require(Self.section("weeks", in: html))
        #expect(weeks.contains("Martin Luther King Jr. Day (Mon 18): Alice") && !weeks.contains("title="))
    }

    @Test("a scenario's time away is drawn when the schedule carries none")
    func scenarioAway() throws {
        let plan = try SeedFixtures.plan2027()
        var scenario = try SeedFixtures.seed()
        scenario.people[0].away = [DayRange(Day(iso: "2027-08-02")!, Day(iso: "2027-08-13")!)]
        let calendar = try #require(Self.section("calendar", in: ScheduleReport(schedule: plan, scenario: scenario).html()))
        #expect(calendar.contains("<title>\(scenario.people[0].name) away 2027-08-02 – 08-13</title>"))
    }

    @Test("no fixed width wider than a 1,400 px window, at 4, 50 and 100 people over one and two years")
    func widths() throws {
        for (people, weeks) in [(4, 52), (50, 52), (100, 104), (100, 20)] {
            let html = ScheduleReport(schedule: Self.team(people: people, weeks: weeks, firstName: String(repeating: "Wolfeschlegelsteinhausen ", count: 3)))
                .html()
            for pattern in [#"width="([0-9.]+)""#, #"width:\s*([0-9.]+)px"#] {
                let regex = try NSRegularExpression(pattern: pattern)
                for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                    let value = Double(html[Range(match.range(at: 1), in: html)!])!
                    #expect(value <= 1368, "\(people) people, \(weeks) weeks: a fixed width of \(value)")
                }
            }
            // The name column of the calendar never takes more than a quarter of it, and every label is estimated to fit.
            #expect(
                Self.count("<svg class=\"chart\"", in: html) == CalendarChart.parts(weeks, most: 53).count
                    + (weeks > 27 ? CalendarChart.parts(weeks, most: 27).count : 0))
        }
    }

    @Test("the calendar's parts: whole years wide, half years narrow")
    func parts() {
        #expect(CalendarChart.parts(52, most: 53) == [1...52])
        #expect(CalendarChart.parts(52, most: 27) == [1...26, 27...52])
        #expect(CalendarChart.parts(53, most: 27) == [1...27, 28...53])
        #expect(CalendarChart.parts(104, most: 53) == [1...52, 53...104])
        #expect(CalendarChart.parts(3, most: 27) == [1...3])
    }

    @Test("labels are measured wide and shortened to fit")
    func text() {
        #expect(ChartText.width("Mm", size: 10) > ChartText.width("il", size: 10))
        #expect(ChartText.width("Alice", size: 12, weight: 700) > ChartText.width("Alice", size: 12))
        #expect(ChartText.fitted("Alice", size: 12, room: 100) == "Alice")
        let long = ChartText.fitted("Maximiliana Fernández-Oppenheimer de la Cruz", size: 12, weight: 600, room: 120)
        #expect(long.hasSuffix("…") && long.hasPrefix("Maximiliana"))
        #expect(ChartText.width(long, size: 12, weight: 600) <= 120)
        // Wider than DejaVu Sans Bold, the widest common fallback (about 0.72 em for these letters).
        #expect(ChartText.width("Beatriz Nakamura", size: 12, weight: 600) >= 16 * 12 * 0.68)
    }

    @Test("bar labels say what each number is")
    func barWords() {
        var person = PersonMetrics(name: "Ana", capacity: 1)
        person.deviation = [.primary: 1.2, .secondary: -0.2]
        #expect(LoadChart.words(held: 13, share: 12, person: person, roles: [.primary, .secondary]) == "13 weeks · fair share 12 · 1 over · primary 1.2 over")
        #expect(LoadChart.difference(-0.25) == "0.25 under")
        #expect(LoadChart.difference(0) == "on share")
    }
}
