import Testing

@testable import RotaKit

@Suite("Support: numbers, Markdown, HTML, YAML")
struct SupportTests {
    // MARK: - Numbers

    @Test(
        "exact: whole numbers without a fraction, others the shortest decimal",
        arguments: [
            (2.0, "2"), (-3.0, "-3"), (0.5, "0.5"), (0.1, "0.1"), (1.0 / 3, "0.3333333333333333"), (1e15, "1000000000000000.0"), (1e16, "1e+16"),
            (Double.infinity, "inf"),
        ])
    func exact(value: Double, text: String) {
        #expect(Numbers.exact(value) == text)
    }

    @Test(
        "json: rounded to 6 decimals, null unless finite",
        arguments: [
            (2.0, "2"), (0.5, "0.5"), (1.0 / 3, "0.333333"), (2.0000004, "2"), (1e16, "1e+16"), (Double.nan, "null"),
            (-Double.infinity, "null"),
        ])
    func json(value: Double, text: String) {
        #expect(Numbers.json(value) == text)
        #expect(JSONValue.format(value) == text)
    }

    @Test(
        "three decimals, for sentences and the checker's tables",
        arguments: [(1.0, "1"), (0.5, "0.5"), (40.0 / 3, "13.333"), (0.0004, "0"), (-0.0004, "0"), (2e16, "20000000000000000")])
    func threeDecimals(value: Double, text: String) {
        #expect(Numbers.threeDecimals(value) == text)
        #expect(Wording.number(value) == text)
    }

    @Test("signed: a plus on numbers that do not round to 0")
    func signed() {
        #expect(Numbers.signedThreeDecimals(2) == "+2")
        #expect(Numbers.signedThreeDecimals(-0.5) == "-0.5")
        #expect(Numbers.signedThreeDecimals(0.0004) == "0")
        #expect(Numbers.signedThreeDecimals(-0.0004) == "0")
    }

    @Test("two decimals, for the schedule's views", arguments: [(2.0, "2"), (1.5, "1.5"), (1.0 / 3, "0.33"), (2.005, "2.01"), (0.999, "1")])
    func twoDecimals(value: Double, text: String) {
        #expect(Numbers.twoDecimals(value) == text)
    }

    @Test("percent: one decimal always shown")
    func percent() {
        #expect(Numbers.percent(0.098) == "9.8%")
        #expect(Numbers.percent(0.1) == "10.0%")
        #expect(Numbers.percent(0) == "0.0%")
    }

    // MARK: - Markdown

    @Test("a table cell escapes pipes and line breaks, nothing else")
    func markdownCell() {
        #expect(Markdown.cell("a|b") == "a\\|b")
        #expect(Markdown.cell("two\nlines\r\nhere") == "two lines here")
        #expect(Markdown.cell("*bold* _x_ #1") == "*bold* _x_ #1")
    }

    @Test("prose escaping: punctuation gets a backslash; pipes can be left to the table")
    func markdownEscaped() {
        #expect(Markdown.escaped("A*B|C\nD") == "A\\*B\\|C D")
        #expect(Markdown.escaped("A*B|C\nD", keepingPipes: true) == "A\\*B|C D")
        #expect(Markdown.cell(Markdown.escaped("x\\|y", keepingPipes: true)) == Markdown.escaped("x\\|y"))
    }

    @Test("one table writer: spaced or compact delimiters, every cell escaped")
    func markdownTable() {
        let rows = [["Alice|Bob", "1"], ["Multi\nline"]]
        let spaced = MarkdownTable(titles: ["name", "weeks"], alignments: [.left, .right], rows: rows)
        #expect(
            spaced.text() == """
                | name | weeks |
                | --- | ---: |
                | Alice\\|Bob | 1 |
                | Multi line |  |

                """)
        let compact = MarkdownTable(titles: ["Week", "Who"], alignments: [.right], rows: [["1", "A|B"]], delimiter: .compact)
        #expect(compact.lines() == ["| Week | Who |", "|---:|---|", "| 1 | A\\|B |"])
    }

    @Test("the terminal table's Markdown goes through the same writer")
    func textTableMarkdown() {
        var table = TextTable([("invariant", .left), ("status", .right)])
        table.add(["a|b", "ok"])
        #expect(table.markdown() == "| invariant | status |\n| --- | ---: |\n| a\\|b | ok |\n")
    }

    // MARK: - HTML

    @Test("HTML escaping covers text and quoted attributes")
    func html() {
        #expect(HTML.escape("<b>Tom & \"Jerry\" 'n'</b>") == "&lt;b&gt;Tom &amp; &quot;Jerry&quot; &#39;n&#39;&lt;/b&gt;")
        #expect(HTML.escape("Zoë") == "Zoë")
    }

    // MARK: - YAML

    @Test("a Yams-emitted scenario reads back to the same scenario")
    func yamlRoundTrip() throws {
        let scenario = Scenario(
            team: "Data: Pipelines",
            period: Period(start: Day(iso: "2027-01-04")!, weeks: 8),
            people: [
                Person(name: "Alice", capacity: 0.5, away: [DayRange(Day(iso: "2027-01-11")!, Day(iso: "2027-01-17")!)]),
                Person(name: "yes", email: "bob@example.com"), Person(name: "Zoë \"Z\" Ng", joins: Day(iso: "2027-01-18")),
                Person(name: "Tab\there", leaves: Day(iso: "2027-02-15")),
            ],
            holidays: HolidaySettings(
                calendar: .usFederal, only: ["Martin Luther King Jr. Day"], extra: [NamedDay(name: "Company Day", date: Day(iso: "2027-01-20")!)],
                weights: ["Martin Luther King Jr. Day": 1.5]),
            pipelines: [Pipeline(name: "Ingest", investors: true, primary: "Alice"), Pipeline(name: "[core] {daily}")],
            rules: Rules(roles: [.primary, .secondary], minGapWeeks: 1, holidayCover: .anyone, pipelineCoverage: false),
            history: ["plans/2026 plan.json"])
        let yaml = ScenarioYAMLWriter.text(for: scenario, comments: ["Generated by a test."])
        #expect(yaml.hasPrefix("# Generated by a test.\nteam: \"Data: Pipelines\"\nperiod:\n  start: 2027-01-04\n"))
        #expect(yaml.contains("- {name: Company Day, date: 2027-01-20}"))
        #expect(yaml.contains("name: \"yes\""))
        let loaded = try ScenarioReader.read(yaml, file: "yams.yaml")
        #expect(loaded.scenario == scenario)
    }
}
