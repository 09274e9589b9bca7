import Foundation
import FuzzDriver
import RotaKit

// Arbitrary bytes read by every iCalendar reader: the schedule import, a public-holiday feed
// (`calendar: FILE.ics`) and a leave calendar (`away-calendar:`). No input may crash, hang or
// exhaust memory.
let people = [
    Person(name: "Alice", email: "alice@example.com"), Person(name: "Bob", email: "bob@example.com"),
    Person(name: "Charlie"), Person(name: "David"),
]
let period = Period(start: Day(year: 2027, month: 1, day: 4)!, weeks: 52, timezone: "America/New_York")

runFuzzer { data in
    guard let text = try? SourceDocument.text(from: data, file: "fuzz.ics", what: "a calendar") else { return }
    if let schedule = try? ScheduleReader.readICalendar(text, file: "fuzz.ics", scenario: nil) {
        _ = schedule.icalendar()
    }
    _ = try? HolidayFeed.read(text, file: "fuzz.ics")
    _ = try? LeaveCalendar.read(text, file: "fuzz.ics", people: people, period: period)
}
