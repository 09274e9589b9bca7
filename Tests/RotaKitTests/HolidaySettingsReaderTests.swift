import Foundation
import RotaKit
import Testing

/// `holidays:` and people's `holidays:` read against the chosen calendar.
@Suite("Holiday settings in the scenario")
struct HolidaySettingsReaderTests {
    private func read(_ holidays: String, people: String = "[Alice, Bob]") throws -> ScenarioReader.Loaded {
        try ScenarioReader.read("period: { start: 2027-01-04, weeks: 52 }\npeople: \(people)\nholidays: \(holidays)\n", file: "s.yaml")
    }

    private func problems(_ holidays: String, people: String = "[Alice, Bob]") -> [String] {
        do {
            return try read(holidays, people: people).warnings.map(\.description)
        } catch {
            return (error as? InputErrors)?.problems.map(\.description) ?? ["\(error)"]
        }
    }

    @Test("only and weights are checked against the chosen calendar, with its aliases")
    func otherCalendar() throws {
        let loaded = try read("{ calendar: ireland, only: [St Patrick's Day, Christmas], weights: { St Stephen's Day: 2, Christmas Day: 3 } }")
        #expect(loaded.scenario.holidays.calendar.rawValue == "ireland")
        #expect(loaded.scenario.holidays.only == ["Saint Patrick's Day", "Christmas Day"])
        #expect(loaded.warnings.map(\.message) == ["\"only\" leaves out Saint Stephen's Day, so its weight has no effect"])
        let days = loaded.scenario.holidaysInPeriod()
        #expect(
            days.map { "\($0.date.iso) \($0.name) ×\(JSONValue.format($0.weight))" } == ["2027-03-17 Saint Patrick's Day ×1", "2027-12-25 Christmas Day ×3"])
    }

    @Test("a US name in a German calendar is an error with a suggestion (nicknames too) and the list")
    func wrongCalendar() {
        #expect(
            problems("{ calendar: germany, only: [Thanksgiving Day] }") == [
                "s.yaml:3:39: error: holidays.only[0]: \"Thanksgiving Day\" is not a holiday of the germany calendar (the germany calendar has \"New Year's Day\", \"Good Friday\", \"Easter Monday\", \"Labour Day\", \"Ascension Day\", \"Whit Monday\", \"Day of German Unity (17 June)\", \"German Unity Day\", \"Day of Repentance and Prayer\", \"Christmas Day\", \"Second Day of Christmas\"; another day goes under extra with its date)"
            ])
        #expect(
            problems("{ calendar: germany, weights: { Chrismas Day: 2 } }") == [
                "s.yaml:3:57: error: holidays.weights.\"Chrismas Day\": no holiday called \"Chrismas Day\"; did you mean \"Christmas Day\"? (the germany calendar has \"New Year's Day\", \"Good Friday\", \"Easter Monday\", \"Labour Day\", \"Ascension Day\", \"Whit Monday\", \"Day of German Unity (17 June)\", \"German Unity Day\", \"Day of Repentance and Prayer\", \"Christmas Day\", \"Second Day of Christmas\")"
            ])
        let listed = problems("{ calendar: canada, weights: { Xmas: 2 }, extra: [{ name: Company Day, date: 2027-08-20 }] }")
        #expect(
            listed == [
                "s.yaml:3:48: error: holidays.weights.Xmas: no holiday called \"Xmas\"; did you mean \"Christmas Day\"? (the canada calendar has \"New Year's Day\", \"Good Friday\", \"Canada Day\", \"Labour Day\", \"Christmas Day\"; extra days: \"Company Day\")"
            ])
    }

    @Test("a weight for a holiday only leaves out is a warning; an alias of a kept one is not")
    func weightLeftOut() {
        #expect(problems("{ only: [Thanksgiving Day], weights: { Thanksgiving: 2 } }").isEmpty)
        #expect(
            problems("{ only: [Thanksgiving Day], weights: { Christmas: 2 } }") == [
                "s.yaml:3:61: warning: holidays.weights.Christmas: \"only\" leaves out Christmas Day, so its weight has no effect (add Christmas Day to only, or remove the weight)"
            ])
    }

    @Test("calendar: FILE.ics keeps the path; names are checked when the file is read")
    func icsPath() throws {
        let loaded = try read("{ calendar: holidays/bank-holidays.ics, only: [Early May bank holiday], weights: { Anything: 2 } }")
        #expect(loaded.scenario.holidays.calendar.filePath == "holidays/bank-holidays.ics")
        #expect(loaded.scenario.holidays.only == ["Early May bank holiday"])
        #expect(loaded.scenario.holidaysInPeriod().isEmpty)  // not read yet: the loading step reads it
    }

    @Test("a person's own calendar is a calendar name or an .ics path")
    func personCalendar() throws {
        let people = "[{ name: Alice, holidays: uk-scotland }, { name: Bob, holidays: team/berlin.ics }, Carol]"
        let loaded = try read("{ calendar: none }", people: people)
        #expect(loaded.scenario.people.map(\.holidays) == ["uk-scotland", "team/berlin.ics", nil])
        let scotland = loaded.scenario.ownHolidays(of: loaded.scenario.people[0]).map(\.date.iso)
        #expect(scotland.first == "2027-03-26" && scotland.contains("2027-11-30"))
    }
}
