extension HolidayCalendar {
    /// Public holidays in the Netherlands (Algemene termijnenwet, article 3).
    ///
    /// King's Day is 27 April from 2014 (Queen's Day, 30 April, before); on a Sunday it is kept
    /// the Saturday before, which is its observed date here. Liberation Day (5 May) is a public
    /// holiday by law every year, but most collective agreements give the day off only every
    /// fifth year (2025, 2030, …), so it is listed in those years only. Easter Sunday and
    /// Whit Sunday are listed because the law names them. The Netherlands has no substitute days.
    public static let netherlands = HolidayCalendar(
        name: "netherlands",
        title: "Public holidays in the Netherlands",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
            HolidayRule("Good Friday", .easter(offset: -2)),
            HolidayRule("Easter Sunday", .easter(offset: 0)),
            HolidayRule("Easter Monday", .easter(offset: 1)),
            HolidayRule("Queen's Day", .fixed(month: 4, day: 30), until: 2013, observance: .sundayToSaturday),
            HolidayRule("King's Day", .fixed(month: 4, day: 27), since: 2014, observance: .sundayToSaturday),
            HolidayRule("Liberation Day", .computed { year in year % 5 == 0 ? Day(year: year, month: 5, day: 5) : nil }),
            HolidayRule("Ascension Day", .easter(offset: 39)),
            HolidayRule("Whit Sunday", .easter(offset: 49)),
            HolidayRule("Whit Monday", .easter(offset: 50)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
            HolidayRule("Second Day of Christmas", .fixed(month: 12, day: 26)),
        ],
        aliases: [
            "christmas": "Christmas Day", "new year": "New Year's Day", "new year's": "New Year's Day", "koningsdag": "King's Day",
            "koninginnedag": "Queen's Day", "bevrijdingsdag": "Liberation Day", "pentecost": "Whit Sunday",
            "pentecost monday": "Whit Monday", "boxing day": "Second Day of Christmas",
        ])
}
