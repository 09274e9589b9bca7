import RotaKit
import Testing

@Suite("Calendar days")
struct DayTests {
    @Test("ISO dates round-trip across centuries and leap days", arguments: ["1970-01-01", "2000-02-29", "2027-01-04", "2100-12-31", "1899-03-01"])
    func roundTrip(text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.iso == text)
    }

    @Test("impossible or malformed dates are refused", arguments: ["2027-02-29", "2027-02-30", "2027-13-01", "2027-1-04", "27-01-04", "2027/01/04", ""])
    func refused(text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("weekdays are right", arguments: [("2027-01-04", Weekday.monday), ("1970-01-01", .thursday), ("2027-12-25", .saturday), ("2024-02-29", .thursday)])
    func weekday(text: String, weekday: Weekday) throws {
        #expect(try #require(Day(iso: text)).weekday == weekday)
    }

    @Test("ranges parse, and a reversed range is refused")
    func ranges() {
        #expect(DayRange(parsing: "2027-07-05..2027-07-18")?.dayCount == 14)
        #expect(DayRange(parsing: "2027-11-25")?.dayCount == 1)
        #expect(DayRange(parsing: "2027-07-18..2027-07-05") == nil)
    }
}
