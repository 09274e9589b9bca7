/// Metrics as JSON data and as a table, shared by `rota check` and `rota report`.
extension Metrics {
    /// What "load" means in every figure.
    public static let loadDefinition = "on-call weeks of every role, history included, divided by capacity"

    /// What "load" means when someone joins or leaves during the period: weeks scaled to someone
    /// on the team for the whole period, so that a fair plan gives everyone the fair load.
    public static let proratedLoadDefinition =
        "on-call weeks of every role, history included, divided by fair share and multiplied by the fair load, "
        + "so that people on the team for part of the period compare with the rest"

    /// `{"load": …, "team": {…}, "people": [{…}]}`, keys in a fixed order.
    public var jsonValue: JSONValue {
        .object([
            ("load", .string(loadMeaning)),
            (
                "team",
                .object([
                    ("fairLoad", .number(team.fairLoad)), ("maxDeviation", .number(team.maxDeviation)), ("spread", .number(team.spread)),
                    ("gini", .number(team.gini)), ("coefficientOfVariation", .number(team.coefficientOfVariation)),
                    ("equityScore", .number(team.equityScore)), ("pairwiseBalance", .number(team.pairwiseBalance)),
                    ("holidaySpread", .number(team.holidaySpread)),
                ])
            ),
            ("people", .array(people.map { $0.jsonValue(roles: roles) })),
        ])
    }

    /// One row per person: weeks, share and deviation per role, load, holidays, pipelines, gaps.
    func table() -> TextTable {
        var columns: [(String, TextTable.Alignment)] = [("person", .left), ("capacity", .right)]
        for role in roles {
            columns += [(role.rawValue, .right), ("share", .right), ("deviation", .right)]
        }
        columns += [
            ("load", .right), ("holidays", .right), ("holiday weight", .right), ("owns P/S", .right), ("investor P/S", .right),
            ("gaps", .right),
        ]
        var table = TextTable(columns)
        for person in people {
            var row = [person.name, Wording.number(person.capacity)]
            for role in roles {
                let held = (person.weeks[role] ?? 0) + (person.historyWeeks[role] ?? 0)
                row += [String(held), Wording.number(person.share[role] ?? 0), Wording.signed(person.deviation[role] ?? 0)]
            }
            row += [
                Wording.number(person.load), String(person.holidays.count),
                Wording.number(person.holidayWeight + person.historyHolidayWeight),
                "\(person.primaryPipelines)/\(person.secondaryPipelines)",
                "\(person.investorPrimaries)/\(person.investorPipelines - person.investorPrimaries)",
                person.shortestGap.map { "\($0)–\(person.longestGap!)" } ?? "–",
            ]
            table.add(row)
        }
        return table
    }

    /// The team figures as `(label, value)` pairs, in display order.
    var teamFigures: [(label: String, value: String)] {
        [
            ("max deviation", Wording.number(team.maxDeviation) + " weeks"), ("spread", Wording.number(team.spread) + " weeks"),
            ("Gini", Wording.number(team.gini)), ("CV", Wording.number(team.coefficientOfVariation)),
            ("equity score", Wording.number(team.equityScore)), ("pairwise balance", Wording.number(team.pairwiseBalance)),
            ("holiday spread", Wording.number(team.holidaySpread)),
        ]
    }
}

extension PersonMetrics {
    func jsonValue(roles: [Role]) -> JSONValue {
        func perRole<T>(_ values: [Role: T], _ make: (T) -> JSONValue, _ fallback: T) -> JSONValue {
            .object(roles.map { ($0.rawValue, make(values[$0] ?? fallback)) })
        }
        let count: (Int) -> JSONValue = { .number(Double($0)) }
        return .object([
            ("name", .string(name)), ("capacity", .number(capacity)),
            ("weeks", perRole(weeks, count, 0)), ("historyWeeks", perRole(historyWeeks, count, 0)),
            ("share", perRole(share, { .number($0) }, 0)), ("deviation", perRole(deviation, { .number($0) }, 0)),
            ("load", .number(load)),
            ("holidays", .number(Double(holidays.count))), ("holidayWeight", .number(holidayWeight)),
            ("historyHolidayWeight", .number(historyHolidayWeight)),
            (
                "pipelines",
                .object([
                    ("primary", count(primaryPipelines)), ("secondary", count(secondaryPipelines)),
                    ("investors", count(investorPipelines)), ("investorPrimary", count(investorPrimaries)),
                ])
            ),
            ("gaps", .object([("shortest", shortestGap.map(count) ?? .null), ("longest", longestGap.map(count) ?? .null)])),
        ])
    }
}
