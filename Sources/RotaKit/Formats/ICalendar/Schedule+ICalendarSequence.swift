/// Sequence numbers for calendars that already hold a schedule's events.
///
/// A calendar app keeps the event it has when an update carries the same `UID` and a `SEQUENCE`
/// no higher (RFC 5546 §2.1.4), so an event whose person changes must carry a higher one. A
/// schedule remembers each event's sequence (`"sequence"` in `rota.schedule/1`, written only
/// when it is not 0), and a schedule made from another (`rota whatif`) raises the sequence of
/// every event that changed.
extension Schedule {
    /// This schedule with each event's sequence carried over from `previous`, plus one where
    /// the event changed: a week's role now held by someone else (or by nobody), a holiday covered
    /// by someone else. Events are matched by what their `UID` rests on: the week's start date and
    /// role, the holiday's date and name. Events `previous` does not have keep their sequence.
    /// - Complexity: O(weeks × roles + holidays).
    public func sequenced(after previous: Schedule) -> Schedule {
        var result = self
        let earlierWeeks = Dictionary(previous.weeks.map { ($0.start, $0) }, uniquingKeysWith: { first, _ in first })
        for index in result.weeks.indices {
            guard let earlier = earlierWeeks[result.weeks[index].start] else { continue }
            let week = result.weeks[index]
            var sequence: [Role: Int] = [:]
            for role in Set(week.oncall.keys).union(earlier.oncall.keys).union(earlier.sequence.keys) {
                let carried = max(earlier.sequence[role] ?? 0, week.sequence[role] ?? 0)
                let changed = earlier.oncall[role] != week.oncall[role]
                let value = changed ? carried + 1 : carried
                if value != 0 { sequence[role] = value }
            }
            result.weeks[index].sequence = sequence
        }
        for index in result.holidays.indices {
            let holiday = result.holidays[index]
            guard let earlier = previous.holidays.first(where: { $0.date == holiday.date && $0.name == holiday.name }) else { continue }
            let carried = max(earlier.sequence, holiday.sequence)
            result.holidays[index].sequence = earlier.cover != holiday.cover ? carried + 1 : carried
        }
        return result
    }
}
