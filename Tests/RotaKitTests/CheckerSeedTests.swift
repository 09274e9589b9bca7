import Foundation
import RotaKit
import TestSupport
import Testing

/// The seed document's hand-made plan (Scenarios/seed-handmade.json and .csv) judged against the
/// seed scenario (Scenarios/data-pipelines.yaml). Worked out by hand:
///
/// - The rotation Alice, Bob, Charlie, David from week 1 (2027-01-04) gives week w to
///   Alice when w ≡ 1 (mod 4), Bob ≡ 2, Charlie ≡ 3, David ≡ 0: 13 weeks each (shares 52 ÷ 4 = 13),
///   four weeks apart (min-gap 2 holds).
/// - Holidays in the period and their weeks: Memorial Day Mon 2027-05-31, week 22 (Bob's), covered
///   by Alice: fine. Independence Day Sun 2027-07-04, week 26 (2027-06-28 – 07-04, Bob's),
///   covered by Bob: **not-week-owner broken**. Labor Day Mon 2027-09-06, week 36 (David's),
///   Charlie: fine. Thanksgiving Thu 2027-11-25, week 47 (Charlie's), David: fine. Christmas Sat
///   2027-12-25, week 51 (2027-12-20 – 26, Charlie's), Alice: fine. New Year's Day Sat 2028-01-01,
///   week 52 (2027-12-27 – 2028-01-02, David's), David: **not-week-owner broken**.
///   (New Year's Day 2027 falls before the period.)
/// - Holiday weights: Alice 2, Bob 1, Charlie 1, David 2: spread 1, the largest weight: fine.
/// - Owners are the scenario's own, so no ownership violation; but investor-pipeline primaries are
///   Bob 2, David 1, Alice 0, Charlie 0: a warning (the scenario fixes every owner).
/// - Nobody is away, so availability and pipeline coverage hold.
/// - Risks: Alice, who owns no investor pipeline, covers Memorial Day and Christmas Day; Bob is the
///   primary of two of the three investor pipelines.
@Suite("Checker on the seed's hand-made plan")
struct CheckerSeedTests {
    static func path(_ name: String) -> String { RotaPaths.path(name) }

    static func judge(_ file: String) throws -> CheckResult {
        let scenario = try ScenarioReader.load(path: path("Scenarios/data-pipelines.yaml")).scenario
        let schedule = try ScheduleReader.load(path: path(file), scenario: scenario)
        return Checker.check(schedule: schedule, scenario: scenario)
    }

    static let expectedViolations = [
        "holiday-cover: Bob covers Independence Day (Sun 2027-07-04) during their own on-call week 26 (2027-06-28 – 07-04)",
        "holiday-cover: David covers New Year's Day (Sat 2028-01-01) during their own on-call week 52 (2027-12-27 – 2028-01-02)",
    ]

    static let expectedWarnings = [
        "ownership: investor-pipeline primary counts range from 0 (Alice and Charlie) to 2 (Bob); they should differ by at most one "
            + "(the scenario fixes every owner, so this is a warning)",
        "investor-holiday-cover: Memorial Day (Mon 2027-05-31) is covered by Alice, who owns none of the investor pipelines "
            + "(Aggregate Profit, Aggregate Growth and Aggregate Engagement)",
        "investor-holiday-cover: Christmas Day (Sat 2027-12-25) is covered by Alice, who owns none of the investor pipelines "
            + "(Aggregate Profit, Aggregate Growth and Aggregate Engagement)",
        "investor-concentration: Bob is the primary owner of 2 of the 3 investor pipelines (Aggregate Profit and Aggregate Growth); "
            + "when Bob is away, most investor reports rest on their secondaries",
    ]

    @Test(
        "the hand-made plan breaks exactly the two holiday covers worked out by hand",
        arguments: ["Scenarios/seed-handmade.json", "Scenarios/seed-handmade.csv"])
    func violations(file: String) throws {
        let result = try Self.judge(file)
        #expect(!result.ok)
        #expect(result.violations.map(\.line) == Self.expectedViolations)
        #expect(result.warnings.map(\.line) == Self.expectedWarnings)
        let broken = result.invariants.filter { if case .violated = $0.status { true } else { false } }.map(\.rule)
        #expect(broken == [.holidayCover])
    }

    @Test("metrics of the hand-made plan: 13 weeks each, perfectly even load, holiday weights 2, 1, 1, 2")
    func metrics() throws {
        let metrics = try Self.judge("Scenarios/seed-handmade.json").metrics
        #expect(metrics.people.map(\.name) == ["Alice", "Bob", "Charlie", "David"])
        #expect(metrics.people.map { $0.weeks[.primary] } == [13, 13, 13, 13])
        #expect(metrics.people.map { $0.share[.primary] } == [13, 13, 13, 13])
        #expect(metrics.people.map(\.holidayWeight) == [2, 1, 1, 2])
        #expect(metrics.people.map(\.investorPrimaries) == [0, 2, 0, 1])
        #expect(metrics.people.map(\.investorPipelines) == [0, 2, 2, 2])
        #expect(metrics.people.map(\.shortestGap) == [4, 4, 4, 4])
        #expect(metrics.team.gini == 0 && metrics.team.coefficientOfVariation == 0 && metrics.team.equityScore == 100)
        #expect(metrics.team.pairwiseBalance == 1 && metrics.team.maxDeviation == 0 && metrics.team.spread == 0)
        #expect(metrics.team.holidaySpread == 1)
    }

    @Test("the JSON and the CSV of the plan are judged identically, byte for byte")
    func sameVerdict() throws {
        let json = try Self.judge("Scenarios/seed-handmade.json")
        let csv = try Self.judge("Scenarios/seed-handmade.csv")
        #expect(json == csv)
        #expect(json.json() == csv.json())
    }
}
