import Foundation
import FuzzDriver
import RotaKit

// Arbitrary bytes read as the ScheduleCSV reader would; no input may crash, hang or exhaust memory.
runFuzzer { data in
    guard let text = try? SourceDocument.text(from: data, file: "fuzz.csv", what: "a schedule") else { return }
    if let schedule = try? ScheduleReader.readCSV(text, file: "fuzz.csv", scenario: nil) {
        _ = schedule.csv()
    }
}
