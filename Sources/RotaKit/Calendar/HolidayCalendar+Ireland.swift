extension HolidayCalendar {
    /// Public holidays in Ireland (Organisation of Working Time Act 1997, schedule 2, as amended).
    ///
    /// Saint Brigid's Day (from 2023) is the first Monday of February, or 1 February when that is
    /// a Friday. Ireland has no substitute days: an employee gets a day off in lieu of a holiday
    /// that falls on a weekend, on a day the employer chooses, so `observed` moves nothing. Good
    /// Friday is not a public holiday. The National Day of Mourning of 14 September 2001 was
    /// declared by the government but is not a public holiday in law, and is left out.
    public static let ireland = HolidayCalendar(
        name: "ireland",
        title: "Public holidays in Ireland",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
            HolidayRule(
                "Saint Brigid's Day",
                .computed { year in
                    let first = Day(year: year, month: 2, day: 1)!
                    return first.weekday == .friday ? first : HolidayRule.nth(1, .monday, month: 2, year: year)
                }, since: 2023),
            HolidayRule("Saint Patrick's Day", .fixed(month: 3, day: 17)),
            HolidayRule("Easter Monday", .easter(offset: 1)),
            HolidayRule(
                "May Bank Holiday",
                .computed { year in year == 1995 ? Day(year: 1995, month: 5, day: 8) : HolidayRule.nth(1, .monday, month: 5, year: year) },
                since: 1994),
            HolidayRule("June Bank Holiday", .nthWeekday(1, .monday, month: 6)),
            HolidayRule("August Bank Holiday", .nthWeekday(1, .monday, month: 8)),
            HolidayRule("October Bank Holiday", .lastWeekday(.monday, month: 10)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
            HolidayRule("Saint Stephen's Day", .fixed(month: 12, day: 26)),
            HolidayRule(
                "Millennium Celebrations", .once(Day(year: 1999, month: 12, day: 31)!),
                source: "a one-off public holiday declared by the Government of Ireland for the millennium"),
            HolidayRule(
                "Day of Remembrance and Recognition", .once(Day(year: 2022, month: 3, day: 18)!),
                source: "a one-off public holiday declared by the Government of Ireland in January 2022, for the COVID-19 pandemic"),
        ],
        aliases: [
            "christmas": "Christmas Day", "new year": "New Year's Day", "new year's": "New Year's Day",
            "boxing day": "Saint Stephen's Day", "saint brigid's day": "Saint Brigid's Day", "imbolc": "Saint Brigid's Day",
            "paddy's day": "Saint Patrick's Day",
        ])
}
