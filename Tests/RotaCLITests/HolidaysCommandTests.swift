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
            (["holidays", "--year", "2027", "--calendar", "uk"], "--calendar"),
            (["holidays", "--year", "2027", "--format", "csv"], "table or json"),
            (["holidays", "--year", "2027", "-o", "holidays.ics"], "table or json"),
        ])
    func badUsage(arguments: [String], mention: String) throws {
        let run = try RotaRun.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(mention), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
