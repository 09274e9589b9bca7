import MIP

/// Holiday covers: one cover per holiday (coverage, availability), who may cover it
/// (holiday-cover), and how evenly the covers are spread (holidays). See `docs/rules.md`.
extension Formulation {
    /// The holidays' variables and rows, in the order the LP file lists them: per holiday its
    /// `holiday[h]` row then its holiday-cover rows, then the spread.
    mutating func addHolidayCovers() {
        let people = input.people.indices
        let holidays = input.holidays
        guard !holidays.isEmpty else { return }
        // availability: `cover[p,h]` exists only when p is not away on the holiday's date.
        cover = people.map { p in
            holidays.indices.map { h -> Variable? in
                input.awayOnHoliday[p][h] ? nil : model.addVariable("cover[\(personName(p)),\(holidayName(h))]", kind: .binary)
            }
        }
        for h in holidays.indices {
            // coverage: exactly one cover per holiday.
            let covers = people.compactMap { cover[$0][h] }
            model.add("holiday[\(holidayName(h))]", LinearExpression(sum: covers) == 1)
            if !relaxed.contains(.holidayCover) { addHolidayCoverRule(holiday: h) }
        }
        addHolidaySpread()
        addRepeatCovers()
    }

    /// **holiday-cover** for holiday `h`: `not_week_owner[p,h]` (the cover holds no role that
    /// week) or `week_owner[p,h]` (the cover is the week's primary); nothing for `anyone`.
    private mutating func addHolidayCoverRule(holiday h: Int) {
        let primary = input.roles.firstIndex(of: .primary)!
        let w = input.holidays[h].week
        for p in input.people.indices {
            guard let c = cover[p][h] else { continue }
            let roleVariables = onCall[p][w - 1].compactMap { $0 }
            switch input.scenario.rules.holidayCover {
            case .notWeekOwner:
                if !roleVariables.isEmpty {
                    model.add("not_week_owner[\(personName(p)),\(holidayName(h))]", LinearExpression(c) + LinearExpression(sum: roleVariables) <= 1)
                }
            case .weekOwner:
                if let x = onCall[p][w - 1][primary] {
                    model.add("week_owner[\(personName(p)),\(holidayName(h))]", LinearExpression(c) - x == 0)
                } else {
                    model.fix(c, to: 0)
                }
            case .anyone:
                break
            }
        }
    }

    /// **holidays**: `holiday_most[p]`, `holiday_least[p]` and `holiday_spread`, the weighted
    /// holiday counts (history included) of the people on the team all period differ by at most
    /// the largest single weight (the spread row is left out when holidays are relaxed).
    private mutating func addHolidaySpread() {
        let people = input.people.indices
        let holidays = input.holidays
        // Weighted holiday counts (history included) differ by at most the largest single weight.
        let largestWeight = holidays.map(\.weight).max() ?? 1
        // With whole weights the counts are whole, so the busiest person carries at least
        // ceil(total / N) and the least busy at most floor(total / N): bounds the LP relaxation
        // cannot see on its own, and without which proving the spread optimal takes minutes.
        let historyWeights = input.people.map { input.history.holidayWeight[$0.name] ?? 0 }
        let whole = (holidays.map(\.weight) + historyWeights).allSatisfy { $0 == $0.rounded() }
        // With weights in halves (or any common divisor g) the counts are multiples of g, and so
        // is the spread: the same bounds hold rounded to g, and the spread's bound is rounded up
        // to g (GLPK otherwise holds 2.0 against a bound of 1.93 for ever, see docs/Formulation.md).
        let step = whole ? nil : Objective.commonDivisor(of: holidays.map(\.weight) + historyWeights)
        func roundedUp(_ value: Double) -> Double {
            if whole { return value.rounded(.up) }
            guard let step else { return value }
            return ((value / step) - 1e-9).rounded(.up) * step
        }
        func roundedDown(_ value: Double) -> Double {
            if whole { return value.rounded(.down) }
            guard let step else { return value }
            return ((value / step) + 1e-9).rounded(.down) * step
        }
        // The spread is over the people on the team for the whole period: someone who joins or
        // leaves part-way cannot be held to a full year's holidays. Those full members carry at
        // least their history plus every holiday nobody else can cover, and at most their history
        // plus every holiday; and a holiday only they can cover puts its whole weight on one of them.
        let period = input.scenario.period
        let fullMembers = people.filter { input.people[$0].isMember(during: period.days) }
        let partMembers = people.filter { !input.people[$0].isMember(during: period.days) }
        let onlyFull = holidays.indices.filter { h in partMembers.allSatisfy { cover[$0][h] == nil } }
        let fullHistory = fullMembers.reduce(0) { $0 + historyWeights[$1] }
        let carriedAtLeast = fullHistory + onlyFull.reduce(0) { $0 + holidays[$1].weight }
        let carriedAtMost = fullHistory + holidays.reduce(0) { $0 + $1.weight }
        let bounded = !fullMembers.isEmpty && !relaxed.contains(.holidays)
        let share = (low: carriedAtLeast / Double(max(fullMembers.count, 1)), high: carriedAtMost / Double(max(fullMembers.count, 1)))
        let heaviest = onlyFull.map { holidays[$0].weight }.max() ?? 0
        let most = model.addVariable(
            "holiday_most", kind: whole ? .integer : .continuous,
            lowerBound: bounded ? max(roundedUp(share.low), heaviest) : 0)
        let least = model.addVariable(
            "holiday_least", kind: whole ? .integer : .continuous, lowerBound: 0,
            upperBound: bounded ? roundedDown(share.high) : nil)
        for p in fullMembers {
            var weight = LinearExpression(constant: input.history.holidayWeight[personName(p)] ?? 0)
            for h in holidays.indices {
                if let c = cover[p][h] { weight.add(c, coefficient: holidays[h].weight) }
            }
            model.add("holiday_most[\(personName(p))]", LinearExpression(most) >= weight)
            model.add("holiday_least[\(personName(p))]", LinearExpression(least) <= weight)
        }
        if !relaxed.contains(.holidays) { model.add("holiday_spread", most - least <= largestWeight) }
        holidaySpread = most - least
        holidaySpreadStep = step
    }

    /// **holidays** across years (history): covering a holiday again is an objective level, not a row.
    private mutating func addRepeatCovers() {
        let people = input.people.indices
        let holidays = input.holidays

        // Rotation across years: last year's cover of a holiday costs 1 to repeat, earlier covers
        // 0.1 each, so nobody covers the same holiday two years running when someone else can,
        // and over more years the major holidays go round.
        var repeats = LinearExpression()
        for (h, holiday) in holidays.enumerated() {
            let last = input.history.lastCover[holiday.name]
            for p in people {
                guard let c = cover[p][h] else { continue }
                let name = personName(p)
                let earlier = input.history.coverCounts[holiday.name]?[name] ?? 0
                let cost = (name == last ? 1.0 : 0) + 0.1 * Double(name == last ? earlier - 1 : earlier)
                if cost > 0 { repeats.add(c, coefficient: cost) }
            }
        }
        if !repeats.coefficients.isEmpty { repeatCovers = repeats }
    }
}
