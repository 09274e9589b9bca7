import Foundation
import FuzzDriver
import RotaKit

// Arbitrary bytes read as a paging tool's response (PagerDuty GET /schedules/{id} or /oncalls,
// Opsgenie timeline), with and without a scenario; no input may crash, hang or exhaust memory.
let scenario = Scenario(
    team: "Fuzz", period: Period(start: Day(iso: "2027-01-04")!, weeks: 8, timezone: "Europe/Berlin"),
    people: ["Alice", "Bob", "Charlie"].map { Person(name: $0, email: "\($0.lowercased())@example.com") },
    holidays: HolidaySettings(calendar: .usFederal), pipelines: [], rules: Rules(roles: [.primary, .secondary]))

runFuzzer { data in
    guard let text = try? SourceDocument.text(from: data, file: "fuzz.json", what: "a schedule") else { return }
    for context in [scenario, nil] {
        if let imported = try? ScheduleReader.importPagingTool(text, file: "fuzz.json", scenario: context) {
            _ = imported.schedule.json()
        }
    }
}
