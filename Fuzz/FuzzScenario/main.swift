import Foundation
import FuzzDriver
import RotaKit

// Arbitrary bytes read as the Scenario reader would; no input may crash, hang or exhaust memory.
runFuzzer { data in
    let file = data.first.map { $0 % 2 == 0 } == true ? "fuzz.json" : "fuzz.yaml"
    guard let text = try? SourceDocument.text(from: data, file: file, what: "a scenario") else { return }
    if let loaded = try? ScenarioReader.read(text, file: file) {
        // A scenario that reads must also digest: holidays, shares, availability.
        _ = PlanningInput(scenario: loaded.scenario)
    }
}
