import Foundation
import Testing

@testable import RotaKit

@Suite("iCalendar parser")
struct ICalendarParserTests {
    private func calendars(_ text: String) -> ([ICalendarComponent]?, Diagnostics) {
        let diagnostics = Diagnostics(file: "test.ics")
        return (ICalendarParser.calendars(in: text, diagnostics: diagnostics), diagnostics)
    }

    @Test("unfolding joins continuation lines (space or tab), with CRLF or bare LF, and keeps the starting line numbers")
    func unfolding() {
        let text = "BEGIN:VCALENDAR\r\nX-A:one\r\n  two\r\n\tthree\nX-B:four\n"
        let lines = ICalendarParser.unfoldedLines(text)
        #expect(lines.map(\.text) == ["BEGIN:VCALENDAR", "X-A:one twothree", "X-B:four"])
        #expect(lines.map(\.line) == [1, 2, 5])
    }

    @Test("a fold inside a UTF-8 sequence, which leaves the bytes invalid, is joined back into the character")
    func foldInsideCharacter() throws {
        // "é" is C3 A9; a careless writer folded between the two octets.
        let bytes: [UInt8] = Array("SUMMARY:Caf".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA9] + Array("\r\n".utf8)
        #expect(String(data: Data(bytes), encoding: .utf8) == nil)
        let repaired = ICalendarParser.joiningSplitCharacters(Data(bytes))
        #expect(String(data: repaired, encoding: .utf8) == "SUMMARY:Café\r\n")
        // Folds between whole characters are left for the unfolding of the text.
        let whole = Data("SUMMARY:Café\r\n more\r\n".utf8)
        #expect(ICalendarParser.joiningSplitCharacters(whole) == whole)
    }

    @Test("content lines split into name, parameters (quoted or listed) and value")
    func contentLine() throws {
        let property = try #require(
            ICalendarParser.contentLine("attendee;CN=\"Smith, Alice: lead\";ROLE=REQ-PARTICIPANT;MEMBER=a,\"b;c\":mailto:alice@example.com", line: 7))
        #expect(property.name == "ATTENDEE")
        #expect(property.parameter("cn") == "Smith, Alice: lead")
        #expect(property.parameters.map(\.name) == ["CN", "ROLE", "MEMBER"])
        #expect(property.parameters[2].values == ["a", "b;c"])
        #expect(property.value == "mailto:alice@example.com")
        #expect(property.line == 7)
        #expect(ICalendarParser.contentLine("no colon here", line: 1) == nil)
        #expect(ICalendarParser.contentLine(";X=1:value", line: 1) == nil)
    }

    @Test("components nest, and properties land in the innermost one")
    func nesting() throws {
        let text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:A\\, B\nBEGIN:VALARM\nACTION:DISPLAY\nEND:VALARM\nEND:VEVENT\nEND:VCALENDAR\n"
        let (parsed, diagnostics) = calendars(text)
        #expect(!diagnostics.hasErrors)
        let calendar = try #require(parsed?.first)
        #expect(calendar.property("VERSION")?.value == "2.0")
        let event = try #require(calendar.components("VEVENT").first)
        #expect(event.property("SUMMARY")?.text == "A, B")
        #expect(event.line == 3)
        #expect(event.components("VALARM").first?.property("ACTION")?.value == "DISPLAY")
    }

    @Test(
        "text that is not iCalendar is refused with its line",
        arguments: [
            ("{\"format\": \"rota.schedule/1\"}", 1), ("\n\nweek,start,role,person\n", 3), ("BEGIN:VEVENT\nEND:VEVENT\n", 1),
        ])
    func notICalendar(text: String, line: Int) {
        let (parsed, diagnostics) = calendars(text)
        #expect(parsed == nil)
        #expect(diagnostics.problems.first?.line == line)
        #expect(diagnostics.problems.first?.message.contains("BEGIN:VCALENDAR") == true)
    }

    @Test("components that do not nest are reported at the line that breaks them")
    func badNesting() {
        let (mismatched, first) = calendars("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n")
        #expect(mismatched == nil)
        #expect(first.problems.map(\.line) == [3])
        let (unclosed, second) = calendars("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n")
        #expect(unclosed == nil)
        #expect(second.problems.first?.message.contains("never closed") == true)
    }

    @Test(
        "dates and date-times: DATE, UTC, TZID and floating",
        arguments: [
            ("20270104", nil as String?, ICalendarTime.Value.date(Day(iso: "2027-01-04")!)),
            ("20270104T090000Z", nil, .dateTime(LocalDateTime(day: Day(iso: "2027-01-04")!, secondOfDay: 32400), .utc)),
            ("20270104T093015", "Europe/Berlin", .dateTime(LocalDateTime(day: Day(iso: "2027-01-04")!, secondOfDay: 34215), .zone("Europe/Berlin"))),
            ("20270104T000000", nil, .dateTime(LocalDateTime(day: Day(iso: "2027-01-04")!), .floating)),
        ])
    func times(text: String, zone: String?, expected: ICalendarTime.Value) {
        #expect(ICalendarTime(text, zone: zone)?.value == expected)
    }

    @Test("malformed dates are refused", arguments: ["2027-01-04", "20270230", "20270104T250000", "20270104T0900", "20270104X090000", ""])
    func badTimes(text: String) {
        #expect(ICalendarTime(text, zone: nil) == nil)
    }

    @Test(
        "durations: weeks and days nominal, the rest exact",
        arguments: [("P1W", 7, 0), ("P7D", 7, 0), ("PT12H", 0, 43200), ("P1DT2H30M", 1, 9000), ("-PT15M", 0, -900), ("+P2D", 2, 0)])
    func durations(text: String, days: Int, seconds: Int) {
        #expect(ICalendarDuration(text)?.days == days)
        #expect(ICalendarDuration(text)?.seconds == seconds)
    }

    @Test("malformed durations are refused", arguments: ["P", "PT", "1D", "P1H", "PT1D", "P1.5D"])
    func badDurations(text: String) {
        #expect(ICalendarDuration(text) == nil)
    }

    @Test("UTC offsets", arguments: [("-0500", -18000), ("+0530", 19800), ("+124500", 45900), ("0500", nil), ("+05", nil)])
    func offsets(text: String, seconds: Int?) {
        #expect(ICalendarTime.utcOffset(text) == seconds)
    }
}

@Suite("iCalendar recurrences and zones")
struct ICalendarRecurrenceTests {
    private let monday = LocalDateTime(day: Day(iso: "2027-01-04")!, secondOfDay: 9 * 3600)

    private func starts(_ rule: String, from start: LocalDateTime? = nil, horizon: Day = Day(iso: "2030-01-01")!) throws -> [String] {
        let recurrence = try ICalendarRecurrence(parsing: rule)
        let first = start ?? monday
        let until = recurrence.until
        let isAfterUntil: (LocalDateTime) -> Bool = { local in
            guard let until else { return false }
            return until.isDate ? local.day > until.local.day : local > until.local
        }
        return recurrence.occurrences(from: first, isAfterUntil: isAfterUntil, isPastHorizon: { $0.day >= horizon })
            .map(\.description)
    }

    @Test("weekly with INTERVAL and COUNT: the start counts as the first")
    func weeklyInterval() throws {
        #expect(try starts("FREQ=WEEKLY;INTERVAL=4;COUNT=3") == ["2027-01-04 09:00", "2027-02-01 09:00", "2027-03-01 09:00"])
    }

    @Test("daily with UNTIL is inclusive")
    func dailyUntil() throws {
        #expect(try starts("FREQ=DAILY;UNTIL=20270107T090000") == ["2027-01-04 09:00", "2027-01-05 09:00", "2027-01-06 09:00", "2027-01-07 09:00"])
        #expect(try starts("FREQ=DAILY;INTERVAL=2;UNTIL=20270108") == ["2027-01-04 09:00", "2027-01-06 09:00", "2027-01-08 09:00"])
    }

    @Test("weekly BYDAY picks several days of each week; daily BYDAY filters")
    func byDay() throws {
        #expect(try starts("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4") == ["2027-01-04 09:00", "2027-01-07 09:00", "2027-01-11 09:00", "2027-01-14 09:00"])
        #expect(try starts("FREQ=DAILY;BYDAY=SA,SU;COUNT=3") == ["2027-01-04 09:00", "2027-01-09 09:00", "2027-01-10 09:00"])
    }

    @Test("an open-ended rule stops at the horizon")
    func horizon() throws {
        #expect(try starts("FREQ=WEEKLY", horizon: Day(iso: "2027-01-20")!).count == 3)
    }

    @Test("COUNT larger than anyone needs is capped")
    func cap() throws {
        #expect(try starts("FREQ=DAILY;COUNT=1000000000", horizon: Day(iso: "2200-01-01")!).count == ICalendarRecurrence.occurrenceLimit)
    }

    @Test("yearly rules of VTIMEZONEs: the second Sunday of March, the last Sunday of October")
    func yearly() throws {
        let start = LocalDateTime(day: Day(iso: "2007-03-11")!, secondOfDay: 7200)
        #expect(
            try starts("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", from: start, horizon: Day(iso: "2010-01-01")!) == [
                "2007-03-11 02:00", "2008-03-09 02:00", "2009-03-08 02:00",
            ])
        let october = LocalDateTime(day: Day(iso: "1996-10-27")!, secondOfDay: 10800)
        #expect(
            try starts("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", from: october, horizon: Day(iso: "1999-01-01")!) == [
                "1996-10-27 03:00", "1997-10-26 03:00", "1998-10-25 03:00",
            ])
    }

    @Test(
        "unsupported rules are refused with a reason",
        arguments: [
            "FREQ=MONTHLY", "FREQ=WEEKLY;BYSETPOS=1", "INTERVAL=2", "FREQ=DAILY;COUNT=0", "FREQ=WEEKLY;COUNT=2;UNTIL=20270101", "FREQ=WEEKLY;BYDAY=1MO",
            "FREQ=DAILY;BYDAY=XX",
        ])
    func unsupported(rule: String) {
        #expect(throws: RecurrenceProblem.self) { try ICalendarRecurrence(parsing: rule) }
    }

    @Test("wall-clock times in a clock change: a skipped time uses the offset before, a repeated one its first occurrence")
    func clockChanges() throws {
        let zone = try #require(ICalendarZone(identifier: "America/New_York"))
        let spring = LocalDateTime(day: Day(iso: "2027-03-14")!, secondOfDay: 2 * 3600 + 1800)
        let fall = LocalDateTime(day: Day(iso: "2027-11-07")!, secondOfDay: 1 * 3600 + 1800)
        let springUTC = LocalDateTime(day: Day(iso: "2027-03-14")!, secondOfDay: 7 * 3600 + 1800).wallSeconds
        let fallUTC = LocalDateTime(day: Day(iso: "2027-11-07")!, secondOfDay: 5 * 3600 + 1800).wallSeconds
        #expect(zone.instant(of: spring) == springUTC)
        #expect(zone.local(at: springUTC).description == "2027-03-14 03:30")
        #expect(zone.instant(of: fall) == fallUTC)
        #expect(zone.instant(of: monday) - monday.wallSeconds == 5 * 3600)
    }

    @Test("zone names: IANA, UTC spellings, prefixed forms; unknown ones are nil")
    func zoneNames() {
        #expect(ICalendarZone(identifier: "/mozilla.org/20050126_1/Europe/Berlin")?.offset(at: 0) == 3600)
        #expect(ICalendarZone(identifier: "Etc/UTC")?.offset(at: 0) == 0)
        #expect(ICalendarZone(identifier: "Eastern Standard Time") == nil)
    }
}
