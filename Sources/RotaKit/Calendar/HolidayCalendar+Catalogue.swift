extension HolidayCalendar {
    /// Every built-in calendar, in the order the documentation lists them.
    public static let all: [HolidayCalendar] = [
        .usFederal, .ukEnglandWales, .ukScotland, .ireland, .germany, .france, .netherlands, .canada, .australia,
    ]

    /// The built-in calendar called `name` (`uk-england-wales`), ignoring case.
    public static func named(_ name: String) -> HolidayCalendar? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        return all.first { $0.name == key }
    }
}
