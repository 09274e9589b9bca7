import Foundation

/// The team's zone and period, and which person holds each role in each week.
extension ICalendarImporter {
    /// The team's zone: the scenario's; else the calendar's `X-WR-TIMEZONE`, or the zone of the
    /// first shift, when it is an IANA zone; else the zone in which the shifts' UTC start times
    /// fall on one wall-clock time (a paging tool's export of a 09:00 New York handoff starts at
    /// 14:00Z in winter and 13:00Z in summer); else UTC.
    func teamZone(shifts: [Attributed]) -> (ICalendarZone, String) {
        if let scenario {
            return (ICalendarZone(identifier: scenario.period.timezone) ?? .utc, scenario.period.timezone)
        }
        var candidates = [document.timezone].compactMap { $0 }
        for item in shifts {
            if case .dateTime(_, .zone(let identifier)) = item.event.start.value { candidates.append(identifier) }
        }
        for candidate in candidates {
            switch ICalendarZone(identifier: candidate) {
            case .named(let zone): return (.named(zone), zone.identifier)
            case .utc: return (.utc, "UTC")
            default: continue
            }
        }
        return Self.zoneOfHandoffs(shifts: shifts)
    }

    /// Zones tried first, in this order, when several agree (New York and Toronto keep the same
    /// clocks): the zones most teams live in.
    static let preferredZones = [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage",
        "Pacific/Honolulu", "America/Toronto", "America/Vancouver", "America/Sao_Paulo", "America/Mexico_City", "Europe/London",
        "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Amsterdam", "Europe/Madrid", "Europe/Rome",
        "Europe/Stockholm", "Europe/Helsinki", "Europe/Athens", "Europe/Istanbul", "Europe/Moscow", "Asia/Dubai", "Asia/Kolkata",
        "Asia/Singapore", "Asia/Shanghai", "Asia/Tokyo", "Australia/Perth", "Australia/Adelaide", "Australia/Brisbane",
        "Australia/Sydney", "Australia/Melbourne", "Pacific/Auckland",
    ]

    /// The zone in which the most UTC-timed shifts start at one wall-clock time, when that is more
    /// of them than in UTC: the handoffs of a tool that writes every time in UTC land on the team's
    /// hour all year only in the team's zone (or one keeping the same clocks).
    static func zoneOfHandoffs(shifts: [Attributed]) -> (ICalendarZone, String) {
        let starts = shifts.compactMap { item -> Int? in
            guard case .dateTime(let local, .utc) = item.event.start.value else { return nil }
            return local.wallSeconds
        }
        func agreeing(_ zone: ICalendarZone) -> Int {
            var counts: [Int: Int] = [:]
            for start in starts { counts[zone.local(at: start).secondOfDay, default: 0] += 1 }
            return counts.values.max() ?? 0
        }
        let inUTC = agreeing(.utc)
        guard inUTC < starts.count else { return (.utc, "UTC") }
        let others = TimeZone.knownTimeZoneIdentifiers.filter { identifier in
            identifier.contains("/") && !identifier.hasPrefix("Etc/") && !preferredZones.contains(identifier)
        }.sorted()
        var best: (zone: TimeZone, agreeing: Int)?
        for identifier in preferredZones + others {
            guard let zone = TimeZone(identifier: identifier) else { continue }
            let count = agreeing(.named(zone))
            if count > best?.agreeing ?? inUTC { best = (zone, count) }
            if count == starts.count { break }
        }
        guard let best else { return (.utc, "UTC") }
        return (.named(best.zone), best.zone.identifier)
    }

    /// Whole weeks from the first shift to the end of the last, starting at the most common
    /// handoff time.
    mutating func inferredPeriod(
        shifts: [Attributed], spans: [Int: [ICalendarEvent.Span]], zone: ICalendarZone, zoneName: String, diagnostics: Diagnostics
    ) -> Period? {
        let all = shifts.flatMap { spans[$0.order] ?? [] }
        var startTimes: [Int: Int] = [:]
        for span in all {
            if case .timed(let start, _) = span { startTimes[zone.local(at: start).secondOfDay / 60, default: 0] += 1 }
        }
        let mostCommon = startTimes.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }
        let timed = startTimes.values.reduce(0, +)
        if let mostCommon, timed >= 4, mostCommon.value * 2 < timed {
            diagnostics.error(
                "its shifts start at \(startTimes.count) different times of day in \(zoneName), so the handoff cannot be told from it",
                hint: "give the team's scenario, which has the period, zone and handoff: --scenario team.yaml")
            return nil
        }
        let minutes = mostCommon?.key ?? 9 * 60
        let handoff = HandoffTime(hour: minutes / 60, minute: minutes % 60)
        let starts = all.map { Self.instants(of: $0, handoff: handoff, zone: zone).start }
        let ends = all.map { Self.instants(of: $0, handoff: handoff, zone: zone).end }
        guard let first = starts.min(), let last = ends.max() else {
            diagnostics.error("its shifts have no occurrences")
            return nil
        }
        let firstLocal = zone.local(at: first)
        let handoffSecond = LocalDateTime(day: firstLocal.day, handoff: handoff).secondOfDay
        let startDay = firstLocal.secondOfDay < handoffSecond ? firstLocal.day.adding(days: -1) : firstLocal.day
        let length = zone.local(at: last).wallSeconds - LocalDateTime(day: startDay, handoff: handoff).wallSeconds
        let week = 7 * LocalDateTime.secondsPerDay
        let weeks = max(1, (length + week - 1) / week)
        guard weeks <= 520 else {
            diagnostics.error("its shifts span \(weeks) weeks from \(startDay.iso); Rota reads at most 520 (ten years)")
            return nil
        }
        notes.append("no scenario: the period is read as \(weeks) week\(weeks == 1 ? "" : "s") from \(startDay.iso), handoff at \(handoff) \(zoneName)")
        return Period(start: startDay, weeks: weeks, handoff: handoff, timezone: zoneName)
    }

    /// An occurrence as instants: all-day dates run from handoff to handoff.
    static func instants(of span: ICalendarEvent.Span, handoff: HandoffTime, zone: ICalendarZone) -> (start: Int, end: Int) {
        switch span {
        case .timed(let start, let end): (start, end)
        case .allDay(let first, let endExclusive):
            (zone.instant(of: LocalDateTime(day: first, handoff: handoff)), zone.instant(of: LocalDateTime(day: endExclusive, handoff: handoff)))
        }
    }

    static func end(of span: ICalendarEvent.Span, zone: ICalendarZone) -> Int {
        switch span {
        case .timed(_, let end): end
        case .allDay(_, let endExclusive): zone.instant(of: LocalDateTime(day: endExclusive))
        }
    }

    // MARK: - Weeks

    mutating func readWeeks(period: Period, byRole: [Role: [ICalendarWeekCoverage.Shift]], zone: ICalendarZone) -> [ScheduledWeek] {
        let found = Role.allCases.filter { byRole[$0] != nil }
        let expected = scenario?.rules.roles ?? found
        let roles = Role.allCases.filter { expected.contains($0) || found.contains($0) }
        for role in roles where byRole[role] == nil {
            notes.append("the calendar has no \(role.rawValue) shifts; the scenario's rules ask for a \(role.rawValue) every week")
        }
        if let scenario {
            for role in found where !scenario.rules.roles.contains(role) {
                notes.append("the calendar has \(role.rawValue) shifts, which the scenario's rules do not ask for; they are kept")
            }
        }
        let namesRole = roles != [.primary]
        // Runs of weeks nobody covers, per role, are noted once as a range rather than week by week.
        var uncovered: [Role: [Int]] = [:]
        defer {
            for role in roles {
                for run in Self.runs(uncovered[role] ?? []) {
                    let first = period.dates(ofWeek: run.lowerBound).first.iso
                    let place =
                        run.count == 1
                        ? "week \(run.lowerBound) (\(first))" : "weeks \(run.lowerBound)–\(run.upperBound) (from \(first))"
                    notes.append("\(place)" + (namesRole ? ", \(role.rawValue)" : "") + ": nobody is on call")
                }
            }
        }
        return period.weekNumbers.map { number in
            let dates = period.dates(ofWeek: number)
            let start = zone.instant(of: LocalDateTime(day: dates.first, handoff: period.handoff))
            let end = zone.instant(of: LocalDateTime(day: dates.last.adding(days: 1), handoff: period.handoff))
            var oncall: [Role: String] = [:]
            for role in roles {
                guard let shifts = byRole[role] else { continue }
                let coverage = ICalendarWeekCoverage(from: start, to: end, shifts: shifts, zone: zone)
                if let holder = coverage.holder { oncall[role] = holder }
                guard !coverage.isWhole else { continue }
                if coverage.holder == nil {
                    uncovered[role, default: []].append(number)
                    continue
                }
                let place = "week \(number) (\(dates.first.iso))" + (namesRole ? ", \(role.rawValue)" : "")
                notes.append("\(place): \(coverage.summary)" + (coverage.holder.map { " — counted as \($0)" } ?? ""))
            }
            return ScheduledWeek(week: number, start: dates.first, end: dates.last, oncall: oncall)
        }
    }

    /// Consecutive runs in sorted whole numbers: [1, 2, 3, 7] → [1...3, 7...7].
    private static func runs(_ numbers: [Int]) -> [ClosedRange<Int>] {
        var result: [ClosedRange<Int>] = []
        for number in numbers {
            if let last = result.last, last.upperBound + 1 == number {
                result[result.count - 1] = last.lowerBound...number
            } else {
                result.append(number...number)
            }
        }
        return result
    }
}
