import RotaKit
import Testing

/// A two-person scenario with the document's fields, for the parts the seed does not exercise.
private let team = """
    team: Platform
    title: Platform On-Call
    period: { start: 2027-01-04, weeks: 4 }
    people:
      - { name: Ann, title: SRE }
      - Ben
      - Cat
    pipelines:
      - name: Billing
        investors: true
        primary: Ann
        secondary: Ben
        description: |
          Invoices for every customer.
          Runs nightly.
        runbook:
          purpose: Bill customers.
          steps:
            - |
              Run the export.
              Then check the totals.
            - Send the invoices.
      - { name: Ledger, investors: true, primary: Ben, secondary: Cat }
      - name: Search
        primary: Cat
        secondary: Ann
        runbook: { purpose: Keep search fresh. }
    risks:
      - Vendor outage
    rules: { min-gap-weeks: 1, holiday-cover: anyone }
    """

@Suite("The team's document: layout, escaping and what is missing")
struct TeamDocumentRenderingTests {
    @Test("without a scenario: laid out like the seed document, and says where the rest comes from")
    func withoutScenario() {
        #expect(
            TeamDocument(schedule: sampleSchedule).markdown() == """
                # Data Engineering On-Call Plan

                **Data Engineering**: on call from Mon 2027-05-24 to Sun 2027-06-13 (3 weeks), handing over on Mondays at 09:00 (`America/New_York`).

                > Written from the schedule alone. Job titles, pipeline descriptions, run books, the team's own list of potential issues, notes and the check of every rule come from the scenario: `rota report SCHEDULE --scenario SCENARIO --format md`.

                ## Pipeline Ownership

                ### 1. **Profit (Investors)**
                   - **Primary Owner**: Alice
                   - **Secondary Owner**: Bob

                ---

                ## On-Call Schedule

                The on-call schedule rotates weekly among the 3 team members (Alice, Bob and Charlie): each week has one person as primary and one as secondary. Every holiday has one cover.

                ### Weekly Rotation

                | Week | Start | End | Primary | Secondary | Holidays |
                |---:|---|---|---|---|---|
                | 1 | 2027-05-24 | 2027-05-30 | Alice | Bob |  |
                | 2 | 2027-05-31 | 2027-06-06 | Bob | Charlie | Memorial Day (2027-05-31) |
                | 3 | 2027-06-07 | 2027-06-13 | Charlie | Alice |  |

                ### Holiday Coverage

                - **Memorial Day** (Mon 2027-05-31, weight 2): Alice; on call in week 2: Bob (primary) and Charlie (secondary)

                ### Load per Person

                | Person | Primary weeks | Secondary weeks | Fair share | Deviation (primary / secondary) | Holidays | Holiday weight | Primary owner | Secondary owner | Investor primaries |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | Alice | 1 | 1 | 2 | 0 / 0 | 1 | 2 | 1 | 0 | 1 |
                | Bob | 1 | 1 | 2 | 0 / 0 | 0 | 0 | 0 | 1 | 0 |
                | Charlie | 1 | 1 | 2 | 0 / 0 | 0 | 0 | 0 | 0 | 0 |

                Fair share: the roles' weeks divided among the people on the team each week in proportion to their capacity; deviation: weeks minus fair share, per role.

                ### Why This Plan Is Fair

                - **Fair shares**: the 3 primary and 3 secondary weeks are shared in proportion to each person's capacity and time on the team: 2 weeks each.
                - **Load**: everyone holds exactly their fair share.
                - **Best possible**: optimal (largest deviation from fair share 0, proven bound 0): no plan that keeps the rules has a smaller largest deviation from fair share.
                - **Holidays**: 1 holiday this period. Holiday weight covered per person: 0 (Bob and Charlie), 2 (Alice).
                - **Rest**: some people are on call two weeks running.
                - **Not checked**: without the scenario the rules (time away, rest, holiday covers, pipeline coverage) are not checked: `rota check SCENARIO SCHEDULE`.

                ---

                ## Run Books for Pipelines Reporting Metrics to Investors

                Run books come from the scenario (`runbook:` with `purpose`, `steps` and `monitoring` on each pipeline): `rota report SCHEDULE --scenario SCENARIO --format md`. Pipelines reporting to investors: Profit.

                ---

                ## Potential Pipeline Issues

                ### Warnings from Rota's Check

                Rota warns of risks (investor pipelines whose owners are away together, a holiday covered by someone who owns no investor pipeline, investor pipelines resting on one person) when it checks the plan against its scenario: `rota report SCHEDULE --scenario SCENARIO --format md`.

                """)
    }

    @Test("names print as themselves; the team's prose is Markdown, kept inside its list item")
    func escapingAndProse() throws {
        var schedule = sampleSchedule
        schedule.pipelines[0].name = "A|B *hot* [x]"
        #expect(TeamDocument(schedule: schedule).markdown().contains("### 1. **A\\|B \\*hot\\* \\[x\\] (Investors)**"))

        let document = try Self.document()
        #expect(document.contains("   - **Description**: Invoices for every customer.\n     Runs nightly.\n"))
        #expect(document.contains("   - **Steps**:\n     1. Run the export.\n        Then check the totals.\n     2. Send the invoices.\n"))
    }

    @Test("a scenario's document: job titles where given, run books missing named, other run books, risks without description")
    func scenarioParts() throws {
        let document = try Self.document()
        #expect(document.hasPrefix("# Platform On-Call\n"))
        #expect(document.contains("   - **Primary Owner**: Ann (SRE)\n   - **Secondary Owner**: Ben\n"))
        #expect(document.contains("No run book yet for Ledger: add `runbook:` (`purpose`, `steps`, `monitoring`) to the pipeline in the scenario."))
        #expect(
            document.contains(
                "## Other Run Books\n\n### 1. **Search**\n   - **Purpose**: Keep search fresh.\n   - **Owners**: Cat (primary), Ann (secondary)\n"))
        #expect(document.contains("## Potential Pipeline Issues\n\n### 1. **Vendor outage**\n\n### Warnings from Rota's Check\n"))
        #expect(!document.contains("## Conclusion"))
    }

    @Test("a schedule that breaks rules says so under why the plan is fair, rule by rule")
    func violations() throws {
        let scenario = try ScenarioReader.read(team, file: "team.yaml").scenario
        var schedule = try Planner().plan(PlanningInput(scenario: scenario))
        schedule.weeks[1].oncall[.primary] = schedule.weeks[0].oncall[.primary]
        let check = Checker.check(schedule: schedule, scenario: scenario)
        #expect(!check.ok)
        let document = TeamDocument(schedule: schedule, scenario: scenario).markdown()
        #expect(document.contains("- **Checked**: Rota's independent checker (`rota check`) finds \(check.violations.count) violation"))
        for violation in check.violations { #expect(document.contains("  - **\(violation.rule.rawValue)**: ")) }
    }

    static func document() throws -> String {
        let scenario = try ScenarioReader.read(team, file: "team.yaml").scenario
        let schedule = try Planner().plan(PlanningInput(scenario: scenario))
        return TeamDocument(schedule: schedule, scenario: scenario).markdown()
    }
}
