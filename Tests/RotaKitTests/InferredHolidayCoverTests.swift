import RotaKit
import Testing

@Suite("Holiday covers inferred from who is on call")
struct InferredHolidayCoverTests {
    /// Three weekly shifts from Monday 2027-01-04, Alice, Bob, Charlie.
    static func schedule(handoff: HandoffTime) -> Schedule {
        let start = Day(year: 2027, month: 1, day: 4)!
        let period = Period(start: start, weeks: 3, handoff: handoff, timezone: "UTC")
        let weeks = ["Alice", "Bob", "Charlie"].enumerated().map { index, name in
            ScheduledWeek(week: index + 1, start: start.adding(days: 7 * index), end: start.adding(days: 7 * index + 6), oncall: [.primary: name])
        }
        return Schedule(team: "T", period: period, people: [], weeks: weeks, holidays: [], pipelines: [])
    }

    @Test("mid-week, the week's primary covers")
    func midWeek() {
        #expect(Self.schedule(handoff: HandoffTime(hour: 9, minute: 0)).inferredCover(on: Day(year: 2027, month: 1, day: 13)!) == "Bob")
    }

    @Test("on a handoff day, whoever holds most of the day covers")
    func handoffDay() {
        let handoffDay = Day(year: 2027, month: 1, day: 11)!
        #expect(Self.schedule(handoff: HandoffTime(hour: 9, minute: 0)).inferredCover(on: handoffDay) == "Bob")
        #expect(Self.schedule(handoff: HandoffTime(hour: 12, minute: 0)).inferredCover(on: handoffDay) == "Bob")
        #expect(Self.schedule(handoff: HandoffTime(hour: 13, minute: 0)).inferredCover(on: handoffDay) == "Alice")
        // The first day of the schedule has nobody before it.
        #expect(Self.schedule(handoff: HandoffTime(hour: 13, minute: 0)).inferredCover(on: Day(year: 2027, month: 1, day: 4)!) == "Alice")
    }

    @Test("covers the schedule names are kept; missing ones are inferred; dates outside are left empty")
    func merge() {
        var schedule = Self.schedule(handoff: HandoffTime(hour: 9, minute: 0))
        schedule.holidays = [HolidayCover(name: "A", date: Day(year: 2027, month: 1, day: 5)!, weight: 1, cover: "David")]
        let holidays = [
            Holiday(name: "A", date: Day(year: 2027, month: 1, day: 5)!, weight: 1, week: 1),
            Holiday(name: "B", date: Day(year: 2027, month: 1, day: 19)!, weight: 2, week: 3),
            Holiday(name: "C", date: Day(year: 2027, month: 2, day: 1)!, weight: 1, week: 5),
        ]
        let (result, inferred) = schedule.withInferredHolidayCovers(holidays)
        #expect(result.holidays.map(\.cover) == ["David", "Charlie", ""])
        #expect(result.holidays[1].weight == 2)
        #expect(inferred == ["B"])
    }
}
