import Foundation

/// When an iCalendar document was written: its events' `DTSTAMP` (RFC 5545 §3.8.7.2).
///
/// The time of writing, or `SOURCE_DATE_EPOCH` (seconds since 1970-01-01T00:00Z, the
/// reproducible-builds convention) when the environment sets it, so the same schedule written
/// twice gives the same bytes in tests and comparison scripts.
public struct ICalendarStamp: Sendable, Equatable {
    /// Seconds since 1970-01-01T00:00Z.
    public var secondsSince1970: Int

    public init(secondsSince1970: Int) {
        self.secondsSince1970 = secondsSince1970
    }

    /// `SOURCE_DATE_EPOCH` from `environment` when it is a whole number of seconds, else now.
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> ICalendarStamp {
        if let text = environment["SOURCE_DATE_EPOCH"]?.trimmingCharacters(in: .whitespaces), let seconds = Int(text), seconds >= 0 {
            return ICalendarStamp(secondsSince1970: seconds)
        }
        return ICalendarStamp(secondsSince1970: Int(Date().timeIntervalSince1970))
    }

    /// `20261206T093000Z`, the UTC DATE-TIME form.
    var icalendarText: String {
        LocalDateTime(wallSeconds: secondsSince1970).icalendarText + "Z"
    }
}
