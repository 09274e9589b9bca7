import RotaKit

/// A small hand-built plan: three weeks with a primary and a secondary, Memorial Day (weight 2)
/// covered by Alice while Bob and Charlie hold its week, and one investor pipeline.
let sampleSchedule = Schedule(
    team: "Data Engineering",
    period: Period(start: Day(iso: "2027-05-24")!, weeks: 3, timezone: "America/New_York"),
    people: [ScheduledPerson(name: "Alice"), ScheduledPerson(name: "Bob"), ScheduledPerson(name: "Charlie")],
    weeks: [
        ScheduledWeek(week: 1, start: Day(iso: "2027-05-24")!, end: Day(iso: "2027-05-30")!, oncall: [.primary: "Alice", .secondary: "Bob"]),
        ScheduledWeek(week: 2, start: Day(iso: "2027-05-31")!, end: Day(iso: "2027-06-06")!, oncall: [.secondary: "Charlie", .primary: "Bob"]),
        ScheduledWeek(week: 3, start: Day(iso: "2027-06-07")!, end: Day(iso: "2027-06-13")!, oncall: [.primary: "Charlie", .secondary: "Alice"]),
    ],
    holidays: [HolidayCover(name: "Memorial Day", date: Day(iso: "2027-05-31")!, weight: 2, cover: "Alice")],
    pipelines: [PipelineOwners(name: "Profit", investors: true, primary: "Alice", secondary: "Bob")],
    solver: SolverSummary(status: "optimal", objective: 0, bound: 0, seconds: 0.25))
