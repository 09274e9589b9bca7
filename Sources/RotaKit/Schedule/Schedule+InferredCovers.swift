/// Holiday covers for a schedule that names none: one read from a paging tool (PagerDuty,
/// Opsgenie) or a calendar export, where whoever is on call on the holiday is its cover.
///
/// PRODUCT.md, "(v2) Where teams already live": whoever holds the first role for most of the
/// holiday's date is its cover. A weekly shift runs from its start date at the handoff time to the
/// next start date at the handoff time, so on a week's first date the outgoing person holds the
/// hours before the handoff and the incoming person the rest: the outgoing person covers when
/// the handoff is after 12:00, the incoming person otherwise (at exactly 12:00 the incoming).
extension Schedule {
    /// Who holds the first role for most of `date`, or `nil` when nobody does (the date lies
    /// outside the schedule's weeks, or its week has no first role).
    public func inferredCover(on date: Day) -> String? {
        guard let role = roles.first else { return nil }
        let ordered = weeks.sorted { $0.start < $1.start }
        guard let index = ordered.lastIndex(where: { $0.start <= date }) else { return nil }
        var holder = ordered[index]
        let outgoingHoldsMore = period.handoff.hour * 60 + period.handoff.minute > 12 * 60
        if date == holder.start && outgoingHoldsMore && index > 0 && ordered[index - 1].end.adding(days: 1) == date {
            holder = ordered[index - 1]
        } else if date > holder.end {
            return nil
        }
        return holder.oncall[role].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The schedule with a cover for each of `holidays` that has none, inferred with
    /// ``inferredCover(on:)``; covers the schedule names are kept as they are. Holidays nobody
    /// is on call for are left uncovered (an empty cover, which `check` reports).
    ///
    /// - Returns: the schedule, and the names of the holidays whose cover was inferred.
    public func withInferredHolidayCovers(_ holidays: [Holiday]) -> (schedule: Schedule, inferred: [String]) {
        var result = self
        var inferred: [String] = []
        for holiday in holidays {
            if let index = result.holidays.firstIndex(where: { $0.date == holiday.date && $0.name == holiday.name }),
                !result.holidays[index].cover.isEmpty
            {
                continue
            }
            let cover = inferredCover(on: holiday.date) ?? ""
            if !cover.isEmpty { inferred.append(holiday.name) }
            let entry = HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: cover)
            if let index = result.holidays.firstIndex(where: { $0.date == holiday.date && $0.name == holiday.name }) {
                result.holidays[index] = entry
            } else {
                result.holidays.append(entry)
            }
        }
        result.holidays.sort { ($0.date, $0.name) < ($1.date, $1.name) }
        return (result, inferred)
    }
}
