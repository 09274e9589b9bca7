/// The small phrases checker and report messages are built from, so that every sentence names
/// weeks, dates and numbers the same way. Phrases about days live beside `Day`
/// (`Calendar/Day+Wording.swift`), phrases about weeks of a period beside `Period`
/// (`Scenario/Period+Wording.swift`).
enum Wording {
    /// `1`, `0.5`, `13.333`: ``Numbers/threeDecimals(_:)``.
    static func number(_ value: Double) -> String { Numbers.threeDecimals(value) }

    /// `+2`, `-0.5`, `0`: ``Numbers/signedThreeDecimals(_:)``.
    static func signed(_ value: Double) -> String { Numbers.signedThreeDecimals(value) }

    /// `Alice`, `Alice and Bob`, `Alice, Bob and Charlie`.
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
        }
    }

    /// `1 week`, `3 weeks`.
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// `weeks 3, 7 and 11`, shortened to the first `limit` and a count of the rest.
    static func weekNumbers(_ weeks: [Int], limit: Int = 6) -> String {
        let shown = weeks.prefix(limit).map(String.init)
        let rest = weeks.count - shown.count
        let noun = weeks.count == 1 ? "week" : "weeks"
        if rest > 0 { return "\(noun) \(shown.joined(separator: ", ")) and \(rest) more" }
        return "\(noun) \(list(shown))"
    }
}
