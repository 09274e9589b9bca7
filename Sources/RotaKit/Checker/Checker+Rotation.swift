/// The weekly rotation: coverage, availability and distinct roles per week, rest between a
/// person's weeks (history included), and load against the capacity-weighted fair share.
extension Inspection {
    /// Coverage, availability and distinct, week by week. A hole in the rotation is a coverage
    /// violation that names the week, whatever its form: a missing week, a missing, null or empty
    /// role, a role held by someone who is not a person of the scenario, a week listed twice.
    mutating func checkRotation() {
        let period = context.period
        var entries: [Int: [[Role: String]]] = [:]
        for week in context.schedule.weeks where period.weekNumbers.contains(week.week) { entries[week.week, default: []].append(week.oncall) }
        for w in period.weekNumbers {
            let entry = context.oncall[w]
            if let listed = entries[w], listed.count > 1 {
                let people = listed.map { oncall in
                    context.roles.compactMap { role in oncall[role].map { VisibleText.shown($0) } ?? (context.roles.count == 1 ? "nobody" : nil) }
                        .joined(separator: " and ")
                }
                let times = listed.count == 2 ? "twice" : "\(listed.count) times"
                violation(
                    Violation(
                        .coverage,
                        "\(Wording.week(w, of: period)) is listed \(times) in the schedule (\(people.joined(separator: ", then "))); "
                            + "a week has one entry, and only the first was judged",
                        week: w))
            }
            for role in context.roles {
                let name = entry?[role] ?? ""
                if name.isEmpty {
                    let what = entry == nil ? "is missing from the schedule, so nobody is \(role.rawValue)" : "has no \(role.rawValue)"
                    violation(Violation(.coverage, "\(Wording.week(w, of: period)) \(what)", week: w, role: role))
                    continue
                }
                guard let person = context.person(name) else {
                    violation(
                        Violation(
                            .coverage,
                            "\(Wording.week(w, of: period)) has no \(role.rawValue) from the team: \(VisibleText.shown(name)) is not a person of the scenario",
                            week: w, role: role))
                    continue
                }
                let dates = CheckerCalendar.dates(ofWeek: w, in: period)
                if CheckerCalendar.isAway(person, during: dates) {
                    violation(
                        Violation(
                            .availability, "\(name) is \(role.rawValue) in \(Wording.week(w, of: period)) but \(Self.absence(person, during: dates))",
                            person: name, week: w, role: role))
                }
            }
            if context.roles.count > 1, let primary = entry?[.primary], !primary.isEmpty, primary == entry?[.secondary] {
                violation(
                    Violation(
                        .distinct, "\(primary) is both primary and secondary in \(Wording.week(w, of: period))", person: primary, week: w))
            }
        }
    }

    /// `is away 2027-07-05..2027-07-18`, naming the away dates that fall in `dates`.
    static func absence(_ person: Person, during dates: DayRange) -> String {
        let away = person.away.filter { $0.overlaps(dates) }.map(\.description)
        return away.isEmpty ? "is not on the team then" : "is away \(Wording.list(away))"
    }

    /// Rest: a person's on-call weeks, any role, history included, are at least `min-gap-weeks`
    /// apart. History weeks count back from the period: the week before week 1 is week 0.
    mutating func checkRest() {
        let period = context.period
        let gap = context.scenario.rules.minGapWeeks
        for person in context.people {
            var weeks: [(number: Int, historyStart: Day?)] = []
            for start in context.historyOnCall[person.name] ?? [] {
                // Whole weeks back from the period's first day, rounded up: a history week that
                // started 7 days before the period is week 0.
                let back = (start.days(to: period.start) + 6) / 7
                weeks.append((1 - back, start))
            }
            for w in period.weekNumbers where context.oncall[w]?.values.contains(person.name) ?? false {
                weeks.append((w, nil))
            }
            weeks.sort { $0.number < $1.number }
            var previous: (number: Int, historyStart: Day?)?
            for week in weeks {
                defer { previous = week }
                guard let before = previous, week.number != before.number, week.number >= 1 else { continue }
                let distance = week.number - before.number
                guard distance < gap else { continue }
                let earlier =
                    before.historyStart.map { "was on call in the week of \(Wording.day($0)) (history) and is again" }
                    ?? "is on call in \(Wording.week(before.number, of: period)) and again"
                violation(
                    Violation(
                        .rest,
                        "\(person.name) \(earlier) in \(Wording.week(week.number, of: period)), \(Wording.count(distance, "week")) apart; "
                            + "the rules ask for at least \(gap)",
                        person: person.name, week: week.number))
            }
        }
    }

    /// Load: each person's weeks per role (period plus history) are less than one week from their
    /// fair share: every week of the role split among the people on the team that week by capacity
    /// (the role's weeks × capacity ÷ the team's capacity when nobody joins or leaves).
    mutating func checkLoad() {
        let period = context.period
        let total = context.totalCapacity
        guard total > 0 else { return }
        let ledger = FairShares(
            members: context.people.map { FairShares.Member(name: $0.name, capacity: $0.capacity, joins: $0.joins, leaves: $0.leaves) },
            roles: context.roles, period: period, history: context.history)
        let everyoneThroughout = context.people.allSatisfy { $0.joins == nil && $0.leaves == nil }
        for role in context.roles {
            let historyTotal = context.people.reduce(0) { $0 + (context.historyWeeks[$1.name]?[role] ?? 0) }
            for person in context.people {
                let inPeriod = period.weekNumbers.filter { context.oncall[$0]?[role] == person.name }.count
                let inHistory = context.historyWeeks[person.name]?[role] ?? 0
                let held = inPeriod + inHistory
                let share = ledger.share(of: person.name, role: role)
                let deviation = Double(held) - share
                guard abs(deviation) >= 1 - 1e-9 else { continue }
                let heldText = Wording.count(held, "\(role.rawValue) week") + (inHistory > 0 ? " (\(inPeriod) in the period, \(inHistory) in history)" : "")
                let weeksText = historyTotal > 0 ? "(\(period.weeks) weeks + \(historyTotal) in history)" : "\(period.weeks) weeks"
                let side = deviation > 0 ? "more than" : "fewer than"
                let basis =
                    everyoneThroughout && history.isEmpty
                    ? "(\(weeksText) × capacity \(Wording.number(person.capacity)) ÷ team capacity \(Wording.number(total)))"
                    : "(each week split by capacity among the people on the team that week)"
                violation(
                    Violation(
                        .load,
                        "\(person.name) holds \(heldText), \(Wording.number(abs(deviation))) \(side) the fair share of \(Wording.number(share)) "
                            + "\(basis); everyone must be less than one week from their share",
                        person: person.name, role: role))
            }
        }
    }

    private var history: [Schedule] { context.history }
}
