import Foundation

/// A time zone as an iCalendar file uses it: UTC, an IANA zone known to Foundation, or the
/// observances a file's own `VTIMEZONE` spells out (Outlook's "Eastern Standard Time").
///
/// Converts between instants (seconds since 1970-01-01T00:00Z) and wall-clock times.
enum ICalendarZone: Sendable {
    case utc
    case named(TimeZone)
    /// A `VTIMEZONE` read from the file.
    case defined(ObservedOffsets)

    /// The IANA zone called `identifier`, or `nil` when Foundation does not know it.
    /// Also accepts the prefixed forms some writers use (`/mozilla.org/20050126_1/Europe/Berlin`).
    init?(identifier: String) {
        let trimmed = identifier.trimmingCharacters(in: .whitespaces)
        if ["UTC", "Etc/UTC", "GMT", "Z"].contains(trimmed) {
            self = .utc
            return
        }
        if let zone = TimeZone(identifier: trimmed) {
            self = .named(zone)
            return
        }
        let parts = trimmed.split(separator: "/")
        for start in parts.indices.dropFirst() {
            if let zone = TimeZone(identifier: parts[start...].joined(separator: "/")) {
                self = .named(zone)
                return
            }
        }
        return nil
    }

    /// Seconds east of UTC at `instant`.
    func offset(at instant: Int) -> Int {
        switch self {
        case .utc: 0
        case .named(let zone): zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        case .defined(let offsets): offsets.offset(at: instant)
        }
    }

    /// The wall-clock time at `instant`.
    func local(at instant: Int) -> LocalDateTime {
        LocalDateTime(wallSeconds: instant + offset(at: instant))
    }

    /// The instant a wall-clock time names, by the rules of RFC 5545 §3.3.5: a time that occurs
    /// twice (when clocks go back) means the first; a time that does not exist (when clocks go
    /// forward) is read with the offset from before the gap, so 02:30 on the spring-forward night
    /// in New York is 03:30 EDT.
    func instant(of local: LocalDateTime) -> Int {
        let wall = local.wallSeconds
        let before = offset(at: wall - LocalDateTime.secondsPerDay)
        let after = offset(at: wall + LocalDateTime.secondsPerDay)
        let candidates = Set([wall - before, wall - after]).sorted()
        if let first = candidates.first(where: { offset(at: $0) == wall - $0 }) { return first }
        return wall - before
    }
}

/// The offsets a `VTIMEZONE` defines: each onset (an instant) and the offset from then on.
struct ObservedOffsets: Sendable {
    /// Onsets in time order.
    var onsets: [(instant: Int, offset: Int)]
    /// The offset before the first onset.
    var initialOffset: Int

    func offset(at instant: Int) -> Int {
        var low = 0
        var high = onsets.count
        while low < high {
            let middle = (low + high) / 2
            if onsets[middle].instant <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initialOffset : onsets[low - 1].offset
    }
}
