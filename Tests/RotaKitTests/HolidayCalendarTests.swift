import Foundation
import RotaKit
import Testing

/// `Fixtures/us-federal-holidays.json`, written by `Tests/Oracles/holidays_oracle.py` from the
/// PyPI `holidays` package: every year's federal holidays on their actual and observed dates.
struct HolidayOracle: Decodable {
    struct Entry: Decodable, Equatable, CustomStringConvertible {
        var name: String
        var date: String
        var description: String { "\(date) \(name)" }
    }

    struct Year: Decodable {
        var year: Int
        var actual: [Entry]
        var observed: [Entry]
    }

    var source: String
    var first: Int
    var last: Int
    var years: [Year]

    static let fixture: Result<HolidayOracle, any Error> = Result {
        guard let url = Bundle.module.url(forResource: "us-federal-holidays", withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile)
        }
        return try JSONDecoder().decode(HolidayOracle.self, from: Data(contentsOf: url))
    }

    /// The years the brief asks the oracle to cover.
    static let years = 1990...2060
}

@Suite("US federal holiday rules")
struct HolidayCalendarTests {
    let calendar = HolidayCalendar.usFederal

    private func listing(_ year: Int, observed: Bool) -> [HolidayOracle.Entry] {
        calendar.holidays(in: year, observed: observed).map { HolidayOracle.Entry(name: $0.name, date: $0.date.iso) }
    }

    @Test("the oracle fixture covers 1990 to 2060, one record a year")
    func fixtureCoverage() throws {
        let oracle = try HolidayOracle.fixture.get()
        #expect(oracle.first == HolidayOracle.years.lowerBound && oracle.last == HolidayOracle.years.upperBound)
        #expect(oracle.years.map(\.year) == Array(HolidayOracle.years))
        #expect(oracle.source.contains("holidays"))
    }

    @Test("actual dates agree with the PyPI holidays package", arguments: HolidayOracle.years)
    func actualDatesMatchOracle(year: Int) throws {
        let record = try #require(try HolidayOracle.fixture.get().years.first { $0.year == year })
        #expect(listing(year, observed: false) == record.actual)
    }

    @Test("observed dates agree with the PyPI holidays package", arguments: HolidayOracle.years)
    func observedDatesMatchOracle(year: Int) throws {
        let record = try #require(try HolidayOracle.fixture.get().years.first { $0.year == year })
        #expect(listing(year, observed: true) == record.observed)
    }

    @Test(
        "hand-checked dates",
        arguments: [
            (2027, false, "Thanksgiving Day", "2027-11-25", Weekday.thursday),
            (2027, false, "Memorial Day", "2027-05-31", .monday),  // May 31 is itself the last Monday
            (2027, false, "Martin Luther King Jr. Day", "2027-01-18", .monday),
            (2027, false, "Washington's Birthday", "2027-02-15", .monday),
            (2027, false, "Labor Day", "2027-09-06", .monday),
            (2025, false, "Labor Day", "2025-09-01", .monday),  // September 1 is itself the first Monday
            (2027, false, "Columbus Day", "2027-10-11", .monday),
            (2027, false, "Christmas Day", "2027-12-25", .saturday),
            (2027, true, "Christmas Day", "2027-12-24", .friday),
            (2027, true, "Independence Day", "2027-07-05", .monday),
            (2027, true, "Juneteenth", "2027-06-18", .friday),
            (2027, true, "Thanksgiving Day", "2027-11-25", .thursday),  // weekday rules never move
            (2022, true, "New Year's Day", "2021-12-31", .friday),  // listed under its own year
            (2028, true, "New Year's Day", "2027-12-31", .friday),
            (2028, true, "Veterans Day", "2028-11-10", .friday),
            (2023, true, "New Year's Day", "2023-01-02", .monday),
            (2021, false, "Juneteenth", "2021-06-19", .saturday),
        ])
    func handChecked(year: Int, observed: Bool, name: String, date: String, weekday: Weekday) throws {
        let day = try #require(calendar.holidays(in: year, observed: observed).first { $0.name == name })
        #expect(day.date.iso == date)
        #expect(day.date.weekday == weekday)
    }

    @Test("holidays appear from the year they were created", arguments: [(1985, 9), (1986, 10), (2020, 10), (2021, 11), (2200, 11)])
    func holidayCount(year: Int, count: Int) {
        let days = calendar.holidays(in: year)
        #expect(days.count == count)
        #expect(days.map(\.date) == days.map(\.date).sorted())
        #expect(days.allSatisfy { $0.date.year == year })
    }

    @Test("Juneteenth is absent before 2021, Martin Luther King Jr. Day before 1986")
    func since() {
        #expect(!calendar.holidays(in: 2020).contains { $0.name == "Juneteenth" })
        #expect(!calendar.holidays(in: 1985, observed: true).contains { $0.name == "Martin Luther King Jr. Day" })
    }

    @Test("the calendar states the years its rules hold for")
    func years() {
        #expect(calendar.years == 1978...2200)
        #expect(calendar.holidayNames.count == 11)
    }

    @Test(
        "rules are found by name or alias",
        arguments: [
            ("Thanksgiving", "Thanksgiving Day"), ("thanksgiving day", "Thanksgiving Day"), ("Christmas", "Christmas Day"),
            ("Presidents' Day", "Washington's Birthday"), ("Presidents’ Day", "Washington's Birthday"),
            ("MLK Day", "Martin Luther King Jr. Day"), ("  Memorial   Day ", "Memorial Day"),
            ("Juneteenth National Independence Day", "Juneteenth"), ("New Year", "New Year's Day"),
        ])
    func aliases(alias: String, name: String) {
        #expect(calendar.rule(named: alias)?.name == name)
    }

    @Test("an unknown name finds no rule")
    func unknownName() {
        #expect(calendar.rule(named: "Groundhog Day") == nil)
    }
}

@Suite("Holidays in a scenario's period")
struct HolidaysInPeriodTests {
    /// The seed team's 2027: 52 weeks from Monday 2027-01-04 to Sunday 2028-01-02.
    private func scenario(_ holidays: HolidaySettings, start: String = "2027-01-04", weeks: Int = 52) -> Scenario {
        Scenario(team: "Data Engineering", period: Period(start: Day(iso: start)!, weeks: weeks), people: [Person(name: "Alice")], holidays: holidays)
    }

    private func rows(_ holidays: [Holiday]) -> [String] {
        holidays.map { "\($0.date.iso) \($0.name) w\($0.week) ×\(JSONValue.format($0.weight))" }
    }

    static let seedSix = ["New Year's Day", "Memorial Day", "Independence Day", "Labor Day", "Thanksgiving Day", "Christmas Day"]

    @Test("the seed's six holidays: New Year's Day 2027 falls before the period, 2028's inside it")
    func seedHolidays() {
        let holidays = scenario(HolidaySettings(only: Self.seedSix)).holidaysInPeriod()
        #expect(
            rows(holidays) == [
                "2027-05-31 Memorial Day w22 ×1", "2027-07-04 Independence Day w26 ×1", "2027-09-06 Labor Day w36 ×1",
                "2027-11-25 Thanksgiving Day w47 ×1", "2027-12-25 Christmas Day w51 ×1", "2028-01-01 New Year's Day w52 ×1",
            ])
    }

    @Test("without `only` every federal holiday in the period counts")
    func allHolidays() {
        let holidays = scenario(HolidaySettings()).holidaysInPeriod()
        #expect(holidays.count == 11)  // 2027-01-18 … 2027-12-25 (10) and 2028-01-01
        #expect(holidays.first?.name == "Martin Luther King Jr. Day")
        #expect(holidays.last?.date.iso == "2028-01-01")
    }

    @Test("`only` accepts aliases and keeps the calendar's names")
    func onlyWithAliases() {
        let holidays = scenario(HolidaySettings(only: ["Thanksgiving", "christmas"])).holidaysInPeriod()
        #expect(rows(holidays) == ["2027-11-25 Thanksgiving Day w47 ×1", "2027-12-25 Christmas Day w51 ×1"])
    }

    @Test("an empty `only` keeps no calendar day, but extra days still count")
    func emptyOnly() {
        let company = NamedDay(name: "Company Day", date: Day(iso: "2027-08-20")!)
        let holidays = scenario(HolidaySettings(only: [], extra: [company])).holidaysInPeriod()
        #expect(rows(holidays) == ["2027-08-20 Company Day w33 ×1"])
    }

    @Test("weights apply by name or alias; other holidays weigh 1")
    func weights() {
        let settings = HolidaySettings(
            only: Self.seedSix, extra: [NamedDay(name: "Company Day", date: Day(iso: "2027-08-20")!)],
            weights: ["Thanksgiving": 2, "Christmas Day": 3, "Company Day": 1.5])
        let holidays = scenario(settings).holidaysInPeriod()
        #expect(
            rows(holidays) == [
                "2027-05-31 Memorial Day w22 ×1", "2027-07-04 Independence Day w26 ×1", "2027-08-20 Company Day w33 ×1.5",
                "2027-09-06 Labor Day w36 ×1", "2027-11-25 Thanksgiving Day w47 ×2", "2027-12-25 Christmas Day w51 ×3",
                "2028-01-01 New Year's Day w52 ×1",
            ])
        #expect(scenario(settings).weight(ofHoliday: "Christmas") == 3)
        #expect(scenario(settings).weight(ofHoliday: "Thanksgiving Day") == 2)
    }

    @Test("observed dates move weekend holidays, and 2028's New Year's Day to Friday 2027-12-31")
    func observed() {
        let holidays = scenario(HolidaySettings(only: Self.seedSix, observed: true)).holidaysInPeriod()
        #expect(
            rows(holidays) == [
                "2027-05-31 Memorial Day w22 ×1", "2027-07-05 Independence Day w27 ×1", "2027-09-06 Labor Day w36 ×1",
                "2027-11-25 Thanksgiving Day w47 ×1", "2027-12-24 Christmas Day w51 ×1", "2027-12-31 New Year's Day w52 ×1",
            ])
    }

    @Test("an observed New Year's Day on 31 December counts in a period that ends that year")
    func observedNewYearAtYearEnd() {
        let holidays = scenario(HolidaySettings(only: ["New Year's Day"], observed: true), start: "2027-12-27", weeks: 1).holidaysInPeriod()
        #expect(rows(holidays) == ["2027-12-31 New Year's Day w1 ×1"])
    }

    @Test("calendar none gives only the extra days inside the period")
    func calendarNone() {
        let extra = [
            NamedDay(name: "Company Day", date: Day(iso: "2027-08-20")!), NamedDay(name: "Old Offsite", date: Day(iso: "2026-08-20")!),
        ]
        let holidays = scenario(HolidaySettings(calendar: .none, extra: extra)).holidaysInPeriod()
        #expect(rows(holidays) == ["2027-08-20 Company Day w33 ×1"])
    }

    @Test("an extra day repeating a calendar day counts once; same-date holidays sort by name")
    func duplicatesAndTies() {
        let extra = [
            NamedDay(name: "Thanksgiving Day", date: Day(iso: "2027-11-25")!), NamedDay(name: "Company Day", date: Day(iso: "2027-11-25")!),
        ]
        let holidays = scenario(HolidaySettings(only: ["Thanksgiving Day"], extra: extra)).holidaysInPeriod()
        #expect(rows(holidays) == ["2027-11-25 Company Day w47 ×1", "2027-11-25 Thanksgiving Day w47 ×1"])
    }
}
