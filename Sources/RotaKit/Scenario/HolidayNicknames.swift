/// What people call holidays when they are not reading a calendar: `Xmas`, `July 4th`. Not
/// accepted as names (a scenario says which day it means), but suggested when a name is unknown.
enum HolidayNicknames {
    /// Nickname (lower case, single spaces) → the calendar's name.
    static let table: [String: String] = [
        "xmas": "Christmas Day", "x-mas": "Christmas Day", "xmas day": "Christmas Day", "christmas": "Christmas Day",
        "july 4th": "Independence Day", "july 4": "Independence Day", "4th of july": "Independence Day", "fourth of july": "Independence Day",
        "the fourth": "Independence Day", "independence": "Independence Day", "thanksgiving": "Thanksgiving Day", "turkey day": "Thanksgiving Day",
        "new year": "New Year's Day", "new years": "New Year's Day", "new years day": "New Year's Day", "nyd": "New Year's Day",
        "mlk": "Martin Luther King Jr. Day", "mlk day": "Martin Luther King Jr. Day", "presidents day": "Washington's Birthday",
        "memorial": "Memorial Day", "labor": "Labor Day", "labour": "Labor Day", "veterans": "Veterans Day", "columbus": "Columbus Day",
        "boxing": "Boxing Day", "st stephen's day": "St. Stephen's Day", "easter": "Easter Monday", "good friday": "Good Friday",
        "may day": "Early May Bank Holiday", "bastille day": "Fête nationale", "canada day": "Canada Day", "anzac": "ANZAC Day",
    ]

    /// The holiday among `names` that `name` most likely means: a nickname's holiday, else the
    /// closest spelling (``Suggestion``); `nil` when neither is among `names`.
    static func suggestion(for name: String, among names: [String]) -> String? {
        let key = HolidayCalendar.normalized(name).replacingOccurrences(of: ".", with: "")
        if let target = table[key] ?? table[key.replacingOccurrences(of: "'", with: "")], names.contains(target) { return target }
        return Suggestion.closest(to: name, among: names)
    }
}
