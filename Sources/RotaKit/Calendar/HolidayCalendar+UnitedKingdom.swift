extension HolidayCalendar {
    /// Bank holidays in England and Wales (Banking and Financial Dealings Act 1971, schedule 1,
    /// and the royal proclamations that add or move a day each year).
    ///
    /// Observed: a weekend New Year's Day, Christmas Day or Boxing Day has a substitute day on
    /// the next weekday that is not already a bank holiday. Moved days (May Day 1995 and 2020,
    /// the Spring Bank Holiday in 2002, 2012 and 2022) and one-off days are by proclamation;
    /// see ``ukOneOffDays``.
    public static let ukEnglandWales = HolidayCalendar(
        name: "uk-england-wales",
        title: "Bank holidays in England and Wales",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .nextFreeWeekday),
            HolidayRule("Good Friday", .easter(offset: -2)),
            HolidayRule("Easter Monday", .easter(offset: 1)),
            ukMayDay,
            ukSpringBankHoliday,
            HolidayRule("Late Summer Bank Holiday", .lastWeekday(.monday, month: 8)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .nextFreeWeekday),
            HolidayRule("Boxing Day", .fixed(month: 12, day: 26), observance: .nextFreeWeekday),
        ] + ukOneOffDays,
        aliases: ukAliases.merging(["august bank holiday": "Late Summer Bank Holiday", "summer bank holiday": "Late Summer Bank Holiday"]) { a, _ in a })

    /// Bank holidays in Scotland (Banking and Financial Dealings Act 1971, schedule 1, and the St
    /// Andrew's Day Bank Holiday (Scotland) Act 2007, in force from 2006's St Andrew's Day).
    ///
    /// Scotland has 2 January and the first Monday of August, and no Easter Monday or late
    /// August holiday. Observed as England and Wales, except that New Year's Day on a weekend
    /// moves to the Monday after and 2 January on to the next free weekday; St Andrew's Day on a
    /// weekend moves to the Monday after. Local holidays set by councils (spring and autumn holidays) are left out.
    public static let ukScotland = HolidayCalendar(
        name: "uk-scotland",
        title: "Bank holidays in Scotland",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .nextWeekday),
            HolidayRule("New Year Holiday", .fixed(month: 1, day: 2), observance: .nextFreeWeekday),
            HolidayRule("Good Friday", .easter(offset: -2)),
            ukMayDay,
            ukSpringBankHoliday,
            HolidayRule("Summer Bank Holiday", .nthWeekday(1, .monday, month: 8)),
            HolidayRule("Saint Andrew's Day", .fixed(month: 11, day: 30), since: 2006, observance: .nextFreeWeekday),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .nextFreeWeekday),
            HolidayRule("Boxing Day", .fixed(month: 12, day: 26), observance: .nextFreeWeekday),
        ]
            + ukOneOffDays + [
                HolidayRule(
                    "Scotland's participation in the FIFA World Cup final", .once(Day(year: 2026, month: 6, day: 15)!),
                    source: "a Scottish bank holiday for the 2026 World Cup, as the PyPI holidays package (0.109) lists it")
            ],
        aliases: ukAliases.merging(["2 january": "New Year Holiday", "second of january": "New Year Holiday"]) { a, _ in a })

    /// The first Monday of May, moved to 8 May for the 50th (1995) and 75th (2020) anniversaries of VE Day.
    static let ukMayDay = HolidayRule(
        "May Day",
        .computed { year in
            [1995, 2020].contains(year) ? Day(year: year, month: 5, day: 8) : HolidayRule.nth(1, .monday, month: 5, year: year)
        })

    /// The last Monday of May, moved for the Golden (2002), Diamond (2012) and Platinum (2022) Jubilees.
    static let ukSpringBankHoliday = HolidayRule(
        "Spring Bank Holiday",
        .computed { year in
            switch year {
            case 2002, 2012: Day(year: year, month: 6, day: 4)
            case 2022: Day(year: 2022, month: 6, day: 2)
            default: HolidayRule.last(.monday, month: 5, year: year)
            }
        })

    /// Days added across the United Kingdom by royal proclamation.
    static let ukOneOffDays = [
        HolidayRule(
            "Millennium Celebrations", .once(Day(year: 1999, month: 12, day: 31)!), source: "royal proclamation under the 1971 Act, for the millennium"),
        HolidayRule(
            "Golden Jubilee of Elizabeth II", .once(Day(year: 2002, month: 6, day: 3)!), source: "royal proclamation under the 1971 Act, for the Golden Jubilee"
        ),
        HolidayRule(
            "Wedding of William and Catherine", .once(Day(year: 2011, month: 4, day: 29)!),
            source: "royal proclamation under the 1971 Act, for the wedding of Prince William and Catherine Middleton"),
        HolidayRule(
            "Diamond Jubilee of Elizabeth II", .once(Day(year: 2012, month: 6, day: 5)!),
            source: "royal proclamation under the 1971 Act, for the Diamond Jubilee"),
        HolidayRule(
            "Platinum Jubilee of Elizabeth II", .once(Day(year: 2022, month: 6, day: 3)!),
            source: "royal proclamation under the 1971 Act, for the Platinum Jubilee"),
        HolidayRule(
            "State Funeral of Queen Elizabeth II", .once(Day(year: 2022, month: 9, day: 19)!),
            source: "royal proclamation under the 1971 Act, for the State Funeral"),
        HolidayRule(
            "Coronation of Charles III", .once(Day(year: 2023, month: 5, day: 8)!), source: "royal proclamation under the 1971 Act, for the Coronation"),
    ]

    static let ukAliases = [
        "christmas": "Christmas Day", "new year": "New Year's Day", "new year's": "New Year's Day",
        "early may bank holiday": "May Day", "may bank holiday": "May Day", "whit monday": "Spring Bank Holiday",
    ]
}
