import Foundation
import Testing

@testable import RotaKit

/// Hand-built schedules for the iCalendar tests: the seed team of four, the seed's eight
/// pipelines, a round-robin rotation and the seed's six holidays (no solver needed).
enum ICalendarSample {
    static let people = ["Alice", "Bob", "Charlie", "David"]
    /// A fixed DTSTAMP, 2026-12-01 12:00Z, as SOURCE_DATE_EPOCH would set it.
    static let stamp = ICalendarStamp(secondsSince1970: 1_796_126_400)
    static let holidayNames = ["New Year's Day", "Memorial Day", "Independence Day", "Labor Day", "Thanksgiving Day", "Christmas Day"]
    static let weights: [String: Double] = ["Christmas Day": 2, "Thanksgiving Day": 2]
    static let pipelines = [
        PipelineOwners(name: "Profit", investors: false, primary: "Alice", secondary: "Bob"),
        PipelineOwners(name: "Unit-level Profit (Experiments)", investors: false, primary: "Charlie", secondary: "Alice"),
        PipelineOwners(name: "Aggregate Profit", investors: true, primary: "Bob", secondary: "Charlie"),
        PipelineOwners(name: "Growth", investors: false, primary: "David", secondary: "Alice"),
        PipelineOwners(name: "Daily Growth (Experiments)", investors: false, primary: "Alice", secondary: "David"),
        PipelineOwners(name: "Aggregate Growth", investors: true, primary: "Bob", secondary: "David"),
        PipelineOwners(name: "Engagement", investors: false, primary: "Charlie", secondary: "Bob"),
        PipelineOwners(name: "Aggregate Engagement", investors: true, primary: "David", secondary: "Charlie"),
    ]

    /// The scenario the schedule is a plan of: the people with e-mail addresses.
    static func scenario(
        weeks: Int = 52, roles: [Role] = [.primary], timezone: String = "America/New_York", handoff: String = "09:00",
        start: String = "2027-01-04", team: String = "Data Engineering"
    ) -> Scenario {
        Scenario(
            team: team,
            period: Period(start: Day(iso: start)!, weeks: weeks, handoff: HandoffTime(parsing: handoff)!, timezone: timezone),
            people: people.map { Person(name: $0, email: "\($0.lowercased())@example.com") },
            holidays: HolidaySettings(calendar: .usFederal, only: holidayNames, weights: weights),
            pipelines: pipelines.map { Pipeline(name: $0.name, investors: $0.investors, primary: $0.primary, secondary: $0.secondary) },
            rules: Rules(roles: roles))
    }

    /// A round-robin plan of `scenario`: week *i*'s primary is person *i* + `shift`, its secondary
    /// the person two after; each holiday is covered by someone holding no role that week.
    static func schedule(of scenario: Scenario, shift: Int = 0) -> Schedule {
        let count = people.count
        let weeks = scenario.period.weekNumbers.map { number in
            let dates = scenario.period.dates(ofWeek: number)
            var oncall: [Role: String] = [.primary: people[(number - 1 + shift) % count]]
            if scenario.rules.roles.contains(.secondary) { oncall[.secondary] = people[(number + 1 + shift) % count] }
            return ScheduledWeek(week: number, start: dates.first, end: dates.last, oncall: oncall)
        }
        let holidays = scenario.holidaysInPeriod().map { holiday in
            HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: people[(holiday.week + 2 + shift) % count])
        }
        return Schedule(
            team: scenario.team, period: scenario.period, people: people.map { ScheduledPerson(name: $0) }, weeks: weeks,
            holidays: holidays, pipelines: pipelines)
    }

    static func schedule(weeks: Int = 52, roles: [Role] = [.primary], timezone: String = "America/New_York", handoff: String = "09:00") -> Schedule {
        schedule(of: scenario(weeks: weeks, roles: roles, timezone: timezone, handoff: handoff))
    }
}

/// Unfolded content lines of a calendar, for looking at what was written.
private func contentLines(_ text: String) -> [String] {
    ICalendarParser.unfoldedLines(text).map(\.text).filter { !$0.isEmpty }
}

/// The content lines of each VEVENT.
private func events(_ text: String) -> [[String]] {
    var result: [[String]] = []
    var current: [String]?
    for line in contentLines(text) {
        if line == "BEGIN:VEVENT" {
            current = []
        } else if line == "END:VEVENT" {
            result.append(current!)
            current = nil
        } else {
            current?.append(line)
        }
    }
    return result
}

private func value(_ name: String, in event: [String]) -> String? {
    event.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }.map { String($0[$0.index(after: $0.firstIndex(of: ":")!)...]) }
}

@Suite("iCalendar export")
struct ICalendarExportTests {
    @Test("a team feed has the header, a VTIMEZONE, one event per week and role and one per holiday cover")
    func teamFeed() throws {
        let schedule = ICalendarSample.schedule(roles: [.primary, .secondary])
        let text = schedule.icalendar()
        let lines = contentLines(text)
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.last == "END:VCALENDAR")
        #expect(lines.contains("PRODID:-//Rota//Rota on-call planner//EN"))
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.contains("X-WR-CALNAME:Data Engineering on call"))
        #expect(lines.contains("TZID:America/New_York"))
        #expect(events(text).count == 52 * 2 + 6)
        let first = try #require(events(text).first)
        #expect(value("UID", in: first) == "data-engineering-2027-01-04-primary@rota")
        #expect(first.contains("DTSTART;TZID=America/New_York:20270104T090000"))
        #expect(first.contains("DTEND;TZID=America/New_York:20270111T090000"))
        #expect(value("SUMMARY", in: first) == "On call (primary): Alice")
        #expect(value("DTSTAMP", in: first)?.hasSuffix("Z") == true)
        #expect(value("SEQUENCE", in: first) == "0")
    }

    @Test("DTSTAMP is the stamp given: SOURCE_DATE_EPOCH when the environment sets it")
    func stamp() throws {
        let text = ICalendarSample.schedule().icalendar(stamp: ICalendarSample.stamp)
        #expect(events(text).allSatisfy { value("DTSTAMP", in: $0) == "20261201T120000Z" })
        #expect(ICalendarStamp.current(environment: ["SOURCE_DATE_EPOCH": "1796126400"]) == ICalendarSample.stamp)
        #expect(ICalendarStamp.current(environment: ["SOURCE_DATE_EPOCH": "0"]).icalendarText == "19700101T000000Z")
        // Not a number: the time of writing, which is after the stamp above.
        #expect(ICalendarStamp.current(environment: ["SOURCE_DATE_EPOCH": "soon"]).secondsSince1970 > 1_700_000_000)
    }

    @Test("SEQUENCE: an event whose person changed gets the previous sequence plus one; the rest keep theirs")
    func sequence() throws {
        let scenario = ICalendarSample.scenario(roles: [.primary, .secondary])
        let plan = ICalendarSample.schedule(of: scenario)
        var changed = plan
        changed.weeks[2].oncall[.primary] = "David"
        changed.holidays[0].cover = changed.holidays[0].cover == "Alice" ? "Bob" : "Alice"
        let once = changed.sequenced(after: plan)
        #expect(once.weeks[2].sequence == [.primary: 1])
        #expect(once.weeks.enumerated().allSatisfy { $0.offset == 2 || $0.element.sequence.isEmpty })
        #expect(once.holidays[0].sequence == 1 && once.holidays.dropFirst().allSatisfy { $0.sequence == 0 })
        // A second change of the same event rises again; an unchanged what-if keeps the numbers.
        var again = once
        again.weeks[2].oncall[.primary] = "Bob"
        let twice = again.sequenced(after: once)
        #expect(twice.weeks[2].sequence == [.primary: 2])
        #expect(once.sequenced(after: once) == once)
        let text = twice.icalendar(stamp: ICalendarSample.stamp)
        let week3 = try #require(events(text).first { value("UID", in: $0) == "data-engineering-\(plan.weeks[2].start.iso)-primary@rota" })
        #expect(value("SEQUENCE", in: week3) == "2")
        // Stored in the schedule's JSON only where not 0, and read back.
        #expect(!plan.json().contains("sequence"))
        let json = twice.json()
        #expect(json.contains("\"sequence\""))
        let read = try ScheduleReader.readJSON(json, file: "plan.json")
        #expect(read.weeks[2].sequence == [.primary: 2])
        #expect(read.holidays[0].sequence == 1)
    }

    @Test("the description lists what the holder owns, investor pipelines marked, and who holds the other role")
    func description() throws {
        let text = ICalendarSample.schedule(roles: [.primary, .secondary]).icalendar()
        let first = try #require(events(text).first)
        let description = try #require(value("DESCRIPTION", in: first)).replacingOccurrences(of: "\\n", with: "\n")
        #expect(description.contains("Secondary on call: Charlie."))
        #expect(description.contains("Alice owns:\n- Profit (primary owner)\n"))
        #expect(description.contains("- Growth (secondary owner)"))
        let bob = try #require(events(text).first { value("SUMMARY", in: $0) == "On call (primary): Bob" })
        #expect(try #require(value("DESCRIPTION", in: bob)).contains("- Aggregate Profit (primary owner\\, reports to investors)"))
    }

    @Test("holiday covers are all-day events with a stable UID")
    func holidays() throws {
        let text = ICalendarSample.schedule().icalendar()
        let christmas = try #require(events(text).first { value("UID", in: $0) == "data-engineering-holiday-2027-12-25@rota" })
        #expect(christmas.contains("DTSTART;VALUE=DATE:20271225"))
        #expect(christmas.contains("DTEND;VALUE=DATE:20271226"))
        #expect(value("SUMMARY", in: christmas)?.hasPrefix("Holiday cover: Christmas Day — ") == true)
        #expect(christmas.contains("X-ROTA-HOLIDAY-WEIGHT:2"))
        let memorial = try #require(events(text).first { value("UID", in: $0) == "data-engineering-holiday-2027-05-31@rota" })
        #expect(!memorial.contains { $0.hasPrefix("X-ROTA-HOLIDAY-WEIGHT") })
    }

    @Test("two holidays on one date get UIDs told apart by name")
    func sharedHolidayDate() {
        var schedule = ICalendarSample.schedule()
        schedule.holidays.append(HolidayCover(name: "Company Day", date: Day(iso: "2027-12-25")!, weight: 1, cover: "David"))
        let uids = events(schedule.icalendar()).compactMap { value("UID", in: $0) }.filter { $0.contains("2027-12-25") }
        #expect(Set(uids) == ["data-engineering-holiday-2027-12-25-christmas-day@rota", "data-engineering-holiday-2027-12-25-company-day@rota"])
    }

    @Test("equal schedules give the same bytes, however they were built, and a re-plan keeps every UID")
    func deterministicAndStable() {
        let scenario = ICalendarSample.scenario(roles: [.primary, .secondary])
        let plan = ICalendarSample.schedule(of: scenario)
        // The same plan with every week's roles inserted in the opposite order: equal, so the
        // calendar must not depend on the order a dictionary happens to hold them in.
        var rebuilt = plan
        for index in rebuilt.weeks.indices {
            rebuilt.weeks[index].oncall = Dictionary(uniqueKeysWithValues: plan.weeks[index].oncall.reversed())
        }
        #expect(rebuilt == plan)
        #expect(rebuilt.icalendar(stamp: ICalendarSample.stamp) == plan.icalendar(stamp: ICalendarSample.stamp))
        let replan = ICalendarSample.schedule(of: scenario, shift: 1)
        let uids = { (text: String) in events(text).compactMap { value("UID", in: $0) } }
        #expect(plan.icalendar() != replan.icalendar())
        #expect(uids(plan.icalendar()) == uids(replan.icalendar()))
        #expect(Set(uids(plan.icalendar())).count == uids(plan.icalendar()).count)
    }

    @Test("a personal feed holds only that person's weeks and holiday covers")
    func personalFeed() {
        let schedule = ICalendarSample.schedule(roles: [.primary, .secondary])
        let text = schedule.icalendar(person: "bob")
        let summaries = events(text).compactMap { value("SUMMARY", in: $0) }
        let weeks = schedule.weeks.reduce(0) { $0 + $1.oncall.values.filter { $0 == "Bob" }.count }
        let covers = schedule.holidays.filter { $0.cover == "Bob" }.count
        #expect(summaries.count == weeks + covers)
        #expect(summaries.allSatisfy { $0.hasSuffix(": Bob") || $0.hasSuffix("— Bob") })
        #expect(contentLines(text).contains("X-WR-CALNAME:Data Engineering on call: Bob"))
        #expect(schedule.icalendarPersonName(matching: "BOB") == "Bob")
        #expect(schedule.icalendarPersonName(matching: "Eve") == nil)
    }

    @Test("a scenario's e-mail addresses become attendees")
    func attendees() throws {
        let scenario = ICalendarSample.scenario()
        let text = ICalendarSample.schedule(of: scenario).icalendar(scenario: scenario)
        let first = try #require(events(text).first)
        #expect(first.contains("ATTENDEE;CN=Alice:mailto:alice@example.com"))
        #expect(!ICalendarSample.schedule(of: scenario).icalendar().contains("ATTENDEE"))
    }

    @Test("the VTIMEZONE lists the zone's offset changes in the years covered")
    func timeZone() {
        let text = ICalendarSample.schedule().icalendar()
        let lines = contentLines(text)
        let start = lines.firstIndex(of: "BEGIN:VTIMEZONE")!
        let end = lines.firstIndex(of: "END:VTIMEZONE")!
        #expect(
            Array(lines[start...end]) == [
                "BEGIN:VTIMEZONE", "TZID:America/New_York",
                "BEGIN:STANDARD", "DTSTART:20270101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:20270314T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
                "BEGIN:STANDARD", "DTSTART:20271107T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:20280312T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
                "BEGIN:STANDARD", "DTSTART:20281105T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
                "END:VTIMEZONE",
            ])
    }

    @Test(
        "zones without clock changes get one observance; odd offsets keep their minutes",
        arguments: [("UTC", "+0000"), ("Asia/Kolkata", "+0530"), ("Asia/Tokyo", "+0900")])
    func fixedZones(zone: String, offset: String) {
        let text = ICalendarSample.schedule(weeks: 4, timezone: zone).icalendar()
        let lines = contentLines(text)
        #expect(lines.filter { $0.hasPrefix("TZOFFSETTO:") } == ["TZOFFSETTO:\(offset)"])
        #expect(lines.contains("DTSTART;TZID=\(zone):20270104T090000"))
    }

    @Test("every line is at most 75 octets and ends with CRLF, even with long non-ASCII names")
    func folding() {
        var schedule = ICalendarSample.schedule(weeks: 4)
        schedule.team = "Équipe Données — 数据工程 🚀 Sehr lange Teambezeichnung, mit Kommas; und Semikolons"
        schedule.weeks[0].oncall[.primary] = "Zoë Ångström-Ñúñez 🙂 née \"Quoted\""
        let text = schedule.icalendar()
        let physical = text.components(separatedBy: "\r\n")
        #expect(physical.last == "")
        for line in physical.dropLast() {
            #expect(line.utf8.count <= 75)
            #expect(!line.contains("\n") && !line.contains("\r"))
        }
        #expect(contentLines(text).contains("UID:equipe-donnees-sehr-lange-teambezeichnung-mit-kommas-und-semikolons-2027-01-04-primary@rota"))
        let summary = events(text).first.flatMap { value("SUMMARY", in: $0) }
        #expect(summary.map(ICalendarParser.unescapedText) == "On call (primary): Zoë Ångström-Ñúñez 🙂 née \"Quoted\"")
    }
}
