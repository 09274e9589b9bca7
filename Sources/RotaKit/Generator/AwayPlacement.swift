/// Places time away for a generated scenario: days off, week-long and two-week holidays, now and
/// then a longer leave, about `rate` of each person's days, only where the witness plan does
/// not need the person.
struct AwayPlacement: Sendable {
    let scenario: Scenario
    let witness: Witness
    let rate: Double

    /// The ranges per person (sorted, never touching) and the number of days placed in all.
    func place(_ random: inout SplitMix64) -> (ranges: [[DayRange]], days: Int) {
        let people = scenario.people.count
        let weeks = scenario.period.weeks
        let days = 7 * weeks
        let period = scenario.period
        // Never more than 30% of the team away in one week, and always enough people left for
        // every window of min-gap-weeks to have its roles × min-gap-weeks different people.
        let needed = scenario.rules.roles.count * scenario.rules.minGapWeeks
        let cap = min(max(1, (3 * people) / 10), people - needed)
        guard rate > 0, cap > 0 else { return (Array(repeating: [], count: people), 0) }

        let targets = (0..<people).map { _ in Int((rate * Double(days) * (0.8 + 0.4 * random.unit())).rounded()) }
        var coverDates = Array(repeating: [Day](), count: people)
        for (h, p) in witness.covers.enumerated() { coverDates[p].append(witness.holidays[h].date) }
        var awayInWeek = Array(repeating: Array(repeating: false, count: weeks + 1), count: people)
        var awayCount = Array(repeating: 0, count: weeks + 1)
        var ranges = Array(repeating: [DayRange](), count: people)
        var placed = Array(repeating: 0, count: people)

        func fits(_ range: DayRange, for p: Int) -> Bool {
            let first = period.week(containing: range.first)!
            let last = period.week(containing: range.last)!
            for w in first...last {
                if witness.onCallWeeks[p].contains(w) { return false }
                if !awayInWeek[p][w] && awayCount[w] >= cap { return false }
                for q in witness.partners[p] where awayInWeek[q][w] { return false }
            }
            if coverDates[p].contains(where: range.contains) { return false }
            // Keep a working day between two ranges of one person, so that ranges stay distinct.
            let padded = DayRange(range.first.adding(days: -1), range.last.adding(days: 1))
            return !ranges[p].contains { $0.overlaps(padded) }
        }

        // Rounds over the team in a random order, one range per person per round, so that the
        // caps and partners constrain everybody alike rather than whoever comes last.
        let order = random.shuffled(Array(0..<people))
        for _ in 0..<80 {
            var progressed = false
            for p in order where placed[p] < targets[p] {
                let remaining = targets[p] - placed[p]
                for _ in 0..<12 {
                    var length = Self.drawLength(&random)
                    if length > remaining + 2 { length = max(1, remaining) }
                    guard length <= days else { break }
                    var start = random.below(days - length + 1)
                    if length >= 5 {
                        // Longer time away starts on a Saturday or a Monday.
                        let weekday = period.start.adding(days: start).weekday
                        let target: Weekday = random.chance(0.5) ? .saturday : .monday
                        start -= (weekday.rawValue - target.rawValue + 7) % 7
                        if start < 0 { continue }
                    }
                    let first = period.start.adding(days: start)
                    let range = DayRange(first, first.adding(days: length - 1))
                    guard fits(range, for: p) else { continue }
                    ranges[p].append(range)
                    placed[p] += length
                    for w in period.week(containing: range.first)!...period.week(containing: range.last)! where !awayInWeek[p][w] {
                        awayInWeek[p][w] = true
                        awayCount[w] += 1
                    }
                    progressed = true
                    break
                }
            }
            if !progressed { break }
        }
        let sorted = ranges.map { $0.sorted { $0.first < $1.first } }
        return (sorted, placed.reduce(0, +))
    }

    /// Days off (1–3), a week's holiday (5–9), two weeks (10–16) or a longer leave (17–23).
    private static func drawLength(_ random: inout SplitMix64) -> Int {
        let u = random.unit()
        if u < 0.35 { return random.int(in: 1...3) }
        if u < 0.75 { return random.int(in: 5...9) }
        if u < 0.93 { return random.int(in: 10...16) }
        return random.int(in: 17...23)
    }
}
