extension HolidayCalendar {
    /// Public holidays kept in every Australian state and territory.
    ///
    /// Left out: the King's Birthday, Labour Day, Easter Saturday and Sunday, Melbourne Cup Day
    /// and the other days states and territories set for themselves, and their substitute days
    /// (each state moves weekend holidays by its own act, so `observed` moves nothing here).
    public static let australia = HolidayCalendar(
        name: "australia",
        title: "Public holidays in Australia (every state)",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
            HolidayRule("Australia Day", .fixed(month: 1, day: 26)),
            HolidayRule("Good Friday", .easter(offset: -2)),
            HolidayRule("Easter Monday", .easter(offset: 1)),
            HolidayRule("ANZAC Day", .fixed(month: 4, day: 25)),
            HolidayRule(
                "National Day of Mourning for Queen Elizabeth II", .once(Day(year: 2022, month: 9, day: 22)!),
                source: "proclaimed by the Governor-General in every state and territory, September 2022"),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
            HolidayRule("Boxing Day", .fixed(month: 12, day: 26)),
        ],
        aliases: ["christmas": "Christmas Day", "new year": "New Year's Day", "new year's": "New Year's Day", "anzac": "ANZAC Day"])
}
