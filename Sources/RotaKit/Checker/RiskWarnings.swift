/// Risks around the pipelines that report to investors: warnings that do not fail a check.
///
/// - `investor-owners-away`: on some day of a week neither owner of an investor pipeline is at
///   work, because one is away and the other is away too or off for a public holiday they do not
///   cover. (Both owners away in the same week is already a `pipeline-coverage` violation when that
///   rule is on, and is not repeated.)
/// - `investor-holiday-cover`: a holiday is covered by someone who owns none of the investor pipelines.
/// - `investor-concentration`: one person is the primary owner of more than half the investor pipelines.
extension Inspection {
    mutating func warnAboutRisks() {
        let investorPipelines = context.scenario.pipelines.indices.filter { context.scenario.pipelines[$0].investors }
        guard !investorPipelines.isEmpty else { return }
        warnAboutInvestorOwnersAway(investorPipelines)
        warnAboutHolidayCovers(investorPipelines)
        warnAboutConcentration(investorPipelines)
    }

    private mutating func warnAboutInvestorOwnersAway(_ investorPipelines: [Int]) {
        let period = context.period
        let coverageRule = context.scenario.rules.pipelineCoverage
        var holidayOn: [Day: (holiday: Holiday, cover: String?)] = [:]
        for (h, holiday) in context.holidays.enumerated() where holidayOn[holiday.date] == nil {
            holidayOn[holiday.date] = (holiday, context.cover(ofHoliday: h))
        }
        /// Why `person` is not at work on `day`, or `nil` when they are.
        func absence(_ person: Person, on day: Day) -> String? {
            if CheckerCalendar.isAway(person, on: day) { return "\(person.name) is away" }
            if let entry = holidayOn[day], entry.cover != person.name { return "\(person.name) is off for \(entry.holiday.name)" }
            return nil
        }
        let pairs: [(pipeline: Pipeline, primary: Person, secondary: Person)] = investorPipelines.compactMap { l in
            guard let owners = context.owners[l], let primary = context.person(owners.primary),
                let secondary = context.person(owners.secondary), primary.name != secondary.name
            else { return nil }
            return (context.scenario.pipelines[l], primary, secondary)
        }
        for w in period.weekNumbers {
            let dates = CheckerCalendar.dates(ofWeek: w, in: period)
            for (pipeline, primary, secondary) in pairs {
                if coverageRule && CheckerCalendar.isAway(primary, during: dates) && CheckerCalendar.isAway(secondary, during: dates) { continue }
                let risky = (0...dates.first.days(to: dates.last)).map { dates.first.adding(days: $0) }.filter { day in
                    absence(primary, on: day) != nil && absence(secondary, on: day) != nil
                        && (CheckerCalendar.isAway(primary, on: day) || CheckerCalendar.isAway(secondary, on: day))
                }
                guard let day = risky.first else { continue }
                let reasons = [absence(primary, on: day)!, absence(secondary, on: day)!]
                let more = risky.count > 1 ? " (and \(Wording.count(risky.count - 1, "more day")))" : ""
                warning(
                    Violation(
                        .investorOwnersAway,
                        "in \(Wording.week(w, of: period)) neither owner of the investor pipeline \(pipeline.name) is at work on "
                            + "\(Wording.day(day))\(more): \(Wording.list(reasons))",
                        week: w, date: day, pipeline: pipeline.name))
            }
        }
    }

    private mutating func warnAboutHolidayCovers(_ investorPipelines: [Int]) {
        let investorOwners = Set(investorPipelines.flatMap { l in [context.owners[l]?.primary, context.owners[l]?.secondary].compactMap { $0 } })
        let names = investorPipelines.map { context.scenario.pipelines[$0].name }
        for (h, holiday) in context.holidays.enumerated() {
            guard let cover = context.cover(ofHoliday: h), !investorOwners.contains(cover) else { continue }
            warning(
                Violation(
                    .investorHolidayCover,
                    "\(holiday.name) (\(Wording.day(holiday.date))) is covered by \(cover), who owns none of the investor pipelines "
                        + "(\(Wording.list(names)))",
                    person: cover, week: holiday.week, holiday: holiday.name, date: holiday.date))
        }
    }

    private mutating func warnAboutConcentration(_ investorPipelines: [Int]) {
        guard investorPipelines.count >= 2 else { return }
        for person in context.people {
            let held = investorPipelines.filter { context.owners[$0]?.primary == person.name }
            guard held.count * 2 > investorPipelines.count else { continue }
            let names = held.map { context.scenario.pipelines[$0].name }
            warning(
                Violation(
                    .investorConcentration,
                    "\(person.name) is the primary owner of \(held.count) of the \(investorPipelines.count) investor pipelines "
                        + "(\(Wording.list(names))); when \(person.name) is away, most investor reports rest on their secondaries",
                    person: person.name))
        }
    }
}
