import ArgumentParser
import Foundation
import RotaKit

extension Rota {
    /// `rota holidays --calendar NAME --year Y`: one year's holidays from a built-in calendar or
    /// an iCalendar file, in date order.
    struct Holidays: ParsableCommand, WritesFormats {
        static let configuration = CommandConfiguration(
            abstract: "List one year's holidays from a built-in calendar or an .ics file, actual or observed dates.",
            discussion: """
                Calendars: \(HolidaySettings.Calendar.known). \
                The JSON form is [{"name": "Memorial Day", "date": "2027-05-31"}, …] in date order. \
                With --observed a weekend holiday moves to the weekday its calendar says (US: a \
                Saturday holiday to the Friday before and a Sunday one to the Monday after; UK: the \
                next weekday that is not already a bank holiday); a US Saturday New Year's Day is then \
                listed under its own year on 31 December of the year before. An .ics file is listed as \
                it is written.

                Examples:
                  rota holidays --year 2027
                  rota holidays --calendar uk-england-wales --year 2027 --observed
                  rota holidays --year 2027 --observed --format json -o holidays-2027.json
                """)

        @Option(
            name: .long,
            help:
                "The year (\(HolidayCalendar.usFederal.years.lowerBound)–\(HolidayCalendar.usFederal.years.upperBound) for us-federal, 1990–2200 for the others)."
        )
        var year: Int

        @Flag(name: .long, help: "Give observed dates instead of actual ones.")
        var observed = false

        @Option(
            name: .long,
            help: "The calendar: us-federal, uk-england-wales, uk-scotland, ireland, germany, france, netherlands, canada, australia, none, or an .ics file.")
        var calendar: String = HolidaySettings.Calendar.usFederal.rawValue

        @OptionGroup var output: OutputOptions<Holidays>

        func validate() throws {
            guard let chosen = HolidaySettings.Calendar(parsing: calendar) else {
                let names = HolidaySettings.Calendar.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--calendar must be one of \(names), or a path to an .ics file, not '\(calendar)'")
            }
            if chosen.filePath == nil {
                let rules = chosen.builtIn ?? .usFederal
                guard rules.years.contains(year) else {
                    let whose = rules.name == HolidayCalendar.usFederal.name ? "the federal holiday rules" : "the \(rules.name) rules"
                    throw ValidationError("--year must be from \(rules.years.lowerBound) to \(rules.years.upperBound) (\(whose) Rota knows), not \(year)")
                }
            }
            if let format = output.format, !Self.formats.contains(format) {
                throw ValidationError("--format must be table or json for rota holidays, not \(format.rawValue)")
            }
        }

        func run() throws {
            let chosen = HolidaySettings.Calendar(parsing: calendar) ?? .usFederal
            var settings = HolidaySettings(calendar: chosen, observed: observed)
            if let path = chosen.filePath {
                let feed = try HolidayFeed.load(path: path)
                Terminal.printProblems(feed.warnings)
                settings.files[path] = feed.days
            }
            let days = settings.days(of: chosen, years: year...year)
            let format = try output.resolvedFormat()
            guard Self.formats.contains(format) else {
                throw CommandFailure.badInput("rota: holidays are written as table or json, not \(format.rawValue) (\(output.output ?? "-"))")
            }
            try output.emit(format == .json ? Self.json(days) : table(days, calendar: chosen))
        }

        /// The formats a holiday list is written in.
        static let formats: [OutputFormat] = [.table, .json]

        /// `[{"name": …, "date": …}, …]`, one holiday a line.
        static func json(_ days: [NamedDay]) -> String {
            JSONValue.array(days.map { .object([("name", .string($0.name)), ("date", .string($0.date.iso))]) }).rendered()
        }

        /// Date, weekday and name columns; an observed day that moved names its actual date.
        private func table(_ days: [NamedDay], calendar: HolidaySettings.Calendar) -> String {
            let heading: String
            var actual: [String: Day] = [:]
            if let rules = calendar.builtIn {
                heading = "\(rules.title) \(year) (\(observed ? "observed" : "actual") dates)"
                actual = Dictionary(rules.holidays(in: year, observed: false).map { ($0.name, $0.date) }, uniquingKeysWith: { first, _ in first })
            } else if let path = calendar.filePath {
                heading = "Holidays in \(path) \(year) (as the file lists them)"
            } else {
                return "No holidays: the calendar 'none' has no built-in days.\n"
            }
            let nameWidth = days.map(\.name.count).max() ?? 0
            var lines = [heading, ""]
            lines.append("Date        Day  Holiday")
            for day in days {
                var line = "\(day.date.iso)  \(day.date.weekday.shortName)  \(day.name)"
                if let original = actual[day.name], original != day.date {
                    line += String(repeating: " ", count: nameWidth - day.name.count)
                    line += "  (actual date \(original.weekday.shortName) \(original.iso))"
                }
                lines.append(line)
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
