import Foundation
import TestSupport
import Testing

@testable import RotaKit

@Suite("Paging-tool imports: PagerDuty schedules and on-calls, Opsgenie timelines")
struct PagingImportTests {
    /// Four weeks in New York from 2027-05-24, handoff 09:00; Memorial Day is 2027-05-31.
    static func scenario() -> Scenario {
        var scenario = PagingSample.scenario(weeks: 4)
        scenario.period = Period(start: Day(iso: "2027-05-24")!, weeks: 4, handoff: HandoffTime(hour: 9, minute: 0), timezone: "America/New_York")
        return scenario
    }

    static let pagerDutySchedule = """
        {"schedule": {"id": "PSCHED1", "name": "Data Engineering primary", "time_zone": "America/New_York",
          "final_schedule": {"name": "Final Schedule", "rendered_schedule_entries": [
            {"start": "2027-05-24T09:00:00-04:00", "end": "2027-05-31T00:00:00-04:00", "user": {"id": "PALIC00", "summary": "Alice"}},
            {"start": "2027-05-31T00:00:00-04:00", "end": "2027-06-01T00:00:00-04:00", "user": {"id": "PXXXXXX", "summary": "charlie"}},
            {"start": "2027-06-01T00:00:00-04:00", "end": "2027-06-07T09:00:00-04:00", "user": {"id": "PBOB01", "summary": "Robert", "email": "bob@example.com"}},
            {"start": "2027-06-07T13:00:00Z", "end": "2027-06-21T13:00:00Z", "user": {"id": "PDAVI03", "summary": "Dave"}}
          ]}}}
        """

    @Test("GET /schedules/{id}: people by id, then email, then name; the holiday's cover is who holds most of its date")
    func pagerDutySchedule() throws {
        let (schedule, notes) = try #require(try ScheduleReader.importPagingTool(Self.pagerDutySchedule, file: "pd.json", scenario: Self.scenario()))
        #expect(notes == [])
        #expect(schedule.weeks.map { $0.oncall[.primary] ?? "-" } == ["Alice", "Bob", "David", "David"])
        #expect(schedule.holidays.map { "\($0.name) \($0.cover)" } == ["Memorial Day Charlie"])
    }

    @Test("GET /oncalls: escalation level 1 is primary, 2 secondary, others left out with a note")
    func oncalls() throws {
        let text = """
            {"oncalls": [
              {"user": {"id": "PALIC00"}, "escalation_level": 1, "start": "2027-05-24T13:00:00Z", "end": "2027-06-21T13:00:00Z"},
              {"user": {"id": "PBOB01"}, "escalation_level": 2, "start": "2027-05-24T13:00:00Z", "end": "2027-06-21T13:00:00Z"},
              {"user": {"id": "PCHA02"}, "escalation_level": 3, "start": "2027-05-24T13:00:00Z", "end": "2027-06-21T13:00:00Z"}
            ], "limit": 25, "offset": 0, "more": false}
            """
        let (schedule, notes) = try #require(try ScheduleReader.importPagingTool(text, file: "oncalls.json", scenario: Self.scenario()))
        #expect(schedule.weeks.allSatisfy { $0.oncall == [.primary: "Alice", .secondary: "Bob"] })
        #expect(notes == ["escalation levels 3 are left out (level 1 is primary, level 2 secondary)"])
    }

    @Test("Opsgenie timeline: recipients by username (the opsgenie: id), rotations named secondary are secondary")
    func opsgenie() throws {
        let text = """
            {"data": {"finalTimeline": {"rotations": [
              {"name": "primary", "periods": [{"startDate": "2027-05-24T13:00:00Z", "endDate": "2027-06-21T13:00:00Z", "type": "default",
                "recipient": {"id": "4513b7ea", "name": "david@example.com", "type": "user"}}]},
              {"name": "Backup", "periods": [{"startDate": "2027-05-24T13:00:00Z", "endDate": "2027-06-21T13:00:00Z", "type": "default",
                "recipient": {"id": "b2", "name": "CHARLIE@example.com", "type": "user"}}]}
            ]}}}
            """
        let (schedule, _) = try #require(try ScheduleReader.importPagingTool(text, file: "timeline.json", scenario: Self.scenario()))
        #expect(schedule.weeks.allSatisfy { $0.oncall == [.primary: "David", .secondary: "Charlie"] })
    }

    @Test("someone the scenario lacks is an error naming them and saying how people are matched")
    func unknownPerson() throws {
        let text = Self.pagerDutySchedule.replacingOccurrences(of: "\"summary\": \"Dave\"", with: "\"summary\": \"Tim Wright\"")
            .replacingOccurrences(of: "PDAVI03", with: "PT23IWX")
        do {
            _ = try ScheduleReader.importPagingTool(text, file: "pd.json", scenario: Self.scenario())
            Issue.record("an unknown person should be an error")
        } catch {
            #expect(
                error.description.contains(
                    "PagerDuty user PT23IWX (Tim Wright) is not among the scenario's people (matched by pagerduty: id, then email, then name)"),
                "\(error.description)")
            #expect(error.description.contains("people: Alice, Bob, Charlie, David"))
        }
    }

    @Test("times that are not RFC 3339, or an end before the start, are errors naming the field")
    func badTimes() throws {
        let text = """
            {"oncalls": [{"user": {"id": "PALIC00"}, "escalation_level": 1, "start": "2027-05-24 13:00", "end": "2027-06-21T13:00:00Z"},
                         {"user": {"id": "PALIC00"}, "escalation_level": 1, "start": "2027-06-21T13:00:00Z", "end": "2027-05-21T13:00:00Z"}]}
            """
        do {
            _ = try ScheduleReader.importPagingTool(text, file: "oncalls.json", scenario: Self.scenario())
            Issue.record("bad times should be errors")
        } catch {
            #expect(error.problems.map(\.field) == ["oncalls[0].start", "oncalls[1]"])
        }
    }

    @Test("without a scenario: names from the response, whole weeks from the first entry in the schedule's zone")
    func withoutScenario() throws {
        let (schedule, _) = try #require(try ScheduleReader.importPagingTool(Self.pagerDutySchedule, file: "pd.json", scenario: nil))
        #expect(schedule.period.start == Day(iso: "2027-05-24"))
        #expect(schedule.period.handoff == HandoffTime(hour: 9, minute: 0))
        #expect(schedule.period.timezone == "America/New_York")
        #expect(schedule.weeks.map { $0.oncall[.primary] ?? "-" } == ["Alice", "Robert", "Dave", "Dave"])
        #expect(schedule.people.map(\.name) == ["Alice", "charlie", "Robert", "Dave"])
    }

    @Test("other JSON is not a paging tool's response: rota.schedule/1 is read as before")
    func notAResponse() throws {
        #expect(try ScheduleReader.importPagingTool(#"{"format": "rota.schedule/1"}"#, file: "x.json", scenario: nil) == nil)
        #expect(try ScheduleReader.importPagingTool(#"{"oncalls": 3"#, file: "x.json", scenario: nil) == nil)
        #expect(PagingResponse.instant(rfc3339: "2027-01-04T09:00:00-05:00") == PagingResponse.instant(rfc3339: "2027-01-04T14:00:00.000Z"))
        #expect(PagingResponse.instant(rfc3339: "2027-02-30T09:00:00Z") == nil)
    }
}
