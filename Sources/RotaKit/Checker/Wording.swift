/// The small phrases checker and report messages are built from, so that every sentence names
/// weeks, dates and numbers the same way.
enum Wording {
    /// `Sun 2027-07-04`.
    static func day(_ day: Day) -> String { "\(day.weekday.shortName) \(day.iso)" }

    /// `2027-06-28 – 07-04`, or `2027-12-27 – 2028-01-02` across a new year.
    static func span(_ range: DayRange) -> String {
        let last = range.last.year == range.first.year ? String(range.last.iso.dropFirst(5)) : range.last.iso
        return "\(range.first.iso) – \(last)"
    }

    /// `week 26 (2027-06-28 – 07-04)`.
    static func week(_ week: Int, of period: Period) -> String {
        "week \(week) (\(span(period.dates(ofWeek: week))))"
    }

    /// `weeks 28–29 (2027-07-12 – 07-25)`, or the single-week form.
    static func weeks(_ first: Int, _ last: Int, of period: Period) -> String {
        if first == last { return week(first, of: period) }
        let range = DayRange(period.dates(ofWeek: first).first, period.dates(ofWeek: last).last)
        return "weeks \(first)–\(last) (\(span(range)))"
    }

    /// `1`, `0.5`, `13.333`: whole numbers without a fraction, others to three decimals.
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { text = String(Int(rounded)) }
        return text
    }

    /// `+2`, `-0.5`, `0`.
    static func signed(_ value: Double) -> String {
        let text = number(value)
        return value > 0.0005 ? "+" + text : (text == "-0" ? "0" : text)
    }

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
