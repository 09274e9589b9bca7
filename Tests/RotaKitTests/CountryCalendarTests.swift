import Foundation
import RotaKit
import Testing

/// Every built-in calendar against `Fixtures/<calendar>-holidays.json`, written by
/// `Tests/Oracles/holidays_oracle.py` from the PyPI `holidays` package, year by year, actual and
/// observed dates.
@Suite("Holiday calendars against the PyPI holidays package")
struct CountryCalendarTests {
    static func oracle(_ calendar: String) throws -> HolidayOracle {
        let url = try #require(Bundle.module.url(forResource: "\(calendar)-holidays", withExtension: "json", subdirectory: "Fixtures"))
        return try JSONDecoder().decode(HolidayOracle.self, from: Data(contentsOf: url))
    }

    /// A difference from the package that Rota makes on purpose, with the reason (README's
    /// "Holiday calendars" lists the same).
    struct Exception: Sendable {
        var calendar: String
        var observed: Bool
        var reason: String
        /// Turns the package's listing of a year into what Rota lists.
        var adjust: @Sendable (_ year: Int, _ entries: [HolidayOracle.Entry]) -> [HolidayOracle.Entry]
    }

    static let exceptions: [Exception] = [
        Exception(
            calendar: "canada", observed: true,
            reason: "Canada Day on a Sunday is kept on Monday 2 July (Holidays Act, section 2); the package's public category leaves it on Sunday"
        ) { year, entries in
            entries.map { entry in
                guard entry.name == "Canada Day", let day = Day(iso: entry.date), day.weekday == .sunday else { return entry }
                return HolidayOracle.Entry(name: entry.name, date: day.adding(days: 1).iso)
            }
        },
        Exception(
            calendar: "ireland", observed: false,
            reason:
                "the package lists a National Day of Mourning on 2011-09-14; Ireland's was 14 September 2001, declared by the government and not a public holiday in law, so Rota leaves it out"
        ) { _, entries in entries.filter { $0.name != "National Day of Mourning" } },
        Exception(calendar: "ireland", observed: true, reason: "as above, observed dates") { _, entries in
            entries.filter { $0.name != "National Day of Mourning" }
        },
    ]

    static let calendars = HolidayCalendar.all.map(\.name)

    private func listing(_ calendar: HolidayCalendar, _ year: Int, observed: Bool) -> [HolidayOracle.Entry] {
        calendar.holidays(in: year, observed: observed).map { HolidayOracle.Entry(name: $0.name, date: $0.date.iso) }
            .sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    private func expected(_ name: String, _ record: HolidayOracle.Year, observed: Bool) -> [HolidayOracle.Entry] {
        var entries = observed ? record.observed : record.actual
        for exception in Self.exceptions where exception.calendar == name && exception.observed == observed {
            entries = exception.adjust(record.year, entries)
        }
        return entries.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    @Test("every calendar agrees with the package every year from 1990 (Germany 1991) to 2060", arguments: calendars)
    func agreesWithOracle(name: String) throws {
        let calendar = try #require(HolidayCalendar.named(name))
        let oracle = try Self.oracle(name)
        #expect(oracle.first <= 1991 && oracle.last == 2060 && oracle.years.count == oracle.last - oracle.first + 1)
        #expect(calendar.years.contains(1990) && calendar.years.contains(2060))
        for record in oracle.years {
            for observed in [false, true] {
                let ours = listing(calendar, record.year, observed: observed)
                let theirs = expected(name, record, observed: observed)
                #expect(ours == theirs, "\(name) \(record.year)\(observed ? " observed" : "")")
            }
        }
    }

    @Test("each documented exception changes at least one year, so none is stale")
    func exceptionsMatter() throws {
        for exception in Self.exceptions {
            let oracle = try Self.oracle(exception.calendar)
            let changed = oracle.years.contains { record in
                let entries = exception.observed ? record.observed : record.actual
                return exception.adjust(record.year, entries) != entries
            }
            #expect(changed, "\(exception.calendar): \(exception.reason)")
        }
    }

    @Test(
        "Easter Sunday by the computus",
        arguments: [
            (1990, "1990-04-15"), (2000, "2000-04-23"), (2008, "2008-03-23"), (2011, "2011-04-24"), (2019, "2019-04-21"),
            (2024, "2024-03-31"), (2027, "2027-03-28"), (2038, "2038-04-25"), (2285, "2285-03-22"),
        ])
    func easter(year: Int, date: String) {
        #expect(Easter.sunday(in: year).iso == date)
        #expect(Easter.sunday(in: year).weekday == .sunday)
    }

    @Test(
        "substitute days",
        arguments: [
            ("uk-england-wales", 2027, "Christmas Day", "2027-12-27"), ("uk-england-wales", 2027, "Boxing Day", "2027-12-28"),
            ("uk-england-wales", 2022, "Christmas Day", "2022-12-27"), ("uk-england-wales", 2022, "New Year's Day", "2022-01-03"),
            ("uk-scotland", 2022, "New Year Holiday", "2022-01-04"), ("uk-scotland", 2020, "Saint Andrew's Day", "2020-11-30"),
            ("uk-scotland", 2025, "Saint Andrew's Day", "2025-12-01"), ("canada", 2029, "Canada Day", "2029-07-02"),
            ("canada", 2022, "Christmas Day", "2022-12-26"), ("netherlands", 2025, "King's Day", "2025-04-26"),
            ("netherlands", 2026, "King's Day", "2026-04-27"), ("us-federal", 2027, "Christmas Day", "2027-12-24"),
        ])
    func substitutes(calendar: String, year: Int, name: String, date: String) throws {
        let days = try #require(HolidayCalendar.named(calendar)).holidays(in: year, observed: true)
        #expect(days.first { $0.name == name }?.date.iso == date)
    }

    @Test("one-off days carry their source, and are in their year only")
    func oneOffs() throws {
        for calendar in HolidayCalendar.all {
            for rule in calendar.rules where rule.isOneOff {
                #expect(rule.source?.isEmpty == false, "\(calendar.name): \(rule.name)")
                let years = (1990...2060).filter { rule.date(in: $0) != nil }
                #expect(years.count == 1, "\(calendar.name): \(rule.name)")
            }
        }
        let coronation = try #require(HolidayCalendar.ukEnglandWales.holidays(in: 2023).first { $0.name == "Coronation of Charles III" })
        #expect(coronation.date.iso == "2023-05-08")
    }

    @Test(
        "rules are found by their name, an alias, or St for Saint",
        arguments: [
            ("ireland", "St Patrick's Day", "Saint Patrick's Day"), ("ireland", "st. stephen's day", "Saint Stephen's Day"),
            ("germany", "Labor Day", "Labour Day"), ("germany", "Pentecost Monday", "Whit Monday"), ("france", "14 juillet", "Bastille Day"),
            ("netherlands", "Koningsdag", "King's Day"), ("uk-england-wales", "Christmas", "Christmas Day"),
            ("uk-scotland", "St Andrew's Day", "Saint Andrew's Day"), ("canada", "labour day", "Labour Day"), ("australia", "Anzac Day", "ANZAC Day"),
        ])
    func lookup(calendar: String, alias: String, name: String) throws {
        #expect(try #require(HolidayCalendar.named(calendar)).rule(named: alias)?.name == name)
    }

    @Test("every calendar is found by its name; unknown names are not")
    func catalogue() {
        #expect(
            HolidayCalendar.all.map(\.name) == [
                "us-federal", "uk-england-wales", "uk-scotland", "ireland", "germany", "france", "netherlands", "canada", "australia",
            ])
        #expect(HolidayCalendar.named("UK-Scotland")?.name == "uk-scotland")
        #expect(HolidayCalendar.named("uk") == nil)
    }
}
