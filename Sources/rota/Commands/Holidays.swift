import ArgumentParser
import RotaKit

extension Rota {
    /// `rota holidays --year Y`: one year's holidays from a built-in calendar, in date order.
    struct Holidays: ParsableCommand, WritesFormats {
        static let configuration = CommandConfiguration(
            abstract: "List one year's holidays from the built-in calendar, actual or observed dates.",
            discussion: """
                The JSON form is [{"name": "Memorial Day", "date": "2027-05-31"}, …] in date order. \
                With --observed a Saturday holiday moves to the Friday before and a Sunday one to the \
                Monday after; a Saturday New Year's Day is then listed under its own year on 31 December \
                of the year before.

                Examples:
                  rota holidays --year 2027
                  rota holidays --year 2027 --observed --format json -o holidays-2027.json
                """)

        @Option(name: .long, help: "The year (\(HolidayCalendar.usFederal.years.lowerBound)–\(HolidayCalendar.usFederal.years.upperBound)).")
        var year: Int

        @Flag(name: .long, help: "Give observed dates instead of actual ones.")
        var observed = false

        @Option(name: .long, help: "The calendar: us-federal, or none (no built-in days).")
        var calendar: String = HolidaySettings.Calendar.usFederal.rawValue

        @OptionGroup var output: OutputOptions<Holidays>

        func validate() throws {
            let years = HolidayCalendar.usFederal.years
            guard years.contains(year) else {
                throw ValidationError(
                    "--year must be from \(years.lowerBound) to \(years.upperBound) (the federal holiday rules Rota knows), not \(year)")
            }
            guard HolidaySettings.Calendar(rawValue: calendar) != nil else {
                let names = HolidaySettings.Calendar.allCases.map(\.rawValue).joined(separator: " or ")
                throw ValidationError("--calendar must be \(names), not '\(calendar)'")
            }
            if let format = output.format, !Self.formats.contains(format) {
                throw ValidationError("--format must be table or json for rota holidays, not \(format.rawValue)")
            }
        }

        func run() throws {
            let chosen = HolidaySettings.Calendar(rawValue: calendar) ?? .usFederal
            let days = chosen == .usFederal ? HolidayCalendar.usFederal.holidays(in: year, observed: observed) : []
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
            guard calendar == .usFederal else { return "No holidays: the calendar 'none' has no built-in days.\n" }
            let actual = Dictionary(
                HolidayCalendar.usFederal.holidays(in: year, observed: false).map { ($0.name, $0.date) }, uniquingKeysWith: { first, _ in first })
            let nameWidth = days.map(\.name.count).max() ?? 0
            var lines = ["US federal holidays \(year) (\(observed ? "observed" : "actual") dates)", ""]
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
