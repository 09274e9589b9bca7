import Foundation

/// Reading `rota.schedule/1` JSON, the format `Schedule+JSON.swift` writes.
extension ScheduleReader {
    /// Reads `rota.schedule/1` JSON text.
    public static func readJSON(_ text: String, file: String) throws(InputErrors) -> Schedule {
        let diagnostics = Diagnostics(file: file)
        let root = try SourceDocument.parse(text, diagnostics: diagnostics)
        let schedule = readSchedule(root)
        try diagnostics.throwIfErrors()
        guard let schedule else { throw InputErrors(diagnostics.problems) }
        return schedule
    }

    /// The document's keys. `warnings` (what `rota check` said when the plan was written, added by
    /// `rota plan` and `rota whatif`) is read past: a check judges the schedule afresh.
    static let keys = ["format", "team", "period", "people", "weeks", "holidays", "pipelines", "solver", "warnings"]

    private static func readSchedule(_ root: SourceField) -> Schedule? {
        guard let fields = root.fields(allowedKeys: keys, what: "a rota.schedule/1 document") else { return nil }
        if let formatField = fields["format"], let format = formatField.string(what: "the format name") {
            if format != Schedule.formatIdentifier {
                formatField.error("unsupported format \"\(format)\"; expected \"\(Schedule.formatIdentifier)\"")
            }
        } else if fields["format"] == nil {
            root.error("missing \"format\": \"\(Schedule.formatIdentifier)\"; is this a Rota schedule?")
        }
        let team = fields["team"].flatMap { $0.string(what: "the team's name") } ?? ""
        guard let periodField = fields["period"] else {
            root.error("missing \"period\"")
            return nil
        }
        let period = readPeriod(periodField)
        let people =
            fields["people"].flatMap { field in
                field.sequence(what: "people")?.compactMap { item -> ScheduledPerson? in
                    guard let entry = item.fields(allowedKeys: ["name", "capacity", "away", "email", "joins", "leaves"], what: "a person"),
                        let name = entry["name"]?.exactName(what: "a person's name", emptyIsUnfilled: false)
                    else {
                        if case .mapping = item.node { item.error("missing \"name\"") }
                        return nil
                    }
                    let capacity = entry["capacity"]?.number(what: "a capacity") ?? 1
                    let away = entry["away"]?.sequenceOrSingle(what: "dates or date ranges")?.compactMap { $0.dayRange() } ?? []
                    return ScheduledPerson(name: name, capacity: capacity, away: away, joins: entry["joins"]?.day(), leaves: entry["leaves"]?.day())
                }
            } ?? []
        let weeks =
            fields["weeks"].flatMap { field in
                field.sequence(what: "weeks")?.compactMap { item -> ScheduledWeek? in
                    guard let entry = item.fields(allowedKeys: ["week", "start", "end", "oncall", "sequence"], what: "a week") else { return nil }
                    guard let number = entry["week"]?.integer(in: 1...10_000, what: "a week number") else {
                        if entry["week"] == nil { item.error("missing \"week\"") }
                        return nil
                    }
                    var oncall: [Role: String] = [:]
                    // A role whose value is null, "" or blank is unfilled, like a missing role: a
                    // hole the checker reports as a coverage violation, not bad input.
                    if let oncallField = entry["oncall"], oncallField.isNull {
                        // No roles at all: every role of the week is unfilled.
                    } else if let oncallField = entry["oncall"],
                        let roles = oncallField.mapping(allowedKeys: Role.allCases.map(\.rawValue), what: "the on-call roles")
                    {
                        for (key, value) in roles {
                            if let name = value.exactName(what: "a person's name", emptyIsUnfilled: true), !name.isEmpty, let role = Role(rawValue: key) {
                                oncall[role] = name
                            }
                        }
                    } else if entry["oncall"] == nil {
                        item.error("missing \"oncall\"")
                    }
                    let start = entry["start"]?.day() ?? period?.dates(ofWeek: number).first
                    let periodDates = period?.dates(ofWeek: number)
                    let end = entry["end"]?.day() ?? (start == periodDates?.first ? periodDates?.last : start?.adding(days: 6))
                    var sequence: [Role: Int] = [:]
                    if let sequenceField = entry["sequence"],
                        let roles = sequenceField.mapping(allowedKeys: Role.allCases.map(\.rawValue), what: "the events' sequence numbers")
                    {
                        for (key, value) in roles {
                            if let number = value.integer(in: 0...1_000_000, what: "a sequence number"), let role = Role(rawValue: key) {
                                sequence[role] = number
                            }
                        }
                    }
                    guard let start, let end else { return nil }
                    return ScheduledWeek(week: number, start: start, end: end, oncall: oncall, sequence: sequence)
                }
            } ?? []
        let holidays =
            fields["holidays"].flatMap { field in
                field.sequence(what: "holiday covers")?.compactMap { item -> HolidayCover? in
                    guard let entry = item.fields(allowedKeys: ["name", "date", "weight", "cover", "sequence"], what: "a holiday cover") else { return nil }
                    guard let name = entry["name"]?.name(what: "a holiday name"), let date = entry["date"]?.day() else {
                        if entry["name"] == nil || entry["date"] == nil { item.error("a holiday needs a name and a date") }
                        return nil
                    }
                    let weight = entry["weight"]?.number(what: "a weight") ?? 1
                    let cover = entry["cover"].flatMap { $0.exactName(what: "a person's name", emptyIsUnfilled: true) } ?? ""
                    let sequence = entry["sequence"]?.integer(in: 0...1_000_000, what: "a sequence number") ?? 0
                    return HolidayCover(name: name, date: date, weight: weight, cover: cover, sequence: sequence)
                }
            } ?? []
        let pipelines =
            fields["pipelines"].flatMap { field in
                field.sequence(what: "pipelines")?.compactMap { item -> PipelineOwners? in
                    guard let entry = item.fields(allowedKeys: ["name", "investors", "primary", "secondary"], what: "a pipeline") else { return nil }
                    guard let name = entry["name"]?.name(what: "a pipeline name") else {
                        item.error("missing \"name\"")
                        return nil
                    }
                    return PipelineOwners(
                        name: name, investors: entry["investors"]?.boolean(what: "investors") ?? false,
                        primary: entry["primary"].flatMap { $0.exactName(what: "a person's name", emptyIsUnfilled: true) } ?? "",
                        secondary: entry["secondary"].flatMap { $0.exactName(what: "a person's name", emptyIsUnfilled: true) } ?? "")
                }
            } ?? []
        var solver: SolverSummary?
        if let solverField = fields["solver"],
            let entry = solverField.fields(allowedKeys: ["status", "objective", "bound", "seconds", "stopped"], what: "the solver summary")
        {
            solver = SolverSummary(
                status: entry["status"]?.string(what: "a status") ?? "unknown",
                objective: entry["objective"]?.number(what: "a number") ?? 0,
                bound: entry["bound"]?.number(what: "a number") ?? 0,
                seconds: entry["seconds"]?.number(what: "a number"),
                stopped: entry["stopped"]?.string(what: "a reason"))
        }
        guard let period else { return nil }
        return Schedule(team: team, period: period, people: people, weeks: weeks, holidays: holidays, pipelines: pipelines, solver: solver)
    }

    private static func readPeriod(_ field: SourceField) -> Period? {
        guard let entry = field.fields(allowedKeys: ["start", "weeks", "end", "timezone", "handoff"], what: "the period") else { return nil }
        guard let start = entry["start"]?.day() else {
            if entry["start"] == nil { field.error("missing \"start\"") }
            return nil
        }
        var weeks = entry["weeks"]?.integer(in: 1...520, what: "the number of weeks")
        // `end` inside the last week marks a short last week (`Period`).
        let end = entry["end"]?.day()
        if weeks == nil, entry["weeks"] == nil, let end {
            weeks = (start.days(to: end) + 7) / 7
        }
        guard let weeks else {
            if entry["weeks"] == nil { field.error("missing \"weeks\"") }
            return nil
        }
        var period = Period(start: start, weeks: weeks, end: end)
        if let zone = entry["timezone"]?.string(what: "a time zone") { period.timezone = zone }
        if let handoffField = entry["handoff"], let text = handoffField.string(what: "a time") {
            if let handoff = HandoffTime(parsing: text) { period.handoff = handoff } else { handoffField.error("\"\(text)\" is not a time of day (HH:MM)") }
        }
        return period
    }
}
