extension HolidayCalendar {
    /// Public holidays in metropolitan France (Code du travail, article L3133-1).
    ///
    /// Whit Monday is left out in 2005–2007, when it was the "journée de solidarité" worked by
    /// law; since 2008 each employer picks the solidarity day. Left out: Good Friday and
    /// 26 December (Alsace and Moselle only) and the days of the overseas departments (the
    /// abolition of slavery). France has no substitute days.
    public static let france = HolidayCalendar(
        name: "france",
        title: "Public holidays in France",
        years: 1990...2200,
        rules: [
            HolidayRule("New Year's Day", .fixed(month: 1, day: 1)),
            HolidayRule("Easter Monday", .easter(offset: 1)),
            HolidayRule("Labour Day", .fixed(month: 5, day: 1)),
            HolidayRule("Victory in Europe Day", .fixed(month: 5, day: 8)),
            HolidayRule("Ascension Day", .easter(offset: 39)),
            HolidayRule(
                "Whit Monday", .computed { year in (2005...2007).contains(year) ? nil : Easter.sunday(in: year).adding(days: 50) }),
            HolidayRule("Bastille Day", .fixed(month: 7, day: 14)),
            HolidayRule("Assumption Day", .fixed(month: 8, day: 15)),
            HolidayRule("All Saints' Day", .fixed(month: 11, day: 1)),
            HolidayRule("Armistice Day", .fixed(month: 11, day: 11)),
            HolidayRule("Christmas Day", .fixed(month: 12, day: 25)),
        ],
        aliases: [
            "christmas": "Christmas Day", "noël": "Christmas Day", "new year": "New Year's Day", "new year's": "New Year's Day",
            "may day": "Labour Day", "fête du travail": "Labour Day", "victory day": "Victory in Europe Day", "ve day": "Victory in Europe Day",
            "pentecost monday": "Whit Monday", "lundi de pentecôte": "Whit Monday", "national day": "Bastille Day",
            "fête nationale": "Bastille Day", "14 juillet": "Bastille Day", "toussaint": "All Saints' Day",
        ])
}
