extension HolidayCalendar {
    /// The United States federal holidays (5 U.S.C. 6103), as they have stood since 1978.
    ///
    /// Earlier years followed other rules (Veterans Day on the fourth Monday of October in
    /// 1971–1977; Washington's Birthday, Memorial Day and Columbus Day on fixed dates before
    /// 1971), so ``years`` starts in 1978. Martin Luther King Jr. Day counts from 1986 and
    /// Juneteenth from 2021. Observed: a Saturday holiday moves to the Friday before, a Sunday
    /// one to the Monday after. One-off closures by executive order (a president's funeral)
    /// are left out.
    public static let usFederal = HolidayCalendar(
        name: "us-federal",
        title: "US federal holidays",
        years: 1978...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .nearestWeekday),
            HolidayRule("Martin Luther King Jr. Day", .nthWeekday(3, .monday, month: 1), since: 1986),
            HolidayRule("Washington's Birthday", .nthWeekday(3, .monday, month: 2)),
            HolidayRule("Memorial Day", .lastWeekday(.monday, month: 5)),
            HolidayRule("Juneteenth", .fixed(month: 6, day: 19), since: 2021, observance: .nearestWeekday),
            HolidayRule("Independence Day", .fixed(month: 7, day: 4), observance: .nearestWeekday),
            HolidayRule("Labor Day", .nthWeekday(1, .monday, month: 9)),
            HolidayRule("Columbus Day", .nthWeekday(2, .monday, month: 10)),
            HolidayRule("Veterans Day", .fixed(month: 11, day: 11), observance: .nearestWeekday),
            HolidayRule("Thanksgiving Day", .nthWeekday(4, .thursday, month: 11)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .nearestWeekday),
        ],
        aliases: [
            "juneteenth national independence day": "Juneteenth",
            "thanksgiving": "Thanksgiving Day",
            "christmas": "Christmas Day",
            "mlk day": "Martin Luther King Jr. Day",
            "martin luther king day": "Martin Luther King Jr. Day",
            "presidents' day": "Washington's Birthday",
            "presidents day": "Washington's Birthday",
            "new year's": "New Year's Day",
            "new year": "New Year's Day",
        ])
}
