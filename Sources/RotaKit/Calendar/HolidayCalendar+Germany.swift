extension HolidayCalendar {
    /// Public holidays kept in every German state (Land).
    ///
    /// Holidays are set by the Länder; this calendar has the nine that all sixteen keep (German
    /// Unity Day is federal law), plus the Day of Repentance and Prayer, kept everywhere until
    /// 1994, and Reformation Day 2017 (the 500th anniversary, kept by every Land that once).
    /// 1990 is the Federal Republic's year: 17 June was still the Day of German Unity, and
    /// 3 October became German Unity Day. Left out: the days only some Länder keep — Epiphany,
    /// International Women's Day, Corpus Christi, Assumption Day, World Children's Day,
    /// Reformation Day (yearly in nine Länder), All Saints' Day, the Day of Repentance and Prayer
    /// after 1994 (Saxony), Easter Sunday and Whit Sunday (Brandenburg) and city holidays
    /// (Augsburg's Peace Festival). Germany has no substitute days.
    public static let germany = HolidayCalendar(
        name: "germany",
        title: "Public holidays in Germany (every Land)",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
            HolidayRule("Good Friday", .easter(offset: -2)),
            HolidayRule("Easter Monday", .easter(offset: 1)),
            HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
            HolidayRule("Ascension Day", .easter(offset: 39)),
            HolidayRule("Whit Monday", .easter(offset: 50)),
            HolidayRule("Day of German Unity (17 June)", .fixed(month: 6, day: 17), until: 1990),
            HolidayRule("German Unity Day", .fixed(month: 10, day: 3)),
            HolidayRule(
                "Reformation Day", .once(Day(year: 2017, month: 10, day: 31)!),
                source: "a one-off holiday in every Land for the 500th anniversary of the Reformation, by each Land's holiday law"),
            HolidayRule(
                "Day of Repentance and Prayer",
                .computed { year in Day(year: year, month: 11, day: 22)!.adding(days: -((Day(year: year, month: 11, day: 22)!.weekday.rawValue - 2 + 7) % 7)) },
                until: 1994),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
            HolidayRule("Second Day of Christmas", .fixed(month: 12, day: 26)),
        ],
        aliases: [
            "christmas": "Christmas Day", "new year": "New Year's Day", "new year's": "New Year's Day", "may day": "Labour Day",
            "pentecost monday": "Whit Monday", "boxing day": "Second Day of Christmas", "saint stephen's day": "Second Day of Christmas",
            "tag der deutschen einheit": "German Unity Day", "buß- und bettag": "Day of Repentance and Prayer",
            "repentance and prayer day": "Day of Repentance and Prayer",
        ])
}
