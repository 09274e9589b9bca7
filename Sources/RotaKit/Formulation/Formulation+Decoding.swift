import MIP

/// From a solver's values back to a schedule.
extension Formulation {
    /// Turns a solver's values into a schedule.
    public func decode(_ solution: Solution) -> Schedule {
        let scenario = input.scenario
        let period = scenario.period
        let names = input.people.map(\.name)
        let weeks = (1...input.weeks).map { w in
            var oncall: [Role: String] = [:]
            for (r, role) in input.roles.enumerated() where parts.contains(.rotation) {
                if let p = input.people.indices.first(where: { onCall[$0][w - 1][r].map(solution.isSet) ?? false }) {
                    oncall[role] = names[p]
                }
            }
            let dates = period.dates(ofWeek: w)
            return ScheduledWeek(week: w, start: dates.first, end: dates.last, oncall: oncall)
        }
        let holidays = input.holidays.enumerated().map { h, holiday in
            let p = input.people.indices.first { h < (cover.first?.count ?? 0) && (cover[$0][h].map(solution.isSet) ?? false) }
            return HolidayCover(name: holiday.name, date: holiday.date, weight: holiday.weight, cover: p.map { names[$0] } ?? "")
        }
        let pipelines = scenario.pipelines.enumerated().map { l, pipeline in
            func resolve(_ k: Int, fixed: String?) -> String {
                if let fixed { return fixed }
                guard l < owner.count else { return "" }
                return owner[l][k].firstIndex(where: solution.isSet).map { names[$0] } ?? ""
            }
            return PipelineOwners(
                name: pipeline.name, investors: pipeline.investors,
                primary: resolve(0, fixed: pipeline.primary), secondary: resolve(1, fixed: pipeline.secondary))
        }
        let people = input.people.map { ScheduledPerson(name: $0.name, capacity: $0.capacity, away: $0.away, joins: $0.joins, leaves: $0.leaves) }
        return Schedule(team: scenario.team, period: period, people: people, weeks: weeks, holidays: holidays, pipelines: pipelines)
    }
}
