extension Schedule {
    /// The schedule as a `rota.schedule/1` document, keys in the contract's order.
    /// - Parameter includeTimings: add the solver's wall-clock seconds (which differ run to run).
    public func jsonValue(includeTimings: Bool = false) -> JSONValue {
        var periodMembers: [(String, JSONValue)] = [
            ("start", .string(period.start.iso)), ("weeks", .number(Double(period.weeks))),
            ("timezone", .string(period.timezone)), ("handoff", .string(period.handoff.description)),
        ]
        periodMembers.append(("end", .string(period.end.iso)))
        var members: [(String, JSONValue)] = [
            ("format", .string(Schedule.formatIdentifier)),
            ("team", .string(team)),
            ("period", .object(periodMembers)),
            (
                "people",
                .array(
                    people.map { person in
                        var fields: [(String, JSONValue)] = [("name", .string(person.name)), ("capacity", .number(person.capacity))]
                        if !person.away.isEmpty { fields.append(("away", .array(person.away.map { .string($0.description) }))) }
                        if let joins = person.joins { fields.append(("joins", .string(joins.iso))) }
                        if let leaves = person.leaves { fields.append(("leaves", .string(leaves.iso))) }
                        return .object(fields)
                    })
            ),
            (
                "weeks",
                .array(
                    weeks.map { week in
                        var fields: [(String, JSONValue)] = [
                            ("week", .number(Double(week.week))), ("start", .string(week.start.iso)), ("end", .string(week.end.iso)),
                            ("oncall", .object(week.oncall.sorted { $0.key < $1.key }.map { ($0.key.rawValue, .string($0.value)) })),
                        ]
                        // Only events that changed since first written: a first plan's bytes stay as they were.
                        let sequence = week.sequence.filter { $0.value != 0 }.sorted { $0.key < $1.key }
                        if !sequence.isEmpty { fields.append(("sequence", .object(sequence.map { ($0.key.rawValue, .number(Double($0.value))) }))) }
                        return .object(fields)
                    })
            ),
            (
                "holidays",
                .array(
                    holidays.map { holiday in
                        var fields: [(String, JSONValue)] = [
                            ("name", .string(holiday.name)), ("date", .string(holiday.date.iso)),
                            ("weight", .number(holiday.weight)), ("cover", .string(holiday.cover)),
                        ]
                        if holiday.sequence != 0 { fields.append(("sequence", .number(Double(holiday.sequence)))) }
                        return .object(fields)
                    })
            ),
            (
                "pipelines",
                .array(
                    pipelines.map { pipeline in
                        .object([
                            ("name", .string(pipeline.name)), ("investors", .bool(pipeline.investors)),
                            ("primary", .string(pipeline.primary)), ("secondary", .string(pipeline.secondary)),
                        ])
                    })
            ),
        ]
        if let solver {
            var fields: [(String, JSONValue)] = [
                ("status", .string(solver.status)), ("objective", .number(solver.objective)), ("bound", .number(solver.bound)),
            ]
            if let stopped = solver.stopped { fields.append(("stopped", .string(stopped))) }
            if includeTimings, let seconds = solver.seconds { fields.append(("seconds", .number(seconds))) }
            members.append(("solver", .object(fields)))
        }
        return .object(members)
    }

    /// The `rota.schedule/1` JSON text.
    public func json(includeTimings: Bool = false) -> String {
        jsonValue(includeTimings: includeTimings).rendered()
    }
}
