import RotaKit
import Testing

@Suite("Schedule renderers")
struct ScheduleRenderingTests {
    @Test("CSV: one table, a row per week and role (with end and handoff), then per holiday cover, then per pipeline owner")
    func csv() {
        #expect(
            sampleSchedule.csv() == """
                week,start,end,handoff,role,person,holiday,weight,pipeline,investors
                1,2027-05-24,2027-05-30,09:00 America/New_York,primary,Alice,,,,
                1,2027-05-24,2027-05-30,09:00 America/New_York,secondary,Bob,,,,
                2,2027-05-31,2027-06-06,09:00 America/New_York,primary,Bob,,,,
                2,2027-05-31,2027-06-06,09:00 America/New_York,secondary,Charlie,,,,
                3,2027-06-07,2027-06-13,09:00 America/New_York,primary,Charlie,,,,
                3,2027-06-07,2027-06-13,09:00 America/New_York,secondary,Alice,,,,
                2,2027-05-31,,,,Alice,Memorial Day,2,,
                ,,,,primary,Alice,,,Profit,true
                ,,,,secondary,Bob,,,Profit,true

                """)
    }

    @Test("CSV: without holidays and pipelines, only week rows")
    func csvWithoutSections() {
        var schedule = sampleSchedule
        schedule.holidays = []
        schedule.pipelines = []
        schedule.weeks = Array(schedule.weeks.prefix(1))
        schedule.weeks[0].oncall = [.primary: "Alice"]
        #expect(
            schedule.csv()
                == "week,start,end,handoff,role,person,holiday,weight,pipeline,investors\n1,2027-05-24,2027-05-30,09:00 America/New_York,primary,Alice,,,,\n")
    }

    @Test("CSV: a week's missing role has no row; fractional weights keep their fraction")
    func csvMissingRoleAndFraction() {
        var schedule = sampleSchedule
        schedule.weeks[1].oncall[.secondary] = nil
        schedule.holidays[0].weight = 1.5
        schedule.pipelines = []
        let rows = schedule.csv().split(separator: "\n").map(String.init)
        #expect(rows.count == 1 + 5 + 1)
        #expect(!rows.contains { $0.hasPrefix("2,") && $0.contains("secondary") })
        #expect(rows.last == "2,2027-05-31,,,,Alice,Memorial Day,1.5,,")
    }

    @Test("CSV: what the export writes, check reads back: weeks, holiday covers and owners")
    func csvRoundTrip() throws {
        let read = try ScheduleReader.readCSV(sampleSchedule.csv(), file: "plan.csv", scenario: nil)
        #expect(read.weeks == sampleSchedule.weeks)
        #expect(read.holidays == sampleSchedule.holidays)
        #expect(read.pipelines == sampleSchedule.pipelines)
    }

    @Test(
        "CSV: fields are quoted as RFC 4180 asks",
        arguments: [
            ("Profit", "Profit"), ("Profit, EU", "\"Profit, EU\""), ("The \"big\" one", "\"The \"\"big\"\" one\""),
            ("two\nlines", "\"two\nlines\""), (" padded", "\" padded\""), ("Zoë", "Zoë"),
        ])
    func csvQuoting(name: String, field: String) {
        var schedule = sampleSchedule
        schedule.pipelines[0].name = name
        #expect(schedule.csv().hasSuffix(",,,,secondary,Bob,,,\(field),true\n"))
    }

    @Test("the table view holds the header, the rotation with its holiday, the covers, the owners and the totals")
    func table() throws {
        let text = sampleSchedule.table()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Data Engineering on-call plan")
        #expect(text.contains("Mon 2027-05-24 to Sun 2027-06-13 (3 weeks)"))
        #expect(text.contains("Mondays at 09:00, America/New_York"))
        #expect(text.contains("Solver   optimal"))
        #expect(!text.contains("0.25"))
        let week2 = try #require(lines.first { $0.contains(" 2  May 31 – Jun  6") })
        #expect(week2.split(separator: " ").suffix(9).joined(separator: " ") == "Bob Charlie Memorial Day (Mon May 31) → Alice")
        #expect(lines.contains { $0.hasPrefix("  Mon 2027-05-31  Memorial Day") && $0.hasSuffix("Bob / Charlie") })
        #expect(lines.contains { $0.split(separator: " ") == ["1", "Profit", "Alice", "Bob", "investors"] })
        let totals = lines.drop { $0 != "Per person" }
        #expect(totals.contains { $0.split(separator: " ") == ["Alice", "1", "1", "1", "2", "1", "0", "1"] })
        #expect(totals.contains { $0.split(separator: " ") == ["Charlie", "1", "1", "0", "0", "0", "0", "0"] })
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test("the table shows solver seconds only when asked")
    func tableTimings() {
        #expect(sampleSchedule.table(includeTimings: true).contains("in 0.25 s"))
    }

    @Test("someone the people list leaves out still gets totals; part-timers show their capacity")
    func tableTotalsForEveryone() {
        var schedule = sampleSchedule
        schedule.people = [ScheduledPerson(name: "Alice", capacity: 0.5)]
        let text = schedule.table()
        #expect(text.contains("Alice (50%)"))
        let totals = text.split(separator: "\n").drop { $0 != "Per person" }.map { $0.split(separator: " ").map(String.init) }
        #expect(totals.contains(["Alice", "0.5", "1", "1", "1", "2", "1", "0", "1"]))
        #expect(totals.contains(["Bob", "1", "1", "1", "0", "0", "0", "1", "0"]))
        #expect(totals.contains(["Charlie", "1", "1", "1", "0", "0", "0", "0", "0"]))
    }

    @Test("an empty schedule still renders in every format")
    func emptySchedule() throws {
        let empty = Schedule(team: "", period: Period(start: Day(iso: "2027-01-04")!, weeks: 0), people: [], weeks: [], holidays: [], pipelines: [])
        #expect(empty.csv() == "week,start,end,handoff,role,person,holiday,weight,pipeline,investors\n")
        #expect(empty.table().contains("No weeks."))
        #expect(TeamDocument(schedule: empty).markdown().contains("No weeks."))
    }

    @Test(
        "rendered(as:) picks the renderer",
        arguments: [
            (OutputFormat.table, "Data Engineering on-call plan"), (.json, "{"), (.csv, "week,start,end,handoff,role,person,holiday,weight,pipeline,investors"),
            (.md, "# Data Engineering On-Call Plan"),
        ])
    func dispatch(format: OutputFormat, firstLine: String) throws {
        let expected: String =
            switch format {
            case .table: sampleSchedule.table()
            case .csv: sampleSchedule.csv()
            case .md: TeamDocument(schedule: sampleSchedule).markdown()
            default: sampleSchedule.json()
            }
        let rendered = try sampleSchedule.rendered(as: format)
        #expect(rendered == expected)
        #expect(rendered.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) == firstLine)
    }

    @Test("JSON: the contract's format tag, and the solver's seconds only when asked")
    func json() throws {
        let text = try sampleSchedule.rendered(as: .json)
        #expect(text.contains("\"format\": \"rota.schedule/1\""))
        #expect(text.contains("\"status\": \"optimal\""))
        #expect(!text.contains("\"seconds\""))
        #expect(sampleSchedule.json(includeTimings: true).contains("\"seconds\": 0.25"))
    }

    @Test("HTML is a report, not a schedule format")
    func unsupported() {
        #expect(throws: UnsupportedFormat.self) { try sampleSchedule.rendered(as: .html) }
    }

    @Test("iCalendar renders through the iCalendar exporter")
    func icalendar() throws {
        // DTSTAMP is the time of writing, which may tick between the two.
        let withoutStamps = { (text: String) in text.split(separator: "\r\n").filter { !$0.hasPrefix("DTSTAMP:") } }
        #expect(withoutStamps(try sampleSchedule.rendered(as: .ics)) == withoutStamps(sampleSchedule.icalendar()))
    }
}
