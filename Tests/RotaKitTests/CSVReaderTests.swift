import Foundation
import TestSupport
import Testing

@testable import RotaKit

@Suite("CSV schedule reader")
struct CSVReaderTests {
    static let sample = """
        week,start,role,person
        1,2027-01-04,primary,Ann
        1,2027-01-04,secondary,Ben
        2,2027-01-11,primary,Ben
        2,2027-01-11,secondary,Cat

        holiday,date,cover,weight
        Founders Day,2027-01-06,Cat,2

        pipeline,investors,primary,secondary
        "Profit, EU",true,Ann,Ben
        "The ""Big"" One",false,Cat,Ann

        """

    @Test("reads weeks, holidays and quoted pipeline names; without a scenario the period comes from the weeks")
    func sample() throws {
        let schedule = try ScheduleReader.readCSV(Self.sample, file: "s.csv", scenario: nil)
        #expect(schedule.period.start == Day(iso: "2027-01-04") && schedule.period.weeks == 2)
        #expect(schedule.weeks.map(\.week) == [1, 2])
        #expect(schedule.weeks[0].oncall == [.primary: "Ann", .secondary: "Ben"])
        #expect(schedule.weeks[1].end == Day(iso: "2027-01-17"))
        #expect(schedule.holidays == [HolidayCover(name: "Founders Day", date: Day(iso: "2027-01-06")!, weight: 2, cover: "Cat")])
        #expect(schedule.pipelines.map(\.name) == ["Profit, EU", "The \"Big\" One"])
        #expect(schedule.pipelines.map(\.investors) == [true, false])
        #expect(schedule.people.map(\.name) == ["Ann", "Ben", "Cat"])
    }

    @Test("CRLF line ends, a line break inside quotes, spreadsheet blank rows, columns in another order, no weight column")
    func tolerant() throws {
        let text =
            "person,role,start,week\r\nAnn,primary,2027-01-04,1\r\n,,,\r\nholiday,cover,date\r\n\"New\nYear\",Ben,2027-01-05\r\n"
        let schedule = try ScheduleReader.readCSV(text, file: "t.csv", scenario: nil)
        #expect(schedule.weeks.first?.oncall[.primary] == "Ann")
        #expect(schedule.holidays.first?.name == "New\nYear")
        #expect(schedule.holidays.first?.weight == 1)
    }

    @Test("with a scenario, the period, team, people and holiday weights come from it")
    func withScenario() throws {
        let scenario = Scenario(
            team: "Platform", period: Period(start: Day(iso: "2027-01-04")!, weeks: 3),
            people: [Person(name: "Ann", capacity: 0.5), Person(name: "Ben")],
            holidays: HolidaySettings(calendar: .none, weights: ["Founders Day": 3]))
        let text = "week,start,role,person\n1,2027-01-04,primary,Ann\n\nholiday,date,cover\nFounders Day,2027-01-06,Ben\n"
        let schedule = try ScheduleReader.readCSV(text, file: "w.csv", scenario: scenario)
        #expect(schedule.period == scenario.period && schedule.team == "Platform")
        #expect(schedule.people.map(\.capacity) == [0.5, 1])
        #expect(schedule.holidays.first?.weight == 3)
    }

    @Test("the seed's CSV and JSON hold the same plan")
    func seed() throws {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario
        let csv = try ScheduleReader.load(path: RotaPaths.scenario("seed-handmade.csv"), scenario: scenario)
        let json = try ScheduleReader.load(path: RotaPaths.scenario("seed-handmade.json"), scenario: scenario)
        #expect(csv.weeks == json.weeks && csv.holidays == json.holidays && csv.pipelines == json.pipelines && csv.period == json.period)
    }

    @Test("a spreadsheet with no holiday rows: whoever is on call covers each of the scenario's holidays")
    func inferredHolidayCovers() throws {
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario
        let full = try String(contentsOfFile: RotaPaths.scenario("seed-handmade.csv"), encoding: .utf8)
        let weeksOnly = String(full[..<full.range(of: "\nholiday,")!.lowerBound])
        let schedule = try ScheduleReader.readCSV(weeksOnly, file: "weeks.csv", scenario: scenario)
        let holidays = scenario.holidaysInPeriod()
        #expect(schedule.holidays.map(\.name) == holidays.map(\.name))
        // Each inferred cover is said, as the iCalendar import says it.
        let notes = try ScheduleReader.importCSV(weeksOnly, file: "weeks.csv", scenario: scenario).notes
        #expect(notes.count == holidays.count)
        #expect(
            notes.first == "no row for \(holidays[0].name) (\(holidays[0].date.iso)): counted as covered by \(schedule.holidays[0].cover), on call that day")
        for holiday in schedule.holidays {
            #expect(!holiday.cover.isEmpty)
            #expect(holiday.cover == schedule.weeks.first { $0.start <= holiday.date && holiday.date <= $0.end }?.oncall[.primary])
        }
        // Under holiday-cover: week-owner, the check finds every holiday covered as the rule asks.
        var weekOwner = scenario
        weekOwner.rules.holidayCover = .weekOwner
        let judged = try ScheduleReader.readCSV(weeksOnly, file: "weeks.csv", scenario: weekOwner)
        let result = Checker.check(schedule: judged, scenario: weekOwner, history: [])
        #expect(!result.violations.contains { $0.rule == .holidayCover || $0.message.contains("nobody covers") }, "\(result.violations)")
        // Rows the spreadsheet has are kept as written.
        let listed = try ScheduleReader.readCSV(full, file: "seed.csv", scenario: scenario)
        #expect(listed.holidays.map(\.cover) == ["Alice", "Bob", "Charlie", "David", "Alice", "David"])
    }

    static let spreadsheet = """
        Week Starting,On Call,Notes
        1/4/2027,Alice,
        1/11/2027,Bob,quiet week
        1/18/2027,Charlie,
        1/25/2027,David,"handoff moved, Tuesday"

        """

    @Test("a spreadsheet's own header is mapped with --columns; unmapped columns (notes) are not read")
    func mappedColumns() throws {
        let options = CSVImportOptions(columns: try CSVImportOptions.columns(parsing: "week=Week Starting,primary=On Call"))
        let schedule = try ScheduleReader.readCSV(Self.spreadsheet, file: "sheet.csv", scenario: nil, options: options)
        #expect(schedule.weeks.map { $0.oncall[.primary] } == ["Alice", "Bob", "Charlie", "David"])
        #expect(schedule.weeks.map(\.week) == [1, 2, 3, 4])
        #expect(schedule.period.start == Day(iso: "2027-01-04"))
        // Dates later in the file (1/18/2027) tell that the month comes first.
        #expect(schedule.weeks[1].start == Day(iso: "2027-01-11"))
    }

    @Test("names: spaces after a comma are dropped; a tab, non-breaking space or line break in a name is refused and shown escaped")
    func blanksInNames() throws {
        let spaced = "week, start, role, person\n1, 2027-01-04, primary, Alice\n2, 2027-01-11, primary, Bob \n"
        let schedule = try ScheduleReader.readCSV(spaced, file: "s.csv", scenario: nil)
        #expect(schedule.weeks.map { $0.oncall[.primary] } == ["Alice", "Bob"])
        for (cell, problem) in [
            ("Alice\u{00A0}", #"the name "Alice\u{00A0}" ends with a non-breaking space"#), ("\"Bob\t\"", #"the name "Bob\t" ends with a tab"#),
        ] {
            let text = "week,start,role,person\n1,2027-01-04,primary,\(cell)\n"
            let error = #expect(throws: InputErrors.self) { try ScheduleReader.readCSV(text, file: "s.csv", scenario: nil) }
            let first = try #require(error?.errors.first)
            #expect(first.message == problem)
            #expect(first.hint?.hasPrefix("names are matched exactly; write") == true)
        }
    }

    @Test("without --columns, the message says which columns it cannot place, which it expected and how to map them")
    func unmappedSpreadsheet() throws {
        let error = #expect(throws: InputErrors.self) { try ScheduleReader.readCSV(Self.spreadsheet, file: "sheet.csv", scenario: nil) }
        let problem = try #require(error?.errors.first)
        #expect(problem.message == "cannot place the columns \"Week Starting\", \"On Call\", \"Notes\": the CSV's first row is not a header Rota knows")
        #expect(
            problem.hint
                == "Rota reads week,start,role,person, or a column per role (week,primary,secondary); map the spreadsheet's own names with --columns \"week=Week Starting,primary=On Call\""
        )
        // A mapping to a header the file does not have names it, and the columns the file has.
        let wrong = CSVImportOptions(columns: ["week": "Week Starting", "primary": "Person"])
        let mapped = #expect(throws: InputErrors.self) { try ScheduleReader.readCSV(Self.spreadsheet, file: "sheet.csv", scenario: nil, options: wrong) }
        #expect(mapped?.errors.map(\.message) == ["--columns maps primary to \"Person\", but the header has no such column"])
        #expect(mapped?.errors.first?.hint == "its columns are Week Starting, On Call, Notes")
        #expect(throws: InputErrors.self) { try CSVImportOptions.columns(parsing: "wek=Week Starting") }
    }

    @Test(
        "dates as spreadsheets write them",
        arguments: [
            ("2027-01-04", nil), ("1/4/2027", CSVImportOptions.DateOrder.monthFirst), ("4/1/2027", .dayFirst), ("4.1.2027", .dayFirst),
            ("2027/01/04", nil), ("4 Jan 2027", nil), ("4 January 2027", nil), ("Jan 4, 2027", nil), ("Monday, 4 January 2027", nil),
            ("Mon 4 Jan 2027", nil), ("13/1/2027", nil),
        ] as [(String, CSVImportOptions.DateOrder?)])
    func dateStyles(text: String, order: CSVImportOptions.DateOrder?) throws {
        let parsed = SpreadsheetDate.parse(text, order: order)
        let expected = text == "13/1/2027" ? Day(iso: "2027-01-13") : Day(iso: "2027-01-04")
        #expect(try parsed.get() == expected)
    }

    @Test("a date that could be month or day first is refused once, saying both readings and the two options")
    func ambiguousDates() throws {
        let text = "week,primary\n1/4/2027,Alice\n8/4/2027,Bob\n"
        let error = #expect(throws: InputErrors.self) { try ScheduleReader.readCSV(text, file: "sheet.csv", scenario: nil) }
        #expect(error?.errors.map(\.message) == ["\"1/4/2027\" could be 4 January 2027 or 1 April 2027"])
        #expect(error?.errors.first?.hint == "say which with --month-first or --day-first")
        let read = try ScheduleReader.readCSV(text, file: "sheet.csv", scenario: nil, options: CSVImportOptions(dateOrder: .dayFirst))
        #expect(read.weeks.map(\.start) == [Day(iso: "2027-04-01")!, Day(iso: "2027-04-08")!])
    }

    @Test("the wrong date order for the whole file is one message naming the right option, not one per row")
    func wrongDateOrder() throws {
        let text = "week,primary\n1/4/2027,Alice\n1/11/2027,Bob\n1/18/2027,Cat\n1/25/2027,Dan\n"
        let error = #expect(throws: InputErrors.self) {
            try ScheduleReader.readCSV(text, file: "sheet.csv", scenario: nil, options: CSVImportOptions(dateOrder: .dayFirst))
        }
        #expect(error?.errors.map(\.message) == ["\"1/18/2027\" is not a day of the calendar read day first, but is 2027-01-18 read the other way"])
        #expect(error?.errors.first?.hint == "the file writes its dates the other way: give --month-first (other dates like it are not listed)")
        let read = try ScheduleReader.readCSV(text, file: "sheet.csv", scenario: nil, options: CSVImportOptions(dateOrder: .monthFirst))
        #expect(read.weeks.count == 4)
    }

    /// The problems reading `text` reports, as `line:field: message` (column left out).
    static func problems(_ text: String) -> [String] {
        do {
            _ = try ScheduleReader.readCSV(text, file: "bad.csv", scenario: nil)
            return []
        } catch {
            return error.errors.map { "\($0.file):\($0.line.map(String.init) ?? "-"):\($0.field): \($0.message)" }
        }
    }

    @Test(
        "errors name the file, the line and the column",
        arguments: [
            ("week,start,role\n1,2027-01-04,primary\n", "bad.csv:1:person: the week section's header has no \"person\" column"),
            ("1,2027-01-04,primary,Ann\n", "bad.csv:1:: the CSV has no header row; its first line is \"1,2027-01-04,primary,Ann\""),
            ("week,start,role,person\n1,4 Jam 2027,primary,Ann\n", "bad.csv:2:start: \"4 Jam 2027\" is not a date"),
            (
                "week,start,role,person\n1,2027-01-04,primary,Ann\n2,2027-02-30,primary,Ben\n",
                "bad.csv:3:start: \"2027-02-30\" is not a date: February 2027 has 28 days"
            ),
            ("week,start,role,person\n1,2027-01-04,primery,Ann\n", "bad.csv:2:role: unknown role \"primery\""),
            ("week,start,role,person\nx,2027-01-04,primary,Ann\n", "bad.csv:2:week: expected a week number (1, 2, …), found \"x\""),
            ("week,start,role,person\n1,2027-01-04,primary\n", "bad.csv:2:: this row has 3 values but the week header has 4 columns (week,start,role,person)"),
            ("week,start,role,persn\n1,2027-01-04,primary,Ann\n", "bad.csv:1:persn: unknown column \"persn\" in the week section's header"),
            (
                "week,start,role,person\n1,2027-01-04,primary,Ann\n1,2027-01-04,primary,Ben\n",
                "bad.csv:3:role: week 1 has a second primary (the first is on line 2)"
            ),
            ("week,start,role,person\n1,2027-01-04,primary,\"Ann\n", "bad.csv:2:: a quoted field is never closed"),
            ("holiday,date,cover\nX,2027-01-01,Ann\n", "bad.csv:-:: has no week section; a CSV schedule starts with the header week,start,role,person"),
            (
                "week,start,role,person\n1,2027-01-04,primary,Ann\n\npipeline,investors,primary,secondary\nP,maybe,Ann,Ben\n",
                "bad.csv:5:investors: expected true or false, found \"maybe\""
            ),
        ])
    func errors(text: String, expected: String) {
        let found = Self.problems(text)
        #expect(found.contains(expected), "\(found)")
    }

    @Test("the unknown-column error suggests the right name, and every error carries a column number")
    func hints() throws {
        do {
            _ = try ScheduleReader.readCSV("week,start,role,persn\n1,2027-01-04,primary,Ann\n", file: "bad.csv", scenario: nil)
            Issue.record("expected an error")
        } catch {
            let problem = try #require(error.errors.first { $0.field == "persn" })
            #expect(problem.hint == "did you mean \"person\"?")
            #expect(problem.column == 17)
            #expect(problem.description.hasPrefix("bad.csv:1:17: error: persn: unknown column"))
        }
    }

    @Test("load picks the reader by extension: .ics goes to the iCalendar reader")
    func byExtension() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ics = folder.appendingPathComponent("plan.ics")
        try "not a calendar\n".write(to: ics, atomically: true, encoding: .utf8)
        do {
            _ = try ScheduleReader.load(path: ics.path, scenario: nil)
            Issue.record("a file that is not iCalendar was read")
        } catch {
            #expect(error.description.contains("BEGIN:VCALENDAR") || error.description.lowercased().contains("icalendar"))
        }
        let csv = folder.appendingPathComponent("plan.CSV")
        try Self.sample.write(to: csv, atomically: true, encoding: .utf8)
        #expect(try ScheduleReader.load(path: csv.path, scenario: nil).weeks.count == 2)
    }
}
