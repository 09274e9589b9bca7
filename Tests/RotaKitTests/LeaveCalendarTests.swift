import Foundation
import RotaKit
import TestSupport
import Testing

/// Leave calendars in three tools' styles (Fixtures/calendars): an HR system's export with the
/// employee as attendee, a shared Google "out of office" calendar with names in the summaries,
/// and an Outlook calendar with organizers, a cancelled event, a free one and a weekly recurrence.
@Suite("Time away from leave calendars")
struct LeaveCalendarTests {
    static let people = [
        person("Alice Smith", "alice@example.com"), person("Bob Baker", "bob@example.com"),
        person("Charlie Davis", "charlie@example.com"), person("David Evans", "david@example.com"),
    ]
    static let period = Period(start: Day(iso: "2027-01-04")!, weeks: 52, timezone: "Europe/London")

    static func person(_ name: String, _ email: String) -> Person { Person(name: name, email: email) }

    private func read(_ file: String, period: Period = Self.period) throws -> LeaveCalendar {
        try LeaveCalendar.load(path: RotaPaths.fixture("calendars/" + file), people: Self.people, period: period)
    }

    private func dates(_ leave: LeaveCalendar) -> [String: [String]] { leave.away.mapValues { $0.map(\.iso) } }

    @Test("an HR export: attendees by email (any case); all-day DTEND is exclusive; a timed event makes its date away")
    func attendees() throws {
        let leave = try read("leave-attendees.ics")
        #expect(
            dates(leave) == [
                "Alice Smith": ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"],
                "Bob Baker": ["2027-04-12"],
                // Alice is an optional attendee of Charlie's sick leave; the summary names Charlie.
                "Charlie Davis": ["2027-05-17", "2027-05-18"],
            ])
        // Dana is not on the team; the December 2026 leave is before the period and not reported.
        #expect(leave.unmatched.map { "\($0.summary) \($0.dates) line \($0.line)" } == ["Dana Fox - Vacation (approved) 2027-06-07..2027-06-11 line 34"])
        #expect(
            leave.warnings.map(\.description) == [
                "\(RotaPaths.fixture("calendars/leave-attendees.ics")):34: warning: \"Dana Fox - Vacation (approved)\" on 2027-06-07..2027-06-11 names nobody in the team; ignored (give the person's email in the scenario, or their name in the event's title)"
            ])
    }

    @Test("a shared out-of-office calendar: names in the summary; free events ignored; a timed event in the period's zone")
    func namesInSummary() throws {
        let leave = try read("leave-names.ics")
        #expect(
            dates(leave) == [
                // "Alice OOO" on 10–11 May is marked free (TRANSP:TRANSPARENT) and ignored.
                "Alice Smith": ["2027-05-24", "2027-05-25"],
                // 22:00Z on 1 June to 00:00Z on 3 June is 23:00 to 01:00 in London (BST): three dates.
                "Bob Baker": ["2027-06-01", "2027-06-02", "2027-06-03"],
            ])
        #expect(leave.unmatched.map(\.summary) == ["Offsite planning"])
    }

    @Test("a timed event touches the dates of the period's zone, not UTC's")
    func zoneDecides() throws {
        let newYork = Period(start: Day(iso: "2027-01-04")!, weeks: 52, timezone: "America/New_York")
        // 22:00Z on 1 June to 00:00Z on 3 June is 18:00 on 1 June to 20:00 on 2 June in New York.
        #expect(dates(try read("leave-names.ics", period: newYork))["Bob Baker"] == ["2027-06-01", "2027-06-02"])
    }

    @Test("Outlook: the organizer is away; cancelled and free events are ignored; a weekly recurrence is expanded")
    func organizer() throws {
        let leave = try read("leave-outlook.ics")
        #expect(
            dates(leave) == [
                "Charlie Davis": ["2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08", "2027-07-09"],
                // Midnight to midnight on four Fridays: each touches its own date only.
                "David Evans": ["2027-09-03", "2027-09-10", "2027-09-17", "2027-09-24"],
            ])
        #expect(leave.unmatched.isEmpty && leave.warnings.isEmpty)
    }

    @Test("dates outside the period do not count")
    func periodOnly() throws {
        let march = Period(start: Day(iso: "2027-03-01")!, weeks: 1, timezone: "Europe/London")
        let leave = try read("leave-attendees.ics", period: march)
        #expect(dates(leave) == ["Alice Smith": ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05"]])
        #expect(leave.unmatched.isEmpty)
    }

    @Test("yearly events repeat: a holiday feed's Christmas and Thanksgiving, a birthday off every year; a schedule still refuses them")
    func yearly() throws {
        let feed = """
            BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Apple Inc.//Holidays//EN\r\n\
            BEGIN:VEVENT\r\nUID:xmas\r\nDTSTART;VALUE=DATE:19991225\r\nDTEND;VALUE=DATE:19991226\r\n\
            RRULE:FREQ=YEARLY\r\nSUMMARY:Christmas Day\r\nEND:VEVENT\r\n\
            BEGIN:VEVENT\r\nUID:thanks\r\nDTSTART;VALUE=DATE:20001123\r\nDTEND;VALUE=DATE:20001124\r\n\
            RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\r\nSUMMARY:Thanksgiving\r\nEND:VEVENT\r\n\
            END:VCALENDAR\r\n
            """
        let holidays = try HolidayFeed.read(feed, file: "holidays.ics").days
        let in2027 = holidays.filter { $0.date.year == 2027 }.map { "\($0.name) \($0.date.iso)" }
        #expect(in2027 == ["Thanksgiving 2027-11-25", "Christmas Day 2027-12-25"])
        #expect(holidays.last?.date.year == 2199)

        let birthday = feed.replacingOccurrences(of: "SUMMARY:Christmas Day", with: "SUMMARY:Bob Baker birthday off")
        let leave = try LeaveCalendar.read(birthday, file: "pto.ics", people: Self.people, period: Self.period)
        #expect(dates(leave)["Bob Baker"] == ["2027-12-25"])

        #expect(throws: InputErrors.self) { try ScheduleReader.readICalendar(feed, file: "oncall.ics", scenario: nil) }
    }

    @Test("a file that is not iCalendar is an error naming it")
    func notICalendar() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-leave-\(UUID().uuidString).ics")
        try "name,start\nAlice,2027-03-01\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: InputErrors.self) { try LeaveCalendar.load(path: file.path, people: Self.people, period: Self.period) }
    }
}
