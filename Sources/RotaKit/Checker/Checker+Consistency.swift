/// Does the schedule belong to the scenario? Same period and week dates, only the team's people,
/// only the scenario's roles, holidays and pipelines.
extension Inspection {
    mutating func checkConsistency() {
        let schedule = context.schedule
        let period = context.period
        if schedule.period.start != period.start || schedule.period.weeks != period.weeks {
            violation(
                Violation(
                    .consistency,
                    "the schedule covers \(Wording.count(schedule.period.weeks, "week")) from \(Wording.day(schedule.period.start)), "
                        + "but the scenario plans \(Wording.count(period.weeks, "week")) from \(Wording.day(period.start))"))
        } else if schedule.period.end != CheckerCalendar.days(of: period).last {
            violation(
                Violation(
                    .consistency,
                    "the schedule's period ends on \(Wording.day(schedule.period.end)), "
                        + "but the scenario's ends on \(Wording.day(CheckerCalendar.days(of: period).last))"))
        }
        checkWeekEntries()
        checkNames()
        checkCapacities()
        checkStrayHolidays()
        checkPipelineEntries()
        if context.historyWeeksInPeriod > 0 {
            warning(
                Violation(
                    .consistency,
                    "history has \(Wording.count(context.historyWeeksInPeriod, "week")) starting on or after the period's first day "
                        + "\(period.start.iso); history should be earlier schedules, and they still count towards fair shares"))
        }
    }

    /// Each week of the schedule lies in the period, once (a week listed twice is a `coverage`
    /// matter, see `checkRotation`), on the period's dates for its number, with only the scenario's
    /// roles; and everyone on call is in the schedule's own list of people, when it has one.
    private mutating func checkWeekEntries() {
        let period = context.period
        var seen = Set<Int>()
        var outside: [Int] = []
        var misdated: [(week: Int, start: Day)] = []
        var misended: [(week: Int, end: Day)] = []
        var unexpectedRoles: [Role: [Int]] = [:]
        for week in context.schedule.weeks {
            guard period.weekNumbers.contains(week.week) else {
                outside.append(week.week)
                continue
            }
            guard seen.insert(week.week).inserted else { continue }
            let dates = CheckerCalendar.dates(ofWeek: week.week, in: period)
            if week.start != dates.first { misdated.append((week.week, week.start)) }
            // A week moved as a whole is reported once, by its start. A short last week read from
            // a format that knows only whole weeks (CSV, iCalendar) may end on its seventh day:
            // that leaves no day uncovered.
            let moved = week.start != dates.first && week.start.days(to: week.end) == dates.first.days(to: dates.last)
            let wholeLastWeek = week.week == period.weeks && week.start == dates.first && week.end == dates.first.adding(days: 6)
            if week.end != dates.last && !moved && !wholeLastWeek { misended.append((week.week, week.end)) }
            for role in week.oncall.keys where !context.roles.contains(role) {
                unexpectedRoles[role, default: []].append(week.week)
            }
        }
        if !outside.isEmpty {
            violation(
                Violation(
                    .consistency,
                    "the schedule has \(Wording.weekNumbers(outside)) outside the scenario's \(period.weeks)-week period",
                    week: outside.first))
        }
        // A week whose first or last date is not the period's: the first such week named with both
        // dates, the others listed after it.
        for (edge, weeks) in [("starts", misdated.map { ($0.week, $0.start) }), ("ends", misended.map { ($0.week, $0.end) })] {
            guard let (week, day) = weeks.first else { continue }
            let dates = CheckerCalendar.dates(ofWeek: week, in: period)
            let expected = edge == "starts" ? dates.first : dates.last
            var message = "week \(week) \(edge) on \(Wording.day(day)), but the period's week \(week) \(edge) on \(Wording.day(expected))"
            if weeks.count > 1 {
                let others = weeks.dropFirst().map(\.0)
                let verb = others.count == 1 ? edge : String(edge.dropLast())
                message += " (\(Wording.weekNumbers(others)) \(verb) on other days than the period's too)"
            }
            violation(Violation(.consistency, message, week: week))
        }
        for role in Role.allCases {
            guard let weeks = unexpectedRoles[role] else { continue }
            let roles = Wording.list(context.roles.map(\.rawValue))
            let only = context.roles.count == 1 ? "only role is" : "roles are"
            violation(
                Violation(
                    .consistency,
                    "the schedule has a \(role.rawValue) in \(Wording.weekNumbers(weeks)), but the scenario's \(only) \(roles)",
                    week: weeks.first, role: role))
        }
        checkListedPeople()
    }

    /// Someone of the team on call in a schedule that lists its people, without being in that
    /// list: a warning, not a violation. The scenario is the truth about people (their capacity and
    /// time away come from it), so the check can judge the schedule all the same; but a list that
    /// leaves out someone on call says the schedule was edited by hand or cut short, which the
    /// team lead should know before trusting the schedule's own records.
    private mutating func checkListedPeople() {
        let listed = Set(context.schedule.people.map(\.name))
        guard !listed.isEmpty else { return }
        var weeksHeld: [String: [Int]] = [:]
        for week in context.schedule.weeks.sorted(by: { $0.week < $1.week }) where context.period.weekNumbers.contains(week.week) {
            for role in Role.allCases {
                guard let name = week.oncall[role], context.team.contains(name), !listed.contains(name) else { continue }
                if weeksHeld[name]?.last != week.week { weeksHeld[name, default: []].append(week.week) }
            }
        }
        for person in context.people {
            guard let weeks = weeksHeld[person.name] else { continue }
            warning(
                Violation(
                    .consistency,
                    "\(person.name) is on call in \(Wording.weekNumbers(weeks)) but missing from the schedule's list of people; "
                        + "the scenario's record of \(person.name) was used",
                    person: person.name, week: weeks.first))
        }
    }

    /// Every name the schedule uses must be a person of the scenario.
    private mutating func checkNames() {
        let team = context.team
        var order: [String] = []
        var weeksHeld: [String: [Int]] = [:]
        var otherUses: [String: [String]] = [:]
        func isStranger(_ name: String) -> Bool {
            guard !name.isEmpty, !team.contains(name) else { return false }
            if weeksHeld[name] == nil && otherUses[name] == nil { order.append(name) }
            return true
        }
        for week in context.schedule.weeks.sorted(by: { $0.week < $1.week }) {
            for role in Role.allCases {
                if let name = week.oncall[role], isStranger(name) { weeksHeld[name, default: []].append(week.week) }
            }
        }
        for cover in context.schedule.holidays where isStranger(cover.cover) {
            otherUses[cover.cover, default: []].append("covers \(cover.name)")
        }
        for pipeline in context.schedule.pipelines {
            if isStranger(pipeline.primary) { otherUses[pipeline.primary, default: []].append("is the primary owner of \(pipeline.name)") }
            if isStranger(pipeline.secondary) {
                otherUses[pipeline.secondary, default: []].append("is the secondary owner of \(pipeline.name)")
            }
        }
        let names = context.people.map(\.name)
        for name in order {
            var uses = otherUses[name] ?? []
            if let weeks = weeksHeld[name] { uses.insert("holds \(Wording.weekNumbers(weeks))", at: 0) }
            var message = "\(VisibleText.shown(name)) \(Wording.list(uses)) in the schedule, but is not a person of the scenario"
            if let suggestion = Suggestion.closest(to: name, among: names) { message += " (did you mean \(suggestion)?)" }
            violation(Violation(.consistency, message, person: name, week: weeksHeld[name]?.first))
        }
    }

    /// The scenario's capacities are the truth; a schedule that recorded others is warned about.
    private mutating func checkCapacities() {
        for recorded in context.schedule.people {
            guard let person = context.person(recorded.name), abs(person.capacity - recorded.capacity) > 1e-9 else { continue }
            warning(
                Violation(
                    .consistency,
                    "the schedule records \(person.name)'s capacity as \(Wording.number(recorded.capacity)); "
                        + "the scenario says \(Wording.number(person.capacity)), which is what fair shares use",
                    person: person.name))
        }
    }

    /// Schedule holidays that are not one of the scenario's holidays in the period.
    private mutating func checkStrayHolidays() {
        for cover in context.strayCovers {
            var message = "the schedule lists \(cover.name) on \(Wording.day(cover.date)), which is not one of the scenario's holidays in the period"
            if let twin = context.holidays.first(where: { CheckContext.sameHoliday($0.name, cover.name) }) {
                message += " (the scenario has \(twin.name) on \(Wording.day(twin.date)))"
            } else if let twin = context.holidays.first(where: { $0.date == cover.date }) {
                message += " (the scenario's holiday that day is \(twin.name))"
            }
            violation(Violation(.consistency, message, person: cover.cover.isEmpty ? nil : cover.cover, holiday: cover.name, date: cover.date))
        }
        for (h, holiday) in context.holidays.enumerated() {
            guard let cover = context.covers[h].first, abs(cover.weight - holiday.weight) > 1e-9 else { continue }
            warning(
                Violation(
                    .consistency,
                    "the schedule weighs \(holiday.name) \(Wording.number(cover.weight)); the scenario weighs it "
                        + "\(Wording.number(holiday.weight)), which is what holiday balance uses",
                    holiday: holiday.name, date: holiday.date))
        }
    }

    private mutating func checkPipelineEntries() {
        var seen = Set<String>()
        for pipeline in context.schedule.pipelines {
            if !seen.insert(pipeline.name).inserted {
                violation(
                    Violation(.consistency, "the schedule lists pipeline \(pipeline.name) more than once; the first entry was judged", pipeline: pipeline.name))
                continue
            }
            guard let scenarioPipeline = context.scenario.pipelines.first(where: { $0.name == pipeline.name }) else {
                var message = "the schedule has a pipeline \(pipeline.name) that the scenario does not have"
                if let suggestion = Suggestion.closest(to: pipeline.name, among: context.scenario.pipelines.map(\.name)) {
                    message += " (did you mean \(suggestion)?)"
                }
                violation(Violation(.consistency, message, pipeline: pipeline.name))
                continue
            }
            if scenarioPipeline.investors != pipeline.investors {
                warning(
                    Violation(
                        .consistency,
                        "the schedule says \(pipeline.name) \(pipeline.investors ? "reports" : "does not report") to investors; "
                            + "the scenario says it \(scenarioPipeline.investors ? "does" : "does not"), which is what the checks use",
                        pipeline: pipeline.name))
            }
        }
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
