import Foundation
import Testing

@testable import RotaKit

/// One identity per rule: the names users see, which rules fail a check, which the diagnosis may
/// relax, and the words of a conflict, the same as before rules had one type.
@Suite("Rules")
struct RuleTests {
    @Test("the names users see, in PRODUCT.md's order, then consistency and the risks")
    func names() {
        #expect(
            Rule.allCases.map(\.rawValue) == [
                "coverage", "availability", "distinct", "rest", "holiday-cover", "load", "holidays", "ownership", "pipeline-coverage",
                "consistency", "investor-owners-away", "investor-holiday-cover", "investor-concentration",
            ])
        #expect(Rule.allCases.allSatisfy { "\($0)" == $0.rawValue })
        #expect(Rule.holidayCover < Rule.load && Rule.pipelineCoverage < Rule.consistency)
    }

    @Test("invariants fail a check, risks only warn")
    func kinds() {
        #expect(Rule.invariants == Rule.allCases.filter { $0.kind != .risk })
        #expect(Rule.invariants.last == .consistency)
        #expect(Rule.allCases.filter { $0.kind == .risk } == [.investorOwnersAway, .investorHolidayCover, .investorConcentration])
    }

    @Test("the relaxable rules, in the order the diagnosis tries them")
    func relaxable() {
        #expect(Rule.relaxable == [.rest, .load, .holidayCover, .holidays, .ownership, .pipelineCoverage])
        #expect(Rule.allCases.filter(\.isRelaxable).count == Rule.relaxable.count)
        #expect(Rule.relaxable.allSatisfy { $0.kind == .invariant })
    }

    @Test("a conflict reads as before: rule, message, fix")
    func conflictWords() {
        #expect(
            Conflict(rule: .holidayCover, message: "Memorial Day: nobody free", suggestion: "use holiday-cover: anyone").description
                == "holiday-cover: Memorial Day: nobody free — use holiday-cover: anyone")
        #expect(Conflict(.together([.rest, .holidayCover]), message: "m").description == "rest+holiday-cover: m")
        #expect(Conflict(.allRules, message: "m").description == "rules: m")
        #expect(Conflict(.frozenWeeks, message: "m").description == "frozen: m")
        #expect(Conflict.Subject.together([.rest, .load]).rules == [.rest, .load])
        #expect(Conflict.Subject.allRules.rules.isEmpty)
    }

    @Test("the diagnosis names relaxable rules only")
    func diagnosisNamesRules() throws {
        let scenario = try ScenarioReader.load(path: Self.scenario("infeasible/holidays-vs-rotation.yaml")).scenario
        let conflicts = InfeasibilityDiagnosis.conflicts(in: PlanningInput(scenario: scenario), parts: [.rotation])
        #expect(conflicts.first?.rule == .allRules)
        #expect(conflicts.dropFirst().allSatisfy { $0.rule.rules.allSatisfy(\.isRelaxable) && !$0.rule.rules.isEmpty })
    }

    @Test("every rule the checker reports is an invariant or a risk of Rule, in Rule's order")
    func checkerReportsRules() throws {
        let scenario = try ScenarioReader.load(path: Self.scenario("data-pipelines.yaml")).scenario
        let path = Self.root + "/Scenarios/seed-handmade.json"
        let schedule = try ScheduleReader.readJSON(String(contentsOfFile: path, encoding: .utf8), file: path)
        let result = Checker.check(schedule: schedule, scenario: scenario)
        #expect(result.invariants.map(\.rule) == Rule.invariants)
        #expect(result.violations.allSatisfy { $0.rule.kind != .risk })
        #expect(result.violations.map(\.rule) == result.violations.map(\.rule).sorted())
    }

    @Test("the checker's own calendar agrees with the scenario's for every shipped scenario")
    func checkerCalendarAgrees() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/Scenarios").filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let scenario = try ScenarioReader.load(path: Self.scenario(name)).scenario
            let period = scenario.period
            #expect(CheckerCalendar.holidays(of: scenario) == scenario.holidaysInPeriod(), "\(name)")
            #expect(CheckerCalendar.days(of: period) == period.days, "\(name)")
            for w in period.weekNumbers {
                let dates = CheckerCalendar.dates(ofWeek: w, in: period)
                #expect(dates == period.dates(ofWeek: w), "\(name) week \(w)")
                for person in scenario.people {
                    #expect(CheckerCalendar.isAway(person, during: dates) == person.isAway(during: dates), "\(name) \(person.name) week \(w)")
                }
            }
        }
    }

    @Test("the checker's away test: away dates, before joining, from the day of leaving")
    func checkerAway() {
        let day = { (text: String) in Day(iso: text)! }
        let person = Person(
            name: "A", away: [DayRange(day("2027-03-01"), day("2027-03-03"))], joins: day("2027-02-01"), leaves: day("2027-06-01"))
        #expect(CheckerCalendar.isAway(person, on: day("2027-01-31")))
        #expect(!CheckerCalendar.isAway(person, on: day("2027-02-01")))
        #expect(CheckerCalendar.isAway(person, on: day("2027-03-02")))
        #expect(!CheckerCalendar.isAway(person, on: day("2027-05-31")))
        #expect(CheckerCalendar.isAway(person, on: day("2027-06-01")))
        #expect(CheckerCalendar.isAway(person, during: DayRange(day("2027-02-24"), day("2027-03-01"))))
        #expect(!CheckerCalendar.isAway(person, during: DayRange(day("2027-03-04"), day("2027-03-10"))))
    }

    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func scenario(_ name: String) -> String { root + "/Scenarios/" + name }
}
