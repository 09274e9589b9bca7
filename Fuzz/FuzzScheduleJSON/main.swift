import Foundation
import FuzzDriver
import RotaKit

// Arbitrary bytes read as the ScheduleJSON reader would; no input may crash, hang or exhaust memory.
runFuzzer { data in
    guard let text = try? SourceDocument.text(from: data, file: "fuzz.json", what: "a schedule") else { return }
    if let schedule = try? ScheduleReader.readJSON(text, file: "fuzz.json") {
        _ = schedule.json()
    }
}
