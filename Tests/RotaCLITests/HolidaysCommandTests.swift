import Foundation
import TestSupport
import Testing

@Suite("rota holidays, end to end")
struct HolidaysCommandTests {
    @Test("--format json lists the year's federal holidays in date order")
    func json() throws {
        let run = try RotaRun.run(["holidays", "--year", "2027", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
        #expect(
            run.stdout == """
                [
                  { "name": "New Year's Day", "date": "2027-01-01" },
                  { "name": "Martin Luther King Jr. Day", "date": "2027-01-18" },
                  { "name": "Washington's Birthday", "date": "2027-02-15" },
                  { "name": "Memorial Day", "date": "2027-05-31" },
                  { "name": "Juneteenth", "date": "2027-06-19" },
                  { "name": "Independence Day", "date": "2027-07-04" },
                  { "name": "Labor Day", "date": "2027-09-06" },
                  { "name": "Columbus Day", "date": "2027-10-11" },
                  { "name": "Veterans Day", "date": "2027-11-11" },
                  { "name": "Thanksgiving Day", "date": "2027-11-25" },
                  { "name": "Christmas Day", "date": "2027-12-25" }
                ]

                """)
    }

    @Test("--observed moves weekend holidays; 2028's New Year's Day is observed on Friday 2027-12-31")
    func observedTable() throws {
        let run = try RotaRun.run(["holidays", "--year", "2028", "--observed"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout == """
                US federal holidays 2028 (observed dates)

                Date        Day  Holiday
                2027-12-31  Fri  New Year's Day              (actual date Sat 2028-01-01)
                2028-01-17  Mon  Martin Luther King Jr. Day
                2028-02-21  Mon  Washington's Birthday
                2028-05-29  Mon  Memorial Day
                2028-06-19  Mon  Juneteenth
                2028-07-04  Tue  Independence Day
                2028-09-04  Mon  Labor Day
                2028-10-09  Mon  Columbus Day
                2028-11-10  Fri  Veterans Day                (actual date Sat 2028-11-11)
                2028-11-23  Thu  Thanksgiving Day
                2028-12-25  Mon  Christmas Day

                """)
    }

    @Test("the same command prints the same bytes twice")
    func deterministic() throws {
        let first = try RotaRun.run(["holidays", "--year", "2027", "--observed", "--format", "json"])
        let second = try RotaRun.run(["holidays", "--year", "2027", "--observed", "--format", "json"])
        #expect(first.status == 0 && first.stdout == second.stdout)
        #expect(first.stdout.contains(#"{ "name": "Christmas Day", "date": "2027-12-24" }"#))
    }

    @Test("--calendar none has no built-in days")
    func calendarNone() throws {
        let run = try RotaRun.run(["holidays", "--year", "2027", "--calendar", "none", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout == "[]\n")
    }

    @Test("-o writes the file, in the format its extension names")
    func outputFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("rota-holidays-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try RotaRun.run(["holidays", "--year", "2027", "-o", file.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == (try RotaRun.run(["holidays", "--year", "2027", "--format", "json"])).stdout)
    }

    @Test(
        "bad usage exits 2 with a message naming the option",
        arguments: [
            (["holidays", "--year", "1800"], "--year"), (["holidays", "--year", "2201"], "--year"),
            (["holidays", "--year", "twenty"], "year"), (["holidays"], "--year"),
            (["holidays", "--year", "2027", "--calendar", "uk"], "--calendar must be one of us-federal, uk-england-wales"),
            (["holidays", "--year", "1989", "--calendar", "germany"], "from 1990 to 2200 (the germany rules"),
            (["holidays", "--year", "2027", "--format", "csv"], "table or json"),
            (["holidays", "--year", "2027", "-o", "holidays.ics"], "table or json"),
        ])
    func badUsage(arguments: [String], mention: String) throws {
        let run = try RotaRun.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(mention), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test("--calendar names any built-in calendar; --observed gives substitute days")
    func otherCalendar() throws {
        let run = try RotaRun.run(["holidays", "--calendar", "uk-england-wales", "--year", "2027", "--observed"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout == """
                Bank holidays in England and Wales 2027 (observed dates)

                Date        Day  Holiday
                2027-01-01  Fri  New Year's Day
                2027-03-26  Fri  Good Friday
                2027-03-29  Mon  Easter Monday
                2027-05-03  Mon  May Day
                2027-05-31  Mon  Spring Bank Holiday
                2027-08-30  Mon  Late Summer Bank Holiday
                2027-12-27  Mon  Christmas Day             (actual date Sat 2027-12-25)
                2027-12-28  Tue  Boxing Day                (actual date Sun 2027-12-26)

                """)
    }

    @Test("every built-in calendar lists a year as JSON", arguments: ["uk-scotland", "ireland", "germany", "france", "netherlands", "canada", "australia"])
    func everyCalendar(name: String) throws {
        let run = try RotaRun.run(["holidays", "--calendar", name, "--year", "2027", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(#""name": "Christmas Day", "date": "2027-12-25""#))
    }

    @Test("--calendar FILE.ics lists the file's all-day events of that year, and warns about the rest")
    func icsFile() throws {
        let run = try RotaRun.run([
            "holidays", "--calendar", RotaPaths.path("Tests/RotaKitTests/Fixtures/calendars/bank-holidays.ics"), "--year", "2028", "--format", "json",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "[\n  { \"name\": \"New Year’s Day (substitute day)\", \"date\": \"2028-01-03\" }\n]\n")
        #expect(run.stderr.contains("bank-holidays.ics:70: warning: \"Office party\" is not an all-day event"))
    }

    @Test("plan and check name the leave-calendar events they could not match to a person")
    func unmatchedLeave() throws {
        let team = RotaPaths.path("Tests/RotaKitTests/Fixtures/calendars/team.yaml")
        let schedule = FileManager.default.temporaryDirectory.appendingPathComponent("rota-leave-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: schedule) }
        let plan = try RotaRun.run(["plan", team, "-o", schedule.path])
        #expect(plan.status == 0, "\(plan.stderr)")
        let check = try RotaRun.run(["check", team, schedule.path])
        #expect(check.status == 0, "\(check.stderr)")
        for run in [plan, check] {
            #expect(
                run.stderr.contains("leave-attendees.ics:34: warning: \"Dana Fox - Vacation (approved)\" on 2027-06-07..2027-06-11 names nobody in the team"))
            #expect(run.stderr.contains("leave-names.ics:35: warning: \"Offsite planning\" on 2027-06-21 names nobody in the team"))
        }
        #expect(check.stdout.contains("PASS"))
    }
}
