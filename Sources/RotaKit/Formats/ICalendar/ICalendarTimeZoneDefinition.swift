import Foundation

/// The `VTIMEZONE` component for an IANA zone, computed from Foundation's time zone data.
///
/// Rather than guess a yearly rule, the component lists every offset change the zone makes in the
/// years given, each as its own `STANDARD` or `DAYLIGHT` observance with one onset, preceded by
/// an observance that fixes the offset from 1 January of the first year. That is exact even in
/// years when a zone changes its rules, and it is what a reader needs: RFC 5545 asks a
/// `VTIMEZONE` to cover the times the calendar uses, not all history.
///
/// `TZNAME` is left out on purpose: Foundation gives `EST` on macOS and `GMT-5` on Linux, and the
/// same schedule must give the same bytes everywhere.
struct ICalendarTimeZoneDefinition {
    /// One change of offset.
    struct Observance: Equatable {
        /// `STANDARD` or `DAYLIGHT`.
        var kind: String
        /// The onset, in the wall-clock time in force just before it (RFC 5545 §3.6.5).
        var start: LocalDateTime
        var offsetFrom: Int
        var offsetTo: Int
    }

    var identifier: String
    var observances: [Observance]

    /// The definition of `identifier` for the years `years`.
    /// - Returns: `nil` when Foundation does not know the zone.
    init?(identifier: String, years: ClosedRange<Int>) {
        guard let zone = TimeZone(identifier: identifier), let first = Day(year: years.lowerBound, month: 1, day: 1),
            let afterLast = Day(year: years.upperBound + 1, month: 1, day: 1)
        else { return nil }
        self.identifier = identifier
        func kind(at date: Date) -> String { zone.isDaylightSavingTime(for: date) ? "DAYLIGHT" : "STANDARD" }
        let named = ICalendarZone.named(zone)
        let startInstant = named.instant(of: LocalDateTime(day: first))
        let endInstant = named.instant(of: LocalDateTime(day: afterLast))
        var date = Date(timeIntervalSince1970: TimeInterval(startInstant))
        let initialOffset = zone.secondsFromGMT(for: date)
        observances = [Observance(kind: kind(at: date), start: LocalDateTime(day: first), offsetFrom: initialOffset, offsetTo: initialOffset)]
        var offset = initialOffset
        while let next = zone.nextDaylightSavingTimeTransition(after: date), Int(next.timeIntervalSince1970) < endInstant {
            let instant = Int(next.timeIntervalSince1970.rounded())
            let newOffset = zone.secondsFromGMT(for: next)
            if newOffset != offset {
                observances.append(
                    Observance(kind: kind(at: next), start: LocalDateTime(wallSeconds: instant + offset), offsetFrom: offset, offsetTo: newOffset))
                offset = newOffset
            }
            date = next
        }
    }

    /// Writes `BEGIN:VTIMEZONE` … `END:VTIMEZONE`.
    func write(to writer: inout ICalendarWriter) {
        writer.begin("VTIMEZONE")
        writer.property("TZID", identifier)
        for observance in observances {
            writer.begin(observance.kind)
            writer.property("DTSTART", observance.start.icalendarText)
            writer.property("TZOFFSETFROM", Self.utcOffsetText(observance.offsetFrom))
            writer.property("TZOFFSETTO", Self.utcOffsetText(observance.offsetTo))
            writer.end(observance.kind)
        }
        writer.end("VTIMEZONE")
    }

    /// `-0500`, `+0530`, or `+004512` when the offset has seconds (UTC-OFFSET, RFC 5545 §3.3.14).
    static func utcOffsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        let text = sign + LocalDateTime.twoDigits(magnitude / 3600) + LocalDateTime.twoDigits(magnitude % 3600 / 60)
        return magnitude % 60 == 0 ? text : text + LocalDateTime.twoDigits(magnitude % 60)
    }
}
