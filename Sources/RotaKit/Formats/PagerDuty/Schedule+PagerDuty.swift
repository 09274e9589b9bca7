extension Schedule {
    /// The schedule as `rota.pagerduty/1`: per role, the body of PagerDuty's `POST /schedules`
    /// (one weekly layer) and the body of `POST /schedules/{id}/overrides` that makes it exact.
    /// - Parameter scenario: where people's `pagerduty:` user ids come from.
    /// - Throws: ``PagingExportError`` naming anyone on the schedule without an id.
    public func pagerDuty(scenario: Scenario?) throws(PagingExportError) -> String {
        let ids = try PagingTimeline.ids(for: self, scenario: scenario, tool: "pagerduty", key: "pagerduty", id: \.pagerduty)
        let timeline = PagingTimeline(schedule: self)
        let schedules: [JSONValue] = timeline.roles.map { role in
            let layer = PagerDutyLayer(role: role, timeline: timeline)
            return .object([
                ("rotation", .string(PagingTimeline.rotationName)), ("role", .string(role.rawValue)),
                ("create", .object([("schedule", pagerDutySchedule(role: role, layer: layer, timeline: timeline, ids: ids))])),
                ("overrides", .object([("overrides", .array(layer.overrides.map { Self.pagerDutyOverride($0, timeline: timeline, ids: ids) }))])),
            ])
        }
        return JSONValue.object([("format", .string("rota.pagerduty/1")), ("schedules", .array(schedules))]).rendered()
    }

    /// The PagerDuty schedule's name: `Data Engineering primary`.
    func pagingScheduleName(role: Role) -> String { (team.isEmpty ? "On-call" : team) + " " + role.rawValue }

    /// What the paging tool's description of the schedule says.
    func pagingDescription(role: Role) -> String {
        "\(role.rawValue.capitalized) on-call planned by Rota for \(period.start.iso) to \(period.end.iso), weekly handoff \(period.handoff) \(period.timezone)"
    }

    private func pagerDutySchedule(role: Role, layer: PagerDutyLayer, timeline: PagingTimeline, ids: [String: String]) -> JSONValue {
        let start = timeline.rfc3339(timeline.periodStart)
        let layerValue: JSONValue = .object([
            ("name", .string("Rota \(role.rawValue)")),
            ("start", .string(start)), ("end", .string(timeline.rfc3339(timeline.periodEnd))),
            ("rotation_virtual_start", .string(start)),
            ("rotation_turn_length_seconds", .number(Double(PagerDutyLayer.turnLengthSeconds))),
            ("users", .array(layer.users.map { .object([("user", Self.pagerDutyUser($0, ids: ids))]) })),
        ])
        return .object([
            ("type", .string("schedule")), ("name", .string(pagingScheduleName(role: role))), ("time_zone", .string(timeline.zoneName)),
            ("description", .string(pagingDescription(role: role))), ("schedule_layers", .array([layerValue])),
        ])
    }

    static func pagerDutyUser(_ name: String, ids: [String: String]) -> JSONValue {
        .object([("id", .string(ids[name] ?? "")), ("type", .string("user_reference"))])
    }

    static func pagerDutyOverride(_ shift: PagingShift, timeline: PagingTimeline, ids: [String: String]) -> JSONValue {
        .object([
            ("start", .string(timeline.rfc3339(shift.start))), ("end", .string(timeline.rfc3339(shift.end))),
            ("user", pagerDutyUser(shift.person, ids: ids)),
        ])
    }
}
