extension HolidayCalendar {
    /// Statutory holidays kept in every Canadian province and territory.
    ///
    /// Observed: New Year's Day and Christmas Day on a weekend move to the next weekday, and
    /// Canada Day on a Sunday to Monday 2 July (Holidays Act, section 2). Left out: the days
    /// only some provinces or only federally regulated workplaces keep — Victoria Day, Civic
    /// Holiday, Thanksgiving, Remembrance Day, Boxing Day, the National Day for Truth and
    /// Reconciliation, Family Day, Saint-Jean-Baptiste Day and the other provincial days.
    public static let canada = HolidayCalendar(
        name: "canada",
        title: "Statutory holidays in Canada (every province)",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1), observance: .nextFreeWeekday),
            HolidayRule("Good Friday", .easter(offset: -2)),
            HolidayRule("Canada Day", .fixed(month: 7, day: 1), observance: .sundayToMonday),
            HolidayRule("Labour Day", .nthWeekday(1, .monday, month: 9)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25), observance: .nextFreeWeekday),
        ],
        aliases: ["christmas": "Christmas Day", "new year": "New Year's Day", "new year's": "New Year's Day", "dominion day": "Canada Day"])
}
