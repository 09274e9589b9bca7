import RotaKit
import Testing

@Suite("Reading the team's document and contact fields (v2)")
struct ScenarioDocumentFieldsTests {
    static let document = """
        team: Data Engineering
        title: Week 5 Data Pipeline Maintenance
        period: { start: 2027-01-04, weeks: 52 }
        people:
          - { name: Alice, title: Data Engineer, email: alice@example.com, pagerduty: PABC123, opsgenie: alice@example.com }
          - { name: Bob, holidays: uk-england-wales }
        pipelines:
          - name: Aggregate Profit
            investors: true
            primary: Alice
            secondary: Bob
            description: Aggregate profit metrics reported to investors.
            runbook:
              purpose: Calculate and report aggregate profit metrics to investors.
              steps:
                - Extract raw profit data from the database.
                - Aggregate profit by region, product, and time period.
              monitoring: Check for data delays, missing values, and outliers.
        risks:
          - { name: Data Delays, description: Raw data may not arrive on time due to upstream failures. }
          - Schema Changes
        notes: |
          This document outlines the ownership, on-call schedule,
          run books and potential issues.
        rules: { work-own-holidays: true }
        away-calendar: [pto.ics, ooo.ics]
        """

    @Test("every field of the contract's example is read")
    func fields() throws {
        let loaded = try ScenarioReader.read(Self.document, file: "team.yaml")
        let scenario = loaded.scenario
        #expect(loaded.warnings.isEmpty)
        #expect(scenario.title == "Week 5 Data Pipeline Maintenance")
        #expect(scenario.people[0].title == "Data Engineer")
        #expect(scenario.people[0].pagerduty == "PABC123")
        #expect(scenario.people[0].opsgenie == "alice@example.com")
        #expect(scenario.people[1].holidays == "uk-england-wales")
        let pipeline = try #require(scenario.pipelines.first)
        #expect(pipeline.description == "Aggregate profit metrics reported to investors.")
        #expect(pipeline.runbook?.purpose == "Calculate and report aggregate profit metrics to investors.")
        #expect(pipeline.runbook?.steps.count == 2)
        #expect(pipeline.runbook?.monitoring == "Check for data delays, missing values, and outliers.")
        #expect(
            scenario.risks == [
                Risk(name: "Data Delays", description: "Raw data may not arrive on time due to upstream failures."), Risk(name: "Schema Changes"),
            ])
        #expect(scenario.notes == "This document outlines the ownership, on-call schedule,\nrun books and potential issues.")
        #expect(scenario.rules.workOwnHolidays)
        #expect(scenario.awayCalendars == ["pto.ics", "ooo.ics"])
    }

    @Test("an unknown run-book key names the file, line and field")
    func unknownRunbookKey() {
        let text = """
            team: T
            period: { start: 2027-01-04, weeks: 4 }
            people: [Alice, Bob]
            pipelines:
              - name: P
                runbook: { purpose: x, escalate: y }
            """
        #expect {
            _ = try ScenarioReader.read(text, file: "team.yaml")
        } throws: { error in
            "\(error)".contains("team.yaml:6") && "\(error)".contains("escalate")
        }
    }

    @Test("a risk without a name is refused")
    func riskWithoutName() {
        let text = """
            team: T
            period: { start: 2027-01-04, weeks: 4 }
            people: [Alice, Bob]
            risks: [{ description: only words }]
            """
        #expect {
            _ = try ScenarioReader.read(text, file: "team.yaml")
        } throws: { error in
            "\(error)".contains("team.yaml:4") && "\(error)".contains("missing \"name\"")
        }
    }
}
