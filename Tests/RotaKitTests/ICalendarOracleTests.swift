import Foundation
import TestSupport
import Testing

@testable import RotaKit

/// Runs the Python scripts of Tests/Oracles, which read calendars with the independent
/// `icalendar` library.
enum PythonOracle {
    /// Whether `python3` can import `icalendar` 6 or later (Debian's python3-icalendar 4 is too old);
    /// checked once.
    static let isAvailable: Bool =
        (try? run(["-c", "import icalendar, sys; sys.exit(int(icalendar.__version__.split('.')[0]) < 6)"]).status) == 0

    static let unavailable: Comment =
        "python3 with the icalendar package (6 or later) is not installed (pip install 'icalendar>=6'); the independent iCalendar checks are skipped"

    /// Runs `python3 arguments…` in the package root.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = RotaPaths.rootURL
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Writes the calendar and its schedule to a fresh folder and runs `ics_check.py` on them.
    static func check(_ calendar: String, schedule: Schedule, person: String? = nil, stamp: ICalendarStamp? = nil) throws -> (status: Int32, output: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-ics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let calendarFile = folder.appendingPathComponent("schedule.ics")
        let scheduleFile = folder.appendingPathComponent("schedule.json")
        try Data(calendar.utf8).write(to: calendarFile)
        try Data(schedule.json().utf8).write(to: scheduleFile)
        var arguments = ["Tests/Oracles/ics_check.py", calendarFile.path, scheduleFile.path]
        if let person { arguments += ["--person", person] }
        if let stamp { arguments += ["--stamp", String(stamp.secondsSince1970)] }
        return try run(arguments)
    }
}

@Suite("iCalendar export, checked by the Python icalendar library", .enabled(if: PythonOracle.isAvailable, PythonOracle.unavailable))
struct ICalendarOracleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var weeks: Int
        var roles: [Role]
        var timezone: String
        var handoff: String
        var team = "Data Engineering"
        var start = "2027-01-04"
        var testDescription: String { "\(weeks) weeks from \(start), \(roles.map(\.rawValue).joined(separator: "+")), \(timezone) \(handoff)" }
    }

    @Test(
        "the library reads every event where the schedule puts it",
        arguments: [
            Case(weeks: 52, roles: [.primary], timezone: "America/New_York", handoff: "09:00"),
            Case(weeks: 104, roles: [.primary, .secondary], timezone: "Europe/Berlin", handoff: "10:30"),
            Case(weeks: 60, roles: [.primary, .secondary], timezone: "Australia/Sydney", handoff: "02:30"),
            Case(weeks: 20, roles: [.primary], timezone: "Asia/Kolkata", handoff: "00:00"),
            Case(weeks: 8, roles: [.primary], timezone: "UTC", handoff: "23:59", team: "Équipe Données — 数据工程, \"night\"; shift"),
            // Sundays when Berlin's clocks change: 02:30 does not exist on the first, happens twice on the second.
            Case(weeks: 3, roles: [.primary], timezone: "Europe/Berlin", handoff: "02:30", start: "2027-03-28"),
            Case(weeks: 3, roles: [.primary], timezone: "Europe/Berlin", handoff: "02:30", start: "2027-10-31"),
        ])
    func teamFeed(_ example: Case) throws {
        let scenario = ICalendarSample.scenario(
            weeks: example.weeks, roles: example.roles, timezone: example.timezone, handoff: example.handoff, start: example.start, team: example.team)
        let schedule = ICalendarSample.schedule(of: scenario)
        let result = try PythonOracle.check(schedule.icalendar(scenario: scenario), schedule: schedule)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("a personal feed holds exactly that person's events", arguments: ICalendarSample.people)
    func personalFeed(person: String) throws {
        let scenario = ICalendarSample.scenario(roles: [.primary, .secondary])
        let schedule = ICalendarSample.schedule(of: scenario)
        let result = try PythonOracle.check(schedule.icalendar(person: person, scenario: scenario), schedule: schedule, person: person)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the oracle itself catches a wrong handoff, an unfolded line, a missing event and a wrong VTIMEZONE")
    func oracleCatchesMistakes() throws {
        let schedule = ICalendarSample.schedule(weeks: 20)
        let good = schedule.icalendar(stamp: ICalendarSample.stamp)
        let wrongHour = good.replacingOccurrences(of: "20270111T090000", with: "20270111T080000")
        let longLine = good.replacingOccurrences(of: "X-PUBLISHED-TTL:PT12H", with: "X-PUBLISHED-TTL:PT12H" + String(repeating: "x", count: 80))
        let missing = good.replacingOccurrences(of: "UID:data-engineering-2027-01-18-primary@rota", with: "UID:something-else")
        let wrongZone = good.replacingOccurrences(of: "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400", with: "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0300")
        #expect(wrongZone != good)
        let wrongStamp = good.replacingOccurrences(of: "DTSTAMP:20261201T120000Z", with: "DTSTAMP:20270104T000000Z")
        let wrongSequence = good.replacingOccurrences(of: "SEQUENCE:0", with: "SEQUENCE:1")
        #expect(try PythonOracle.check(good, schedule: schedule, stamp: ICalendarSample.stamp).status == 0)
        for broken in [wrongHour, longLine, missing, wrongZone, wrongSequence] {
            #expect(try PythonOracle.check(broken, schedule: schedule).status == 1)
        }
        #expect(try PythonOracle.check(wrongStamp, schedule: schedule, stamp: ICalendarSample.stamp).status == 1)
    }
}
