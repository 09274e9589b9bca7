extension DayRange {
    /// The fewest ranges that cover exactly `days` (in any order, repeats allowed), in date order.
    public static func merging(_ days: [Day]) -> [DayRange] {
        var ranges: [DayRange] = []
        for day in Set(days).sorted() {
            if let last = ranges.last, last.last.adding(days: 1) == day {
                ranges[ranges.count - 1].last = day
            } else {
                ranges.append(DayRange(day))
            }
        }
        return ranges
    }
}
