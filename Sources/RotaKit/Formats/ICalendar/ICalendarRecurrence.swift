/// An `RRULE` (RFC 5545 §3.3.10) in the subset calendars use for shifts and time zones:
/// `FREQ=DAILY` and `FREQ=WEEKLY` with `INTERVAL`, `COUNT`, `UNTIL`, `BYDAY`, `BYMONTH` and `WKST`,
/// and the `FREQ=YEARLY;BYMONTH=…;BYDAY=…` rules of `VTIMEZONE` observances.
///
/// Occurrences are generated on the wall clock of `DTSTART`, so a weekly 09:00 shift stays at
/// 09:00 across a change of clocks.
struct ICalendarRecurrence: Sendable {
    enum Frequency: String, Sendable {
        case daily = "DAILY"
        case weekly = "WEEKLY"
        case yearly = "YEARLY"
    }

    var frequency: Frequency
    var interval = 1
    var count: Int?
    var until: ICalendarTime?
    /// `BYDAY` entries; the ordinal (`2SU`, `-1SU`) only with `FREQ=YEARLY`.
    var weekdays: [(ordinal: Int?, weekday: Weekday)] = []
    var months: [Int] = []
    var monthDays: [Int] = []
    var weekStart: Weekday = .monday

    /// The most occurrences one rule may produce, so that `COUNT=1000000000` cannot stall a reader.
    static let occurrenceLimit = 20_000

    private static let weekdayCodes: [String: Weekday] = [
        "MO": .monday, "TU": .tuesday, "WE": .wednesday, "TH": .thursday, "FR": .friday, "SA": .saturday, "SU": .sunday,
    ]

    /// Parses an `RRULE` value.
    /// - Throws: a message saying what is wrong or not supported.
    init(parsing text: String) throws(RecurrenceProblem) {
        var frequency: Frequency?
        for part in text.split(separator: ";") where !part.isEmpty {
            let pieces = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pieces.count == 2 else { throw RecurrenceProblem("\"\(part)\" is not NAME=value") }
            let (name, value) = (pieces[0].uppercased(), pieces[1])
            switch name {
            case "FREQ":
                guard let parsed = Frequency(rawValue: value.uppercased()) else {
                    throw RecurrenceProblem("FREQ=\(value) is not supported; shifts may repeat DAILY or WEEKLY")
                }
                frequency = parsed
            case "INTERVAL":
                guard let number = Int(value), number >= 1 else { throw RecurrenceProblem("INTERVAL=\(value) is not a positive whole number") }
                interval = number
            case "COUNT":
                guard let number = Int(value), number >= 1 else { throw RecurrenceProblem("COUNT=\(value) is not a positive whole number") }
                count = number
            case "UNTIL":
                guard let time = ICalendarTime(value, zone: nil) else { throw RecurrenceProblem("UNTIL=\(value) is not a date or a date-time") }
                until = time
            case "BYDAY":
                weekdays = try value.split(separator: ",").map { item throws(RecurrenceProblem) in
                    let code = String(item.suffix(2)).uppercased()
                    guard let weekday = Self.weekdayCodes[code] else { throw RecurrenceProblem("BYDAY=\(value): \"\(item)\" is not a weekday") }
                    let prefix = item.dropLast(2)
                    if prefix.isEmpty { return (nil, weekday) }
                    guard let ordinal = Int(prefix), ordinal != 0, abs(ordinal) <= 53 else {
                        throw RecurrenceProblem("BYDAY=\(value): \"\(item)\" is not a weekday")
                    }
                    return (ordinal, weekday)
                }
            case "BYMONTH":
                months = try value.split(separator: ",").map { item throws(RecurrenceProblem) in
                    guard let month = Int(item), (1...12).contains(month) else { throw RecurrenceProblem("BYMONTH=\(value) is not a list of months") }
                    return month
                }
            case "BYMONTHDAY":
                monthDays = try value.split(separator: ",").map { item throws(RecurrenceProblem) in
                    guard let day = Int(item), (1...31).contains(day) else { throw RecurrenceProblem("BYMONTHDAY=\(value) is not supported") }
                    return day
                }
            case "WKST":
                guard let weekday = Self.weekdayCodes[value.uppercased()] else { throw RecurrenceProblem("WKST=\(value) is not a weekday") }
                weekStart = weekday
            default:
                throw RecurrenceProblem("\(name) is not supported; shifts may use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTH and WKST")
            }
        }
        guard let frequency else { throw RecurrenceProblem("FREQ is missing") }
        if count != nil && until != nil { throw RecurrenceProblem("COUNT and UNTIL cannot both be given") }
        if frequency != .yearly {
            if weekdays.contains(where: { $0.ordinal != nil }) { throw RecurrenceProblem("BYDAY with a number (like 2SU) is only supported in yearly rules") }
            if !monthDays.isEmpty { throw RecurrenceProblem("BYMONTHDAY is not supported in \(frequency.rawValue.lowercased()) rules") }
        }
        self.frequency = frequency
    }

    /// Whether the rule ends by itself (`COUNT` or `UNTIL`).
    var isBounded: Bool { count != nil || until != nil }

    /// The start of every occurrence, `start` first, in time order.
    /// - Parameters:
    ///   - start: `DTSTART`'s wall-clock reading.
    ///   - isAfterUntil: whether an occurrence starting at this wall-clock time lies past `UNTIL`.
    ///   - isPastHorizon: whether generating may stop here (the reader needs nothing later).
    /// - Complexity: O(occurrences), at most ``occurrenceLimit``.
    func occurrences(
        from start: LocalDateTime, isAfterUntil: (LocalDateTime) -> Bool, isPastHorizon: (LocalDateTime) -> Bool
    ) -> [LocalDateTime] {
        var result = [start]
        let limit = min(count ?? Self.occurrenceLimit, Self.occurrenceLimit)
        var step = 0
        // A period of the rule with nothing in it (BYMONTH=2 and a daily rule in March) must not
        // stop the search; this many empty periods in a row does.
        var emptyPeriods = 0
        while result.count < limit && emptyPeriods < 800 {
            let candidates = candidates(inPeriod: step, from: start)
            step += 1
            emptyPeriods = candidates.isEmpty ? emptyPeriods + 1 : 0
            for candidate in candidates where candidate > start {
                if isAfterUntil(candidate) || isPastHorizon(candidate) { return result }
                result.append(candidate)
                if result.count >= limit { return result }
            }
        }
        return result
    }

    /// The occurrences of the rule's `step`-th period (day, week or year, times `INTERVAL`), before
    /// `COUNT`, `UNTIL` and the start are applied.
    private func candidates(inPeriod step: Int, from start: LocalDateTime) -> [LocalDateTime] {
        func monthMatches(_ day: Day) -> Bool { months.isEmpty || months.contains(day.month) }
        switch frequency {
        case .daily:
            let day = start.day.adding(days: step * interval)
            let weekdayMatches = weekdays.isEmpty || weekdays.contains { $0.weekday == day.weekday }
            return weekdayMatches && monthMatches(day) ? [LocalDateTime(day: day, secondOfDay: start.secondOfDay)] : []
        case .weekly:
            func offset(_ weekday: Weekday) -> Int { (weekday.rawValue - weekStart.rawValue + 7) % 7 }
            let firstOfWeek = start.day.adding(days: -offset(start.day.weekday) + 7 * step * interval)
            let days = weekdays.isEmpty ? [start.day.weekday] : weekdays.map(\.weekday)
            return Set(days.map(offset)).sorted().map { firstOfWeek.adding(days: $0) }.filter(monthMatches)
                .map { LocalDateTime(day: $0, secondOfDay: start.secondOfDay) }
        case .yearly:
            let year = start.day.year + step * interval
            var days: [Day] = []
            for month in months.isEmpty ? [start.day.month] : months {
                let length = Day.daysIn(month: month, year: year)
                let daysOfMonth = (1...length).compactMap { Day(year: year, month: month, day: $0) }
                if weekdays.isEmpty {
                    let wanted = monthDays.isEmpty ? [start.day.dayOfMonth] : monthDays
                    days += daysOfMonth.filter { wanted.contains($0.dayOfMonth) }
                    continue
                }
                for (ordinal, weekday) in weekdays {
                    let matching = daysOfMonth.filter { $0.weekday == weekday && (monthDays.isEmpty || monthDays.contains($0.dayOfMonth)) }
                    if let ordinal {
                        let index = ordinal > 0 ? ordinal - 1 : matching.count + ordinal
                        if matching.indices.contains(index) { days.append(matching[index]) }
                    } else {
                        days += matching
                    }
                }
            }
            return Set(days).sorted().map { LocalDateTime(day: $0, secondOfDay: start.secondOfDay) }
        }
    }
}

/// Why an `RRULE` cannot be read.
struct RecurrenceProblem: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
