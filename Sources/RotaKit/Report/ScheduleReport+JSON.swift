/// The report as data: `"format": "rota.report/1"`, keys in a fixed order, deterministic bytes;
/// with a scenario, the warnings `rota check` gives come last as `warnings` (when there are any).
extension ScheduleReport {
    public static let formatIdentifier = "rota.report/1"

    public var jsonValue: JSONValue {
        CheckWarnings(warnings).appended(to: members)
    }

    private var members: JSONValue {
        .object([
            ("format", .string(Self.formatIdentifier)),
            ("team", .string(schedule.team)),
            ("period", .object([("start", .string(period.start.iso)), ("weeks", .number(Double(period.weeks))), ("end", .string(period.end.iso))])),
            ("metrics", metrics.jsonValue),
            (
                "calendar",
                .array(
                    weeks.map { week in
                        .object([
                            ("week", .number(Double(week.week))), ("start", .string(week.start.iso)), ("end", .string(week.end.iso)),
                            ("oncall", .object(roles.compactMap { role in week.oncall[role].map { (role.rawValue, .string($0)) } })),
                            (
                                "holidays",
                                .array(
                                    holidays(inWeek: week.week).map { holiday in
                                        .object([("name", .string(holiday.name)), ("date", .string(holiday.date.iso)), ("cover", .string(holiday.cover))])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "ownership",
                .array(
                    schedule.pipelines.map { pipeline in
                        .object([
                            ("name", .string(pipeline.name)), ("investors", .bool(pipeline.investors)),
                            ("primary", .string(pipeline.primary)), ("secondary", .string(pipeline.secondary)),
                        ])
                    })
            ),
        ])
    }

    public func json() -> String { jsonValue.rendered() }
}
