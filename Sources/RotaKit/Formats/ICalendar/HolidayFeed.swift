import Foundation

/// Public holidays from an iCalendar feed (`calendar: bank-holidays.ics`): a government's
/// published file, or an export of a Google or Outlook holiday calendar.
///
/// Every all-day event is a named day on each date it covers (`DTSTART` up to `DTEND`,
/// exclusive), named by its summary; daily, weekly and yearly recurrences are expanded (yearly
/// ones, such as `RRULE:FREQ=YEARLY` for Christmas or `FREQ=YEARLY;BYMONTH=11;BYDAY=4TH` for
/// Thanksgiving, up to 2199). Timed events are not holidays and are left out with a warning;
/// cancelled ones are left out.
public enum HolidayFeed {
    /// The holidays of the feed at `path`, in date order (ties by name), each once.
    /// - Returns: the days, and warnings for the events left out.
    /// - Throws: ``InputErrors`` when the file is missing, not iCalendar, or has an unreadable
    ///   date or recurrence (file and line in each message).
    public static func load(path: String) throws(InputErrors) -> (days: [NamedDay], warnings: [InputProblem]) {
        let text = try SourceDocument.readText(at: path, what: "an iCalendar file of holidays")
        return try read(text, file: path)
    }

    /// See ``load(path:)``; `file` names the text in messages.
    public static func read(_ text: String, file: String) throws(InputErrors) -> (days: [NamedDay], warnings: [InputProblem]) {
        let diagnostics = Diagnostics(file: file)
        guard let document = ICalendarDocument(text: text, diagnostics: diagnostics, yearly: true) else { throw InputErrors(diagnostics.problems) }
        try diagnostics.throwIfErrors()
        // A feed knows no period: recurrences without an end stop at this date.
        let horizon = ICalendarZone.utc.instant(of: LocalDateTime(day: Day(year: 2200, month: 1, day: 1)!))
        var days = Set<NamedDay>()
        for event in document.events {
            let name = event.summary.isEmpty ? "Holiday" : event.summary
            for span in document.occurrences(of: event, teamZone: .utc, horizon: horizon) {
                guard case .allDay(let first, let endExclusive) = span else {
                    diagnostics.warning(line: event.line, "\"\(name)\" is not an all-day event, so not a holiday; ignored")
                    break
                }
                var day = first
                while day < endExclusive {
                    days.insert(NamedDay(name: name, date: day))
                    day = day.adding(days: 1)
                }
            }
        }
        return (days.sorted { ($0.date, $0.name) < ($1.date, $1.name) }, diagnostics.warnings)
    }
}
