extension Wording {
    /// `Sun 2027-07-04`.
    static func day(_ day: Day) -> String { "\(day.weekday.shortName) \(day.iso)" }

    /// `2027-06-28 – 07-04`, or `2027-12-27 – 2028-01-02` across a new year.
    static func span(_ range: DayRange) -> String {
        let last = range.last.year == range.first.year ? String(range.last.iso.dropFirst(5)) : range.last.iso
        return "\(range.first.iso) – \(last)"
    }
}
