extension Schedule {
    /// The schedule as `rota.opsgenie/1`: the body of Opsgenie's `POST /v2/schedules`, one weekly
    /// rotation per role whose participants are the weeks' holders in order (Opsgenie rotates
    /// through participants in the order given, repeats allowed), and `overrides`: a body of
    /// `POST /v2/schedules/{identifier}/overrides` per holiday cover, on the first role's rotation.
    /// - Parameter scenario: where people's `opsgenie:` usernames come from.
    /// - Throws: ``PagingExportError`` naming anyone without a username, or when the handoff's
    ///   minutes are not 0 or 30 (Opsgenie moves such times to the nearest half hour).
    public func opsgenie(scenario: Scenario?) throws(PagingExportError) -> String {
        guard period.handoff.minute == 0 || period.handoff.minute == 30 else {
            throw PagingExportError(
                "rota: cannot write --format opsgenie: the handoff is \(period.handoff), and Opsgenie takes rotation times only on the hour or half hour (it would move the handoff to the nearest); plan with a handoff at :00 or :30"
            )
        }
        let ids = try PagingTimeline.ids(for: self, scenario: scenario, tool: "opsgenie", key: "opsgenie", id: \.opsgenie)
        let timeline = PagingTimeline(schedule: self)
        func user(_ name: String) -> JSONValue { .object([("type", .string("user")), ("username", .string(ids[name] ?? ""))]) }
        let rotations: [JSONValue] = timeline.roles.map { role in
            .object([
                ("name", .string(role.rawValue)),
                ("startDate", .string(timeline.rfc3339(timeline.periodStart))), ("endDate", .string(timeline.rfc3339(timeline.periodEnd))),
                ("type", .string("weekly")), ("length", .number(1)),
                ("participants", .array(timeline.weeklyShifts(of: role).map { user($0.person) })),
            ])
        }
        let schedule: JSONValue = .object([
            ("name", .string(team.isEmpty ? "On-call" : team)),
            (
                "description",
                .string("On-call planned by Rota for \(period.start.iso) to \(period.end.iso), weekly handoff \(period.handoff) \(period.timezone)")
            ),
            ("timezone", .string(timeline.zoneName)), ("enabled", .bool(true)), ("rotations", .array(rotations)),
        ])
        let overrides: [JSONValue] =
            timeline.holidayRole.map { role in
                // An alias names one override: a second holiday on the same date gets "-2", and so on.
                var seen: [Day: Int] = [:]
                return zip(holidays, timeline.holidayShifts).map { holiday, shift in
                    seen[holiday.date, default: 0] += 1
                    let alias = "rota-holiday-\(holiday.date.iso)" + (seen[holiday.date]! > 1 ? "-\(seen[holiday.date]!)" : "")
                    return .object([
                        ("alias", .string(alias)), ("user", user(shift.person)),
                        ("startDate", .string(timeline.rfc3339(shift.start))), ("endDate", .string(timeline.rfc3339(shift.end))),
                        ("rotations", .array([.object([("name", .string(role.rawValue))])])),
                    ])
                }
            } ?? []
        return JSONValue.object([("format", .string("rota.opsgenie/1")), ("schedule", schedule), ("overrides", .array(overrides))]).rendered()
    }
}
