import Foundation
import FuzzDriver
import RotaKit

// Arbitrary bytes read as the ICalendar reader would; no input may crash, hang or exhaust memory.
runFuzzer { data in
    guard let text = try? SourceDocument.text(from: data, file: "fuzz.ics", what: "a calendar") else { return }
    if let schedule = try? ScheduleReader.readICalendar(text, file: "fuzz.ics", scenario: nil) {
        _ = schedule.icalendar()
    }
}
