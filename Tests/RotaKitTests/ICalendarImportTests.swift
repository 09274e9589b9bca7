import Foundation
import TestSupport
import Testing

@testable import RotaKit

/// The import fixtures, written by Tests/Oracles/ics_make_fixtures.py with the Python icalendar library.
private func fixture(_ name: String) throws -> String {
    try String(contentsOfFile: RotaPaths.fixture("ics/\(name)"), encoding: .utf8)
}

/// Who holds `role` in each week, in week order.
private func holders(_ schedule: Schedule, _ role: Role = .primary) -> [String] {
    schedule.weeks.map { $0.oncall[role] ?? "-" }
}

private let rotation = ICalendarSample.people

/// A small calendar around the given events.
private func calendar(_ events: String...) -> String {
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events.joined() + "END:VCALENDAR\r\n"
}

private func event(_ summary: String, _ start: String, _ end: String, _ extra: String = "", zone: String = "America/New_York") -> String {
    "BEGIN:VEVENT\r\nUID:\(UUID().uuidString)\r\nSUMMARY:\(summary)\r\nDTSTART;TZID=\(zone):\(start)\r\nDTEND;TZID=\(zone):\(end)\r\n\(extra)END:VEVENT\r\n"
}

@Suite("iCalendar import")
struct ICalendarImportTests {
    @Test("PagerDuty style: weekly shifts in UTC across a change of clocks, and a holiday cover")
    func pagerDuty() throws {
        var scenario = ICalendarSample.scenario(weeks: 22)
        scenario.holidays.only = ["Memorial Day"]
        let result = try ScheduleReader.importICalendar(fixture("pagerduty-weekly.ics"), file: "pagerduty-weekly.ics", scenario: scenario)
        #expect(holders(result.schedule) == (0..<22).map { rotation[$0 % 4] })
        #expect(result.schedule.holidays == [HolidayCover(name: "Memorial Day", date: Day(iso: "2027-05-31")!, weight: 1, cover: "Charlie")])
        #expect(result.notes == [])
        #expect(result.schedule.pipelines.count == 8)
        #expect(result.schedule.team == "Data Engineering")
    }

    @Test("without a scenario, a calendar in UTC is read in the zone where its handoffs fall on one hour: 09:00 New York all year")
    func pagerDutyWithoutScenario() throws {
        let result = try ScheduleReader.importICalendar(fixture("pagerduty-weekly.ics"), file: "pagerduty-weekly.ics", scenario: nil)
        let schedule = result.schedule
        // Twelve weeks start at 13:00Z (09:00 EDT), ten at 14:00Z (09:00 EST): one hour in New York.
        #expect(
            schedule.period == Period(start: Day(iso: "2027-01-04")!, weeks: 22, handoff: HandoffTime(hour: 9, minute: 0), timezone: "America/New_York"))
        #expect(holders(schedule) == (0..<22).map { rotation[$0 % 4] })
        #expect(schedule.people.map(\.name) == rotation)
        #expect(schedule.holidays == [HolidayCover(name: "Memorial Day", date: Day(iso: "2027-05-31")!, weight: 1, cover: "Charlie")])
        #expect(result.notes == ["no scenario: the period is read as 22 weeks from 2027-01-04, handoff at 09:00 America/New_York"])
    }

    @Test("a paging tool's export without a scenario reads as it does with the team's scenario: 52 weeks, 09:00 New York, four people")
    func pagerDuty2027WithoutScenario() throws {
        let path = RotaPaths.scenario("imported/pagerduty-2027.ics")
        let scenario = try ScenarioReader.load(path: RotaPaths.scenario("data-pipelines.yaml")).scenario
        let bare = try ScheduleReader.read(path: path, scenario: nil)
        let matched = try ScheduleReader.read(path: path, scenario: scenario)
        #expect(bare.schedule.period == matched.schedule.period)
        #expect(bare.schedule.period.weeks == 52 && bare.schedule.period.handoff == HandoffTime(hour: 9, minute: 0))
        #expect(bare.schedule.weeks == matched.schedule.weeks)
        #expect(bare.schedule.people.map(\.name) == ["Alice", "Bob", "Charlie", "David"])
        let covers = { (schedule: Schedule) in schedule.holidays.map { "\($0.date.iso) \($0.cover)" } }
        #expect(covers(bare.schedule) == covers(matched.schedule))
        // The same note about the override, and only the period's note besides.
        #expect(bare.notes.dropFirst() == matched.notes[...])
        let weeks = Dictionary(grouping: bare.schedule.weeks, by: { $0.oncall[.primary] ?? "" }).mapValues(\.count)
        #expect(weeks == ["Alice": 13, "Bob": 13, "Charlie": 13, "David": 13])
    }

    @Test(
        "a paging tool's tag after a name, `Charlie (override)`, is not part of the name",
        arguments: ["Charlie (override)", "Charlie (Override)", "Charlie (temporary)"])
    func toolTags(summary: String) throws {
        let text = calendar(
            event("On call: Alice", "20270104T090000", "20270111T090000", "RRULE:FREQ=WEEKLY;COUNT=2\r\n"),
            event("On call: \(summary)", "20270111T090000", "20270118T090000"))
        let schedule = try ScheduleReader.readICalendar(text, file: "x.ics", scenario: nil)
        #expect(schedule.people.map(\.name) == ["Alice", "Charlie"])
        #expect(holders(schedule) == ["Alice", "Charlie"])
    }

    @Test("without a scenario, shifts that start at no common time of day are refused with a message that asks for --scenario")
    func refusedWithoutScenario() throws {
        let starts = ["20270104T090000", "20270111T130000", "20270118T170000", "20270125T210000", "20270201T030000"]
        let events = starts.enumerated().map { index, start in
            event("On call: \(rotation[index % 4])", start, starts.indices.contains(index + 1) ? starts[index + 1] : "20270208T090000", zone: "UTC")
        }
        let text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n" + events.joined() + "END:VCALENDAR\r\n"
        let error = #expect(throws: InputErrors.self) { try ScheduleReader.readICalendar(text, file: "x.ics", scenario: nil) }
        let message = try #require(error?.errors.first)
        #expect(message.message.contains("the handoff cannot be told from it"))
        #expect(message.hint?.contains("--scenario") == true)
        // With the scenario the same file reads.
        #expect(throws: Never.self) { try ScheduleReader.readICalendar(text, file: "x.ics", scenario: ICalendarSample.scenario(weeks: 5)) }
    }

    @Test("Opsgenie style: daily shifts matched by ATTENDEE e-mail; a split week and a short week are noted")
    func opsgenie() throws {
        let scenario = ICalendarSample.scenario(weeks: 4)
        let result = try ScheduleReader.importICalendar(fixture("opsgenie-daily.ics"), file: "opsgenie-daily.ics", scenario: scenario)
        #expect(holders(result.schedule) == rotation)
        #expect(
            result.notes == [
                "week 2 (2027-01-11): Charlie covers 2 of 7 days, Bob 5 — counted as Bob",
                "week 4 (2027-01-25): David covers 6 of 7 days, nobody 1 — counted as David",
            ])
    }

    @Test("without a scenario, daily shifts are named by their attendee and the zone comes from TZID")
    func opsgenieWithoutScenario() throws {
        let result = try ScheduleReader.importICalendar(fixture("opsgenie-daily.ics"), file: "opsgenie-daily.ics", scenario: nil)
        #expect(result.schedule.period == Period(start: Day(iso: "2027-01-04")!, weeks: 4, timezone: "America/New_York"))
        #expect(holders(result.schedule) == rotation.map { "\($0) Example" })
        #expect(result.schedule.team == "Data Engineering schedule")
    }

    @Test("weekly RRULEs with INTERVAL=4, COUNT and UNTIL, levels [L0]/[L1], and an EXDATE filled by a single event")
    func recurring() throws {
        let scenario = ICalendarSample.scenario(weeks: 16, roles: [.primary, .secondary])
        let result = try ScheduleReader.importICalendar(fixture("rrule-interval4.ics"), file: "rrule-interval4.ics", scenario: scenario)
        var primaries = (0..<16).map { rotation[$0 % 4] }
        primaries[10] = "David"
        #expect(holders(result.schedule, .primary) == primaries)
        #expect(holders(result.schedule, .secondary) == (0..<16).map { rotation[($0 + 2) % 4] })
        #expect(result.notes == [])
    }

    @Test("overrides on top of weekly shifts: the shorter shift wins, and the split is noted")
    func overrides() throws {
        let scenario = ICalendarSample.scenario(weeks: 8)
        let result = try ScheduleReader.importICalendar(fixture("override-partial.ics"), file: "override-partial.ics", scenario: scenario)
        var expected = (0..<8).map { rotation[$0 % 4] }
        expected[5] = "David"
        #expect(holders(result.schedule) == expected)
        #expect(
            result.notes == [
                "week 3 (2027-01-18): Bob covers 2 of 7 days, Charlie 5 — counted as Charlie",
                "week 6 (2027-02-08): Bob covers 2 days 12 hours of 7 days, David 4 days 12 hours — counted as David",
            ])
    }

    struct RoundTrip: Sendable, CustomTestStringConvertible {
        var weeks: Int
        var roles: [Role]
        var timezone: String
        var handoff: String
        var start = "2027-01-04"
        var testDescription: String { "\(weeks) weeks from \(start), \(roles.map(\.rawValue).joined(separator: "+")), \(timezone) \(handoff)" }
    }

    @Test(
        "round trip: schedule → iCalendar → import gives the same weeks and holiday covers",
        arguments: [
            RoundTrip(weeks: 52, roles: [.primary], timezone: "America/New_York", handoff: "09:00"),
            RoundTrip(weeks: 104, roles: [.primary, .secondary], timezone: "Europe/Berlin", handoff: "02:30"),
            RoundTrip(weeks: 30, roles: [.primary, .secondary], timezone: "Australia/Sydney", handoff: "17:45"),
            RoundTrip(weeks: 10, roles: [.primary], timezone: "UTC", handoff: "00:00"),
            RoundTrip(weeks: 3, roles: [.primary], timezone: "Europe/Berlin", handoff: "02:30", start: "2027-03-28"),
            RoundTrip(weeks: 3, roles: [.primary], timezone: "Europe/Berlin", handoff: "02:30", start: "2027-10-31"),
        ])
    func roundTrip(_ example: RoundTrip) throws {
        let scenario = ICalendarSample.scenario(
            weeks: example.weeks, roles: example.roles, timezone: example.timezone, handoff: example.handoff, start: example.start)
        let schedule = ICalendarSample.schedule(of: scenario)
        for withEmails in [false, true] {
            let text = withEmails ? schedule.icalendar(scenario: scenario) : schedule.icalendar()
            let imported = try ScheduleReader.importICalendar(text, file: "plan.ics", scenario: scenario)
            #expect(imported.schedule.weeks == schedule.weeks)
            #expect(imported.schedule.holidays == schedule.holidays)
            #expect(imported.notes == [])
        }
        let bare = try ScheduleReader.importICalendar(schedule.icalendar(), file: "plan.ics", scenario: nil)
        #expect(bare.schedule.period == schedule.period)
        #expect(bare.schedule.weeks == schedule.weeks)
        #expect(bare.schedule.holidays == schedule.holidays)
        #expect(bare.schedule.team == schedule.team)
        #expect(bare.notes.count == 1)
    }

    @Test(
        "summaries name people and roles in the forms other tools use",
        arguments: [
            ("On call: Alice", "Alice", Role.primary), ("alice", "Alice", .primary), ("[L0] alice", "Alice", .primary),
            ("On call (primary): Alice", "Alice", .primary), ("On-call - ALICE", "Alice", .primary), ("[L1] bob", "Bob", .secondary),
            ("Bob (backup)", "Bob", .secondary), ("Secondary on call: Charlie", "Charlie", .secondary),
            ("Charlie Chaplin", "Charlie", .primary), ("Override: David", "David", .primary), ("Primary — david is on duty", "David", .primary),
        ])
    func summaries(summary: String, person: String, role: Role) throws {
        let scenario = ICalendarSample.scenario(weeks: 1, roles: [.primary, .secondary])
        let text = calendar(event(summary, "20270104T090000", "20270111T090000"))
        let schedule = try ScheduleReader.readICalendar(text, file: "one.ics", scenario: scenario)
        #expect(schedule.weeks[0].oncall[role] == person)
    }

    @Test("first names in a calendar match full names in the scenario")
    func firstNames() throws {
        var scenario = ICalendarSample.scenario(weeks: 2)
        scenario.people = [Person(name: "Alice Smith"), Person(name: "Bob Jones")]
        let text = calendar(event("On call: alice", "20270104T090000", "20270111T090000"), event("[L0] BOB", "20270111T090000", "20270118T090000"))
        #expect(holders(try ScheduleReader.readICalendar(text, file: "x.ics", scenario: scenario)) == ["Alice Smith", "Bob Jones"])
    }

    @Test("events naming nobody, escalation levels beyond secondary and cancelled events are set aside with a note")
    func setAside() throws {
        let text = calendar(
            event("On call: Alice", "20270104T090000", "20270111T090000"),
            event("Team lunch", "20270105T120000", "20270105T130000"),
            event("[L2] david", "20270104T090000", "20270111T090000"),
            event("On call: Bob", "20270104T090000", "20270111T090000", "STATUS:CANCELLED\r\n"))
        let result = try ScheduleReader.importICalendar(text, file: "x.ics", scenario: ICalendarSample.scenario(weeks: 1))
        #expect(holders(result.schedule) == ["Alice"])
        #expect(
            result.notes == [
                "line 22: \"On call: Bob\" is cancelled; ignored",
                "line 10: \"Team lunch\" names nobody in the team; ignored",
                "line 16: \"[L2] david\" is an escalation level beyond primary and secondary; ignored",
            ])
    }

    @Test("a recurring shift with one occurrence replaced (RECURRENCE-ID) and one excluded by date (EXDATE;VALUE=DATE)")
    func replacedOccurrence() throws {
        let rule = "RRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE;VALUE=DATE:20270125\r\n"
        let master =
            "BEGIN:VEVENT\r\nUID:alice\r\nSUMMARY:On call: Alice\r\nDTSTART;TZID=America/New_York:20270104T090000\r\nDTEND;TZID=America/New_York:20270111T090000\r\n\(rule)END:VEVENT\r\n"
        let moved =
            "BEGIN:VEVENT\r\nUID:alice\r\nRECURRENCE-ID;TZID=America/New_York:20270111T090000\r\nSUMMARY:On call: Bob\r\nDTSTART;TZID=America/New_York:20270111T090000\r\nDTEND;TZID=America/New_York:20270118T090000\r\nEND:VEVENT\r\n"
        let result = try ScheduleReader.importICalendar(calendar(master, moved), file: "x.ics", scenario: ICalendarSample.scenario(weeks: 4))
        #expect(holders(result.schedule) == ["Alice", "Bob", "Alice", "-"])
        #expect(result.notes == ["week 4 (2027-01-25): nobody is on call"])
    }

    @Test("a time zone defined only by the file's VTIMEZONE (Outlook's Windows names) is used")
    func windowsZone() throws {
        let zone = """
            BEGIN:VTIMEZONE\r\nTZID:Eastern Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n\
            RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\n\
            TZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n
            """
        // Week 11 starts after the spring change: 09:00 EDT is 13:00Z, and the weekly rule keeps 09:00.
        let shift = event("On call: Alice", "20270104T090000", "20270111T090000", "RRULE:FREQ=WEEKLY;COUNT=12\r\n", zone: "Eastern Standard Time")
        let result = try ScheduleReader.importICalendar(calendar(zone, shift), file: "outlook.ics", scenario: ICalendarSample.scenario(weeks: 12))
        #expect(holders(result.schedule) == Array(repeating: "Alice", count: 12))
        #expect(result.notes == [])
    }

    @Test("holiday covers: matched to the scenario's holidays by date or name; doubled covers are noted; missing ones go to whoever is on call")
    func holidayCovers() throws {
        let allDay = { (summary: String, date: String) in
            "BEGIN:VEVENT\r\nUID:\(date)\r\nSUMMARY:\(summary)\r\nDTSTART;VALUE=DATE:\(date)\r\nEND:VEVENT\r\n"
        }
        let text = calendar(
            event("On call: Alice", "20270104T090000", "20270111T090000", "RRULE:FREQ=WEEKLY;COUNT=52\r\n"),
            allDay("Holiday cover: Christmas — Bob", "20271225"),
            allDay("Holiday cover: Memorial Day - Charlie", "20270531"),
            allDay("Holiday cover: Memorial Day – David", "20270531"),
            allDay("Holiday cover: Labor Day — Alice", "20270907"),
            allDay("Holiday cover: Company Picnic — Alice", "20270820"))
        let result = try ScheduleReader.importICalendar(text, file: "x.ics", scenario: ICalendarSample.scenario())
        let covers = Dictionary(uniqueKeysWithValues: result.schedule.holidays.map { ($0.name, $0.cover) })
        #expect(
            covers == [
                "Memorial Day": "Charlie", "Independence Day": "Alice", "Labor Day": "Alice", "Thanksgiving Day": "Alice", "Christmas Day": "Bob",
                "New Year's Day": "Alice",
            ])
        #expect(result.schedule.holidays.first { $0.name == "Christmas Day" }?.weight == 2)
        #expect(
            result.notes == [
                "line 21: Memorial Day (2027-05-31) is covered twice; counted as Charlie, not David",
                "line 31: Company Picnic (2027-08-20) is not a holiday of the scenario in the period; ignored",
                "line 26: holiday cover for Labor Day is on 2027-09-07, but the scenario has Labor Day on 2027-09-06; counted for 2027-09-06",
                "no cover named for Independence Day (2027-07-04): counted as Alice, on call that day",
                "no cover named for Thanksgiving Day (2027-11-25): counted as Alice, on call that day",
                "no cover named for New Year's Day (2028-01-01): counted as Alice, on call that day",
            ])
    }

    @Test("a scenario with a secondary role and a calendar without one: noted once, not every week")
    func missingRole() throws {
        let text = calendar(event("On call: Alice", "20270104T090000", "20270111T090000", "RRULE:FREQ=WEEKLY;COUNT=3\r\n"))
        let result = try ScheduleReader.importICalendar(text, file: "x.ics", scenario: ICalendarSample.scenario(weeks: 3, roles: [.primary, .secondary]))
        #expect(result.notes == ["the calendar has no secondary shifts; the scenario's rules ask for a secondary every week"])
    }

    @Test("shifts outside the scenario's period are counted and ignored; all-day shifts run handoff to handoff")
    func outsideAndAllDay() throws {
        let allDay = "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Bob\r\nDTSTART;VALUE=DATE:20270111\r\nDTEND;VALUE=DATE:20270118\r\nEND:VEVENT\r\n"
        let text = calendar(
            event("Alice", "20261228T090000", "20270104T090000"), event("Alice", "20270104T090000", "20270111T090000"), allDay)
        let result = try ScheduleReader.importICalendar(text, file: "x.ics", scenario: ICalendarSample.scenario(weeks: 2))
        #expect(holders(result.schedule) == ["Alice", "Bob"])
        #expect(result.notes == ["1 shift lies outside the period 2027-01-04..2027-01-17; ignored"])
    }

    @Test("an open-ended RRULE without a scenario is read for a year, and noted")
    func openEnded() throws {
        let text = calendar(event("Alice", "20270104T090000", "20270111T090000", "RRULE:FREQ=WEEKLY;INTERVAL=2\r\n"))
        let result = try ScheduleReader.importICalendar(text, file: "x.ics", scenario: nil)
        #expect(result.schedule.period.weeks == 51)
        #expect(result.notes.first == "line 4: \"Alice\" repeats without end; read up to 2028-01-03")
    }

    @Test(
        "input that is not usable iCalendar is refused with the file and the line",
        arguments: [
            ("{\"format\": \"rota.schedule/1\"}\n", 1, "is not an iCalendar file"),
            ("week,start,role,person\n1,2027-01-04,primary,Alice\n", 1, "is not an iCalendar file"),
            (calendar(event("Alice", "2027-01-04 09:00", "20270111T090000")), 7, "is not a date or a date-time"),
            (calendar(event("Alice", "20270104T090000", "20270111T090000", "RRULE:FREQ=MONTHLY;COUNT=3\r\n")), 9, "FREQ=MONTHLY is not supported"),
            (calendar(event("Team lunch", "20270104T120000", "20270104T130000")), nil, "none of its 1 event is an on-call shift"),
            (calendar(), nil, "holds no events"),
        ] as [(String, Int?, String)])
    func refused(text: String, line: Int?, message: String) {
        #expect {
            try ScheduleReader.readICalendar(text, file: "plans/x.ics", scenario: ICalendarSample.scenario(weeks: 1))
        } throws: { error in
            guard let errors = error as? InputErrors, let problem = errors.errors.first else { return false }
            return problem.file == "plans/x.ics" && problem.line == line && problem.message.contains(message)
        }
    }

    @Test("a file folded inside a UTF-8 character is mended when loaded from disk")
    func loadMended() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("broken.ics")
        let text = calendar(event("On call: Zoë", "20270104T090000", "20270111T090000"))
        var bytes = Array(text.utf8)
        let at = bytes.firstIndex(of: 0xC3)! + 1
        bytes.insert(contentsOf: [0x0D, 0x0A, 0x20], at: at)
        try Data(bytes).write(to: file)
        let result = try ScheduleReader.loadICalendar(path: file.path, scenario: nil)
        #expect(holders(result.schedule) == ["Zoë"])
        #expect(throws: InputErrors.self) { try ScheduleReader.loadICalendar(path: folder.appendingPathComponent("missing.ics").path, scenario: nil) }
    }
}

@Suite("iCalendar week coverage")
struct ICalendarWeekCoverageTests {
    private let day = LocalDateTime.secondsPerDay

    @Test(
        "amounts are whole days when they can be, days hours and minutes otherwise",
        arguments: [(2 * 86400, "2"), (86400 + 6 * 3600, "1 day 6 hours"), (45 * 60, "45 minutes"), (3600, "1 hour")])
    func amounts(seconds: Int, text: String) {
        #expect(ICalendarWeekCoverage.amount(seconds) == text)
    }

    @Test("a tie goes to whoever is on call first in the week")
    func tie() {
        let shifts = [
            ICalendarWeekCoverage.Shift(start: 0, end: 7 * day / 2, person: "Bob", order: 1),
            ICalendarWeekCoverage.Shift(start: 7 * day / 2, end: 7 * day, person: "Alice", order: 0),
        ]
        let coverage = ICalendarWeekCoverage(from: 0, to: 7 * day, shifts: shifts, zone: .utc)
        #expect(coverage.holder == "Bob")
        #expect(coverage.summary == "Alice covers 3 days 12 hours of 7 days, Bob 3 days 12 hours")
    }

    @Test("among overlapping shifts the shorter wins, then the later start, then the later event")
    func precedence() {
        let week = ICalendarWeekCoverage.Shift(start: 0, end: 7 * day, person: "Alice", order: 0)
        let sameLength = ICalendarWeekCoverage.Shift(start: 0, end: 7 * day, person: "Bob", order: 1)
        #expect(ICalendarWeekCoverage(from: 0, to: 7 * day, shifts: [week, sameLength], zone: .utc).holder == "Bob")
        let short = ICalendarWeekCoverage.Shift(start: day, end: 2 * day, person: "Charlie", order: 0)
        let coverage = ICalendarWeekCoverage(from: 0, to: 7 * day, shifts: [short, week], zone: .utc)
        #expect(coverage.covered.map(\.person) == ["Alice", "Charlie"])
        #expect(coverage.covered.map(\.seconds) == [6 * day, day])
    }
}
