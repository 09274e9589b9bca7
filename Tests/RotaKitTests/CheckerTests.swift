import RotaKit
import Testing

/// Small hand-built scenarios and schedules: a period from Monday 2027-01-04, a few people,
/// holidays and pipelines written out, so that every expected count can be checked by eye.
enum CheckerFixture {
    static let start = Day(iso: "2027-01-04")!

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func scenario(
        _ people: [Person], weeks: Int = 6, roles: [Role] = [.primary], minGap: Int = 2, holidayCover: HolidayCoverRule = .notWeekOwner,
        holidays: [NamedDay] = [], weights: [String: Double] = [:], pipelines: [Pipeline] = [], pipelineCoverage: Bool = true
    ) -> Scenario {
        Scenario(
            team: "Test", period: Period(start: start, weeks: weeks), people: people,
            holidays: HolidaySettings(calendar: .none, extra: holidays, weights: weights), pipelines: pipelines,
            rules: Rules(roles: roles, minGapWeeks: minGap, holidayCover: holidayCover, pipelineCoverage: pipelineCoverage))
    }

    /// A schedule for `scenario`: `primaries[i]` holds week i+1 (empty string: nobody), likewise
    /// `secondaries`; `covers` maps holiday names to covers; `owners` gives (pipeline, primary, secondary).
    static func schedule(
        _ scenario: Scenario, primaries: [String], secondaries: [String] = [], covers: [String: String] = [:],
        owners: [(String, String, String)] = [], period: Period? = nil
    ) -> Schedule {
        let period = period ?? scenario.period
        let weeks = primaries.indices.map { index -> ScheduledWeek in
            let dates = period.dates(ofWeek: index + 1)
            var oncall: [Role: String] = [:]
            if !primaries[index].isEmpty { oncall[.primary] = primaries[index] }
            if index < secondaries.count, !secondaries[index].isEmpty { oncall[.secondary] = secondaries[index] }
            return ScheduledWeek(week: index + 1, start: dates.first, end: dates.last, oncall: oncall)
        }
        let holidays = scenario.holidaysInPeriod().compactMap { holiday in
            covers[holiday.name].map { HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: $0) }
        }
        let pipelines = owners.map { name, primary, secondary in
            PipelineOwners(
                name: name, investors: scenario.pipelines.first { $0.name == name }?.investors ?? false, primary: primary, secondary: secondary)
        }
        return Schedule(
            team: scenario.team, period: period, people: scenario.people.map { ScheduledPerson(name: $0.name, capacity: $0.capacity) },
            weeks: weeks, holidays: holidays, pipelines: pipelines)
    }

    static let abc = [Person(name: "Ann"), Person(name: "Ben"), Person(name: "Cat")]
    /// Ann, Ben, Cat, Ann, Ben, Cat: two weeks each, three weeks apart.
    static let rotation = ["Ann", "Ben", "Cat", "Ann", "Ben", "Cat"]
}

@Suite("Checker: one hand-worked schedule per rule, caught when broken and accepted when right")
struct CheckerTests {
    typealias F = CheckerFixture

    // MARK: coverage

    @Test("coverage: a week without a primary, a holiday without a cover, a pipeline without a secondary")
    func coverage() {
        let scenario = F.scenario(
            F.abc, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))],
            pipelines: [Pipeline(name: "Profit", primary: "Ann", secondary: "Ben")])
        let good = F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Ann"], owners: [("Profit", "Ann", "Ben")])
        #expect(Checker.check(schedule: good, scenario: scenario).ok)

        var primaries = F.rotation
        primaries[3] = ""
        let bad = F.schedule(scenario, primaries: Array(primaries.prefix(5)), owners: [("Profit", "Ann", "")])
        let result = Checker.check(schedule: bad, scenario: scenario)
        #expect(
            result.violations(of: .coverage).map(\.message) == [
                "week 4 (2027-01-25 – 01-31) has no primary",
                "week 6 (2027-02-08 – 02-14) is missing from the schedule, so nobody is primary",
                "nobody covers Founders Day (Wed 2027-01-20)",
                "pipeline Profit has no secondary owner",
            ])
        #expect(!result.ok)
    }

    // MARK: availability

    @Test("availability: on call in a week with an away date, or covering a holiday while away")
    func availability() {
        let people = [Person(name: "Ann"), Person(name: "Ben", away: [DayRange(F.day("2027-01-17"))]), Person(name: "Cat")]
        let scenario = F.scenario(people, holidayCover: .anyone, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-28"))])
        // Ben is away on Sunday 2027-01-17, the last day of week 2.
        let bad = F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Ann"])
        #expect(
            Checker.check(schedule: bad, scenario: scenario).violations.map(\.line) == [
                "availability: Ben is primary in week 2 (2027-01-11 – 01-17) but is away 2027-01-17"
            ])
        let good = F.schedule(scenario, primaries: ["Ann", "Cat", "Ben", "Ann", "Cat", "Ben"], covers: ["Founders Day": "Ann"])
        #expect(Checker.check(schedule: good, scenario: scenario).ok)

        let awayOnHoliday = [Person(name: "Ann", away: [DayRange(F.day("2027-01-27"), F.day("2027-01-29"))]), Person(name: "Ben"), Person(name: "Cat")]
        let scenario2 = F.scenario(awayOnHoliday, holidayCover: .anyone, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-28"))])
        let covered = F.schedule(scenario2, primaries: ["Ann", "Ben", "Cat", "Ben", "Ann", "Cat"], covers: ["Founders Day": "Ann"])
        #expect(
            Checker.check(schedule: covered, scenario: scenario2).violations.map(\.line) == [
                "availability: Ann covers Founders Day (Thu 2027-01-28) but is away 2027-01-27..2027-01-29"
            ])
    }

    // MARK: distinct

    @Test("distinct: one person as a week's primary and secondary, or as both owners of a pipeline")
    func distinct() {
        let scenario = F.scenario(
            F.abc + [Person(name: "Dan")], weeks: 4, roles: [.primary, .secondary], minGap: 1,
            pipelines: [Pipeline(name: "Growth")])
        let good = F.schedule(
            scenario, primaries: ["Ann", "Ben", "Cat", "Dan"], secondaries: ["Ben", "Cat", "Dan", "Ann"], owners: [("Growth", "Ann", "Ben")])
        #expect(Checker.check(schedule: good, scenario: scenario).ok)
        let bad = F.schedule(
            scenario, primaries: ["Ann", "Ben", "Cat", "Dan"], secondaries: ["Ben", "Ben", "Dan", "Ann"], owners: [("Growth", "Cat", "Cat")])
        let result = Checker.check(schedule: bad, scenario: scenario)
        #expect(
            result.violations(of: .distinct).map(\.message) == [
                "Ben is both primary and secondary in week 2 (2027-01-11 – 01-17)",
                "Cat is both the primary and the secondary owner of pipeline Growth",
            ])
    }

    // MARK: rest

    @Test("rest: two on-call weeks closer than min-gap-weeks, within the period and across history")
    func rest() {
        let scenario = F.scenario(F.abc)
        let bad = F.schedule(scenario, primaries: ["Ann", "Ann", "Ben", "Cat", "Ben", "Cat"])
        let violations = Checker.check(schedule: bad, scenario: scenario).violations(of: .rest)
        #expect(
            violations.map(\.message) == [
                "Ann is on call in week 1 (2027-01-04 – 01-10) and again in week 2 (2027-01-11 – 01-17), 1 week apart; the rules ask for at least 2"
            ])

        // History: Cat held the week just before the period, so Cat cannot start it.
        let historyPeriod = Period(start: F.day("2026-12-14"), weeks: 3)
        let history = F.schedule(scenario, primaries: ["Ann", "Ben", "Cat"], period: historyPeriod)
        let startsWithCat = F.schedule(scenario, primaries: ["Cat", "Ann", "Ben", "Cat", "Ann", "Ben"])
        #expect(
            Checker.check(schedule: startsWithCat, scenario: scenario, history: [history]).violations(of: .rest).map(\.message) == [
                "Cat was on call in the week of Mon 2026-12-28 (history) and is again in week 1 (2027-01-04 – 01-10), 1 week apart; "
                    + "the rules ask for at least 2"
            ])
        #expect(Checker.check(schedule: F.schedule(scenario, primaries: F.rotation), scenario: scenario, history: [history]).ok)
    }

    // MARK: holiday-cover

    @Test("holiday-cover not-week-owner: the cover may not be on call that week")
    func notWeekOwner() {
        let scenario = F.scenario(F.abc, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))])
        // 2027-01-20 is in week 3, Cat's.
        let bad = F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Cat"])
        #expect(
            Checker.check(schedule: bad, scenario: scenario).violations.map(\.line) == [
                "holiday-cover: Cat covers Founders Day (Wed 2027-01-20) during their own on-call week 3 (2027-01-18 – 01-24)"
            ])
        #expect(Checker.check(schedule: F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Ann"]), scenario: scenario).ok)
    }

    @Test("holiday-cover week-owner: the cover must be the week's primary; anyone: no rule")
    func weekOwnerAndAnyone() {
        let holidays = [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))]
        let weekOwner = F.scenario(F.abc, holidayCover: .weekOwner, holidays: holidays)
        let bad = F.schedule(weekOwner, primaries: F.rotation, covers: ["Founders Day": "Ann"])
        #expect(
            Checker.check(schedule: bad, scenario: weekOwner).violations.map(\.line) == [
                "holiday-cover: Ann covers Founders Day (Wed 2027-01-20), but the rules ask the week's primary to cover it, "
                    + "and Cat is primary in week 3 (2027-01-18 – 01-24)"
            ])
        #expect(Checker.check(schedule: F.schedule(weekOwner, primaries: F.rotation, covers: ["Founders Day": "Cat"]), scenario: weekOwner).ok)

        let anyone = F.scenario(F.abc, holidayCover: .anyone, holidays: holidays)
        let result = Checker.check(schedule: F.schedule(anyone, primaries: F.rotation, covers: ["Founders Day": "Cat"]), scenario: anyone)
        #expect(result.ok)
        #expect(result.invariants.first { $0.rule == .holidayCover }?.status == .notApplicable("the rules let anyone cover a holiday"))
    }

    // MARK: load

    @Test("load: weeks per role less than one week from the capacity-weighted fair share")
    func load() {
        let scenario = F.scenario(F.abc, minGap: 1)
        // Shares are 2 each; Ann 3 and Cat 1 are one week off.
        let bad = F.schedule(scenario, primaries: ["Ann", "Ben", "Ann", "Cat", "Ben", "Ann"])
        #expect(
            Checker.check(schedule: bad, scenario: scenario).violations(of: .load).map(\.message) == [
                "Ann holds 3 primary weeks, 1 more than the fair share of 2 (6 weeks × capacity 1 ÷ team capacity 3); "
                    + "everyone must be less than one week from their share",
                "Cat holds 1 primary week, 1 fewer than the fair share of 2 (6 weeks × capacity 1 ÷ team capacity 3); "
                    + "everyone must be less than one week from their share",
            ])

        // Capacity: Ann 1 and Ben 0.5 share 6 weeks 4 : 2.
        let partTime = F.scenario([Person(name: "Ann"), Person(name: "Ben", capacity: 0.5)], minGap: 1)
        #expect(Checker.check(schedule: F.schedule(partTime, primaries: ["Ann", "Ann", "Ben", "Ann", "Ann", "Ben"]), scenario: partTime).ok)
        let even = Checker.check(schedule: F.schedule(partTime, primaries: ["Ann", "Ben", "Ann", "Ben", "Ann", "Ben"]), scenario: partTime)
        #expect(even.violations(of: .load).count == 2)
    }

    @Test("load with history: earlier weeks of people still on the team count towards the share")
    func loadWithHistory() {
        let scenario = F.scenario([Person(name: "Ann"), Person(name: "Ben")], weeks: 4, minGap: 1)
        let history = F.schedule(
            F.scenario([Person(name: "Ann"), Person(name: "Ben"), Person(name: "Zed")], weeks: 6, minGap: 1),
            primaries: ["Ann", "Ann", "Zed", "Ann", "Ann", "Zed"], period: Period(start: F.day("2026-11-23"), weeks: 6))
        // Role weeks: 4 + 4 (Zed has left, so his 2 do not count) = 8, shares 4 each; Ann has 4 already.
        let alternate = F.schedule(scenario, primaries: ["Ben", "Ann", "Ben", "Ann"])
        let result = Checker.check(schedule: alternate, scenario: scenario, history: [history])
        #expect(result.violations(of: .load).map(\.person) == ["Ann", "Ben"])
        #expect(result.violations(of: .load).first?.message.hasPrefix("Ann holds 6 primary weeks (2 in the period, 4 in history), 2 more than") == true)
        #expect(Checker.check(schedule: F.schedule(scenario, primaries: ["Ben", "Ben", "Ben", "Ben"]), scenario: scenario, history: [history]).ok)
    }

    // MARK: holidays

    @Test("holidays: weighted counts differ by at most the largest single weight")
    func holidaySpread() {
        let names = ["One", "Two", "Three"]
        let holidays = [
            NamedDay(name: "One", date: F.day("2027-01-13")), NamedDay(name: "Two", date: F.day("2027-01-27")),
            NamedDay(name: "Three", date: F.day("2027-02-10")),
        ]
        let scenario = F.scenario(F.abc, holidayCover: .anyone, holidays: holidays)
        let bad = F.schedule(scenario, primaries: F.rotation, covers: Dictionary(uniqueKeysWithValues: names.map { ($0, "Ann") }))
        #expect(
            Checker.check(schedule: bad, scenario: scenario).violations.map(\.line) == [
                "holidays: holiday weight ranges from 0 (Ben and Cat) to 3 (Ann), a spread of 3; it may be at most the largest single "
                    + "holiday weight, 1"
            ])
        let spread = F.schedule(scenario, primaries: F.rotation, covers: ["One": "Ann", "Two": "Ben", "Three": "Cat"])
        #expect(Checker.check(schedule: spread, scenario: scenario).ok)

        // With weight 2 on One, 2 versus 0 is still within the largest weight.
        let weighted = F.scenario(F.abc, holidayCover: .anyone, holidays: Array(holidays.prefix(1)), weights: ["One": 2])
        #expect(Checker.check(schedule: F.schedule(weighted, primaries: F.rotation, covers: ["One": "Ben"]), scenario: weighted).ok)
    }

    @Test("holidays: nobody covers the same holiday two years running when someone else could")
    func twoYearsRunning() {
        let scenario = F.scenario(F.abc, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))])
        let lastYear = Schedule(
            team: "Test", period: Period(start: F.day("2026-01-05"), weeks: 52), people: [], weeks: [],
            holidays: [
                HolidayCover(name: "Founders Day", date: F.day("2026-01-20"), weight: 1, cover: "Ann"),
                HolidayCover(name: "Winter Day", date: F.day("2026-02-01"), weight: 1, cover: "Ben"),
                HolidayCover(name: "Spring Day", date: F.day("2026-03-01"), weight: 1, cover: "Cat"),
            ], pipelines: [])
        // Week 3 is Cat's, so Ann and Ben may cover; Ann again is a violation, Ben is fine.
        let again = F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Ann"])
        #expect(
            Checker.check(schedule: again, scenario: scenario, history: [lastYear]).violations.map(\.line) == [
                "holidays: Ann covers Founders Day two years running (2026-01-20 in history and 2027-01-20), though Ben could cover it"
            ])
        #expect(
            Checker.check(schedule: F.schedule(scenario, primaries: F.rotation, covers: ["Founders Day": "Ben"]), scenario: scenario, history: [lastYear]).ok)

        // When Ben is away that day and Cat is on call, only Ann can cover: allowed.
        let benAway = F.scenario(
            [Person(name: "Ann"), Person(name: "Ben", away: [DayRange(F.day("2027-01-20"))]), Person(name: "Cat")],
            holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))])
        let forced = F.schedule(benAway, primaries: F.rotation, covers: ["Founders Day": "Ann"])
        #expect(Checker.check(schedule: forced, scenario: benAway, history: [lastYear]).ok)
    }

    // MARK: ownership

    @Test("ownership: when Rota assigns owners, counts differ by at most one")
    func ownershipAssigned() {
        let pipelines = ["P1", "P2", "P3"].map { Pipeline(name: $0) }
        let scenario = F.scenario(F.abc, pipelines: pipelines)
        let bad = F.schedule(scenario, primaries: F.rotation, owners: [("P1", "Ann", "Ben"), ("P2", "Ann", "Cat"), ("P3", "Ann", "Ben")])
        #expect(
            Checker.check(schedule: bad, scenario: scenario).violations.map(\.line) == [
                "ownership: primary-owner counts range from 0 (Ben and Cat) to 3 (Ann); they should differ by at most one",
                "ownership: secondary-owner counts range from 0 (Ann) to 2 (Ben); they should differ by at most one",
            ])
        let good = F.schedule(scenario, primaries: F.rotation, owners: [("P1", "Ann", "Ben"), ("P2", "Ben", "Cat"), ("P3", "Cat", "Ann")])
        #expect(Checker.check(schedule: good, scenario: scenario).ok)
    }

    @Test("ownership: owners the scenario fixes must be kept; an imbalance they cause is only a warning")
    func ownershipFixed() {
        let pipelines = ["P1", "P2", "P3"].map { Pipeline(name: $0, primary: "Ann", secondary: "Ben") }
        let scenario = F.scenario(F.abc, pipelines: pipelines)
        let kept = Checker.check(
            schedule: F.schedule(scenario, primaries: F.rotation, owners: [("P1", "Ann", "Ben"), ("P2", "Ann", "Ben"), ("P3", "Ann", "Ben")]),
            scenario: scenario)
        #expect(kept.ok)
        #expect(kept.warnings.filter { $0.rule == .ownership }.count == 2)
        let changed = Checker.check(
            schedule: F.schedule(scenario, primaries: F.rotation, owners: [("P1", "Ann", "Ben"), ("P2", "Cat", "Ben"), ("P3", "Ann", "Ben")]),
            scenario: scenario)
        #expect(changed.violations.map(\.line) == ["ownership: the scenario makes Ann the primary owner of P2, but the schedule has Cat"])
    }

    // MARK: pipeline-coverage

    @Test("pipeline-coverage: every week an owner of every pipeline without an away date in it")
    func pipelineCoverage() {
        let people = [
            Person(name: "Ann", away: [DayRange(F.day("2027-01-12"), F.day("2027-01-26"))]), Person(name: "Ben", away: [DayRange(F.day("2027-01-18"))]),
            Person(name: "Cat"),
        ]
        let scenario = F.scenario(people, pipelines: [Pipeline(name: "Profit")])
        // Ann is away in weeks 2–4 and Ben in week 3 (Monday 2027-01-18).
        let primaries = ["Ann", "Ben", "Cat", "Ben", "Ann", "Cat"]
        let bad = F.schedule(scenario, primaries: primaries, owners: [("Profit", "Ann", "Ben")])
        #expect(
            Checker.check(schedule: bad, scenario: scenario).violations.map(\.line) == [
                "pipeline-coverage: in week 3 (2027-01-18 – 01-24) neither owner of Profit is available: Ann is away 2027-01-12..2027-01-26 "
                    + "and Ben is away 2027-01-18"
            ])
        #expect(Checker.check(schedule: F.schedule(scenario, primaries: primaries, owners: [("Profit", "Ann", "Cat")]), scenario: scenario).ok)

        let off = F.scenario(people, pipelines: [Pipeline(name: "Profit")], pipelineCoverage: false)
        let result = Checker.check(schedule: F.schedule(off, primaries: primaries, owners: [("Profit", "Ann", "Ben")]), scenario: off)
        #expect(result.ok)
        #expect(result.invariants.first { $0.rule == .pipelineCoverage }?.status == .notApplicable("pipeline-coverage is off in the rules"))
    }

    // MARK: consistency

    @Test("consistency: the schedule's period, week dates, people, roles, holidays and pipelines must be the scenario's")
    func consistency() {
        let scenario = F.scenario(F.abc, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))], pipelines: [Pipeline(name: "Profit")])
        var schedule = F.schedule(
            scenario, primaries: ["Ann", "Ben", "Cat", "Ann", "Eve", "Cat"], covers: ["Founders Day": "Ann"],
            owners: [("Profit", "Ann", "Ben"), ("Proft", "Ben", "Cat")])
        schedule.period.weeks = 7
        schedule.weeks[1].start = F.day("2027-01-12")
        schedule.weeks[2].oncall[.secondary] = "Ann"
        schedule.holidays.append(HolidayCover(name: "Founders Day", date: F.day("2027-01-21"), weight: 1, cover: "Ben"))
        let messages = Checker.check(schedule: schedule, scenario: scenario).violations(of: .consistency).map(\.message)
        #expect(
            messages == [
                "the schedule covers 7 weeks from Mon 2027-01-04, but the scenario plans 6 weeks from Mon 2027-01-04",
                "week 2 starts on Tue 2027-01-12, but the period's week 2 starts on Mon 2027-01-11",
                "the schedule has a secondary in week 3, but the scenario's only role is primary",
                "Eve holds week 5 in the schedule, but is not a person of the scenario",
                "the schedule lists Founders Day on Thu 2027-01-21, which is not one of the scenario's holidays in the period (the scenario has Founders Day on Wed 2027-01-20)",
                "the schedule has a pipeline Proft that the scenario does not have (did you mean Profit?)",
            ])
    }

    // MARK: risks

    @Test("risks: investor owners both out, holiday covers owning no investor pipeline, one primary for most investor pipelines")
    func risks() {
        let people = [Person(name: "Ann", away: [DayRange(F.day("2027-01-20"))]), Person(name: "Ben"), Person(name: "Cat"), Person(name: "Dan")]
        let scenario = F.scenario(
            people, holidays: [NamedDay(name: "Founders Day", date: F.day("2027-01-20"))],
            pipelines: [Pipeline(name: "Ledger", investors: true), Pipeline(name: "Payouts", investors: true), Pipeline(name: "Search")])
        // On 2027-01-20 Ann (owner of Ledger) is away and Ben (its other owner) is off for the holiday, which Dan covers.
        let schedule = F.schedule(
            scenario, primaries: ["Ann", "Ben", "Cat", "Dan", "Ann", "Ben"], covers: ["Founders Day": "Dan"],
            owners: [("Ledger", "Ann", "Ben"), ("Payouts", "Ann", "Cat"), ("Search", "Dan", "Cat")])
        let risks: Set<Rule> = [.investorOwnersAway, .investorHolidayCover, .investorConcentration]
        let warnings = Checker.check(schedule: schedule, scenario: scenario).warnings.filter { risks.contains($0.rule) }
        #expect(
            warnings.map(\.line) == [
                "investor-owners-away: in week 3 (2027-01-18 – 01-24) neither owner of the investor pipeline Ledger is at work on "
                    + "Wed 2027-01-20: Ann is away and Ben is off for Founders Day",
                "investor-owners-away: in week 3 (2027-01-18 – 01-24) neither owner of the investor pipeline Payouts is at work on "
                    + "Wed 2027-01-20: Ann is away and Cat is off for Founders Day",
                "investor-holiday-cover: Founders Day (Wed 2027-01-20) is covered by Dan, who owns none of the investor pipelines (Ledger and Payouts)",
                "investor-concentration: Ann is the primary owner of 2 of the 2 investor pipelines (Ledger and Payouts); when Ann is away, "
                    + "most investor reports rest on their secondaries",
            ])
        let safer = F.schedule(
            scenario, primaries: ["Ann", "Ben", "Cat", "Dan", "Ann", "Ben"], covers: ["Founders Day": "Ben"],
            owners: [("Ledger", "Ann", "Ben"), ("Payouts", "Cat", "Dan"), ("Search", "Dan", "Cat")])
        #expect(Checker.check(schedule: safer, scenario: scenario).warnings.filter { risks.contains($0.rule) }.isEmpty)
    }

    @Test("check JSON has the contract's keys in order, and the same input gives the same bytes")
    func json() {
        let scenario = F.scenario(F.abc)
        let result = Checker.check(schedule: F.schedule(scenario, primaries: ["Ann", "Ann", "Ben", "Cat", "Ben", "Cat"]), scenario: scenario)
        let text = result.json()
        #expect(text.hasPrefix("{\n  \"ok\": false,\n  \"violations\": [\n    {\n      \"rule\": \"rest\",\n      \"message\": "))
        for key in [
            "\"warnings\": [", "\"metrics\": {", "\"gini\": ", "\"coefficientOfVariation\": ", "\"pairwiseBalance\": ", "\"maxDeviation\": ", "\"spread\": ",
        ] {
            #expect(text.contains(key), "missing \(key)")
        }
        #expect(text == Checker.check(schedule: F.schedule(scenario, primaries: ["Ann", "Ann", "Ben", "Cat", "Ben", "Cat"]), scenario: scenario).json())
    }
}
