extension Wording {
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
}
