import Foundation
import RotaKit
import TestSupport
import Testing

/// The loading step applies the calendar files a scenario names (Fixtures/calendars/team.yaml):
/// a holiday feed for the team, a person's own calendar, and three leave calendars.
@Suite("Calendars applied when a scenario is loaded")
struct CalendarLoadingTests {
    static let team = RotaPaths.fixture("calendars/team.yaml")

    private func awayDays(_ person: Person) -> [String] {
        person.away.flatMap { range in (0..<range.dayCount).map { range.first.adding(days: $0).iso } }
    }

    /// `team.yaml` with `extra` appended, written beside it (so its relative paths still work).
    private func variant(_ extra: String) throws -> String {
        let path = RotaPaths.fixture("calendars/variant-\(UUID().uuidString).yaml")
        try (String(contentsOfFile: Self.team, encoding: .utf8) + extra).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("holidays come from the .ics feed, as plan and check both compute them")
    func feedHolidays() throws {
        let loaded = try ScenarioLoading.load(Self.team)
        let holidays = loaded.scenario.holidaysInPeriod()
        #expect(
            holidays.map { "\($0.date.iso) \($0.name) ×\(JSONValue.format($0.weight))" } == [
                "2027-03-26 Good Friday ×1", "2027-03-29 Easter Monday ×1", "2027-05-03 Early May bank holiday ×1", "2027-05-31 Spring bank holiday ×1",
                "2027-08-30 Summer bank holiday ×1", "2027-12-27 Christmas Day (substitute day) ×2", "2027-12-28 Boxing Day (substitute day) ×1",
            ])
        #expect(loaded.input.holidays == holidays)
        #expect(loaded.scenario.holidays.calendar.filePath == "bank-holidays.ics")
    }

    @Test("a person is away on their own calendar's holidays and on their leave; others only on their leave")
    func awayDates() throws {
        let people = try ScenarioLoading.load(Self.team).scenario.people
        #expect(awayDays(people[0]) == ["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05", "2027-05-24", "2027-05-25"])
        #expect(awayDays(people[1]) == ["2027-04-12", "2027-06-01", "2027-06-02", "2027-06-03"])
        // David keeps Ireland's holidays (the period starts after New Year's Day 2027 and ends
        // on 2028-01-02, after New Year's Day 2028) and his part-time Fridays.
        #expect(
            awayDays(people[3]) == [
                "2027-02-01", "2027-03-17", "2027-03-29", "2027-05-03", "2027-06-07", "2027-08-02", "2027-10-25", "2027-12-25", "2027-12-26", "2028-01-01",
                "2027-09-03", "2027-09-10", "2027-09-17", "2027-09-24",
            ])
    }

    @Test("rules.work-own-holidays: true keeps people on their own holidays")
    func workOwnHolidays() throws {
        let path = try variant("rules: { work-own-holidays: true }\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let david = try ScenarioLoading.load(path).scenario.people[3]
        #expect(awayDays(david) == ["2027-09-03", "2027-09-10", "2027-09-17", "2027-09-24"])
    }

    @Test("the unmatched events and the feed's timed event are warnings naming file, summary and date")
    func warnings() throws {
        let warnings = try ScenarioLoading.load(Self.team).warnings.map(\.description)
        let folder = (Self.team as NSString).deletingLastPathComponent
        #expect(
            warnings == [
                "\(folder)/bank-holidays.ics:70: warning: \"Office party\" is not an all-day event, so not a holiday; ignored",
                "\(folder)/leave-attendees.ics:34: warning: \"Dana Fox - Vacation (approved)\" on 2027-06-07..2027-06-11 names nobody in the team; ignored (give the person's email in the scenario, or their name in the event's title)",
                "\(folder)/leave-names.ics:35: warning: \"Offsite planning\" on 2027-06-21 names nobody in the team; ignored (give the person's email in the scenario, or their name in the event's title)",
            ])
    }

    @Test("only and weights names a feed does not have are warnings")
    func feedNames() throws {
        let path = try variant("")
        defer { try? FileManager.default.removeItem(atPath: path) }
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(
            of: "weights: { Christmas Day (substitute day): 2 }", with: "only: [Good Friday, Easter Sunday]\n  weights: { Xmas: 2 }")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let warnings = try ScenarioLoading.load(path).warnings.map(\.message)
        #expect(warnings.contains("bank-holidays.ics has no holiday called \"Easter Sunday\"; it has no effect"))
        #expect(warnings.contains("bank-holidays.ics has no holiday called \"Xmas\"; it has no effect"))
    }

    @Test("a missing calendar file is an error naming it")
    func missingFile() throws {
        let path = try variant("")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "leave-names.ics", with: "no-such-leave.ics")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect {
            try ScenarioLoading.load(path)
        } throws: { error in
            (error as? InputErrors)?.errors.contains { $0.file.hasSuffix("no-such-leave.ics") } ?? false
        }
    }

    @Test("the checker finds the same holidays as the planner")
    func checkerAgrees() throws {
        let loaded = try ScenarioLoading.load(Self.team)
        let plan = try Planner().plan(loaded.input)
        let result = Checker.check(schedule: plan, scenario: loaded.scenario, history: [])
        #expect(result.violations.isEmpty)
        #expect(plan.holidays.map(\.name) == loaded.scenario.holidaysInPeriod().map(\.name))
    }
}
