/// What a schedule records about its team beyond the scenario it is judged against: time away,
/// people leaving or joining, as `rota whatif` writes them into a repaired plan.
///
/// A repaired plan is right for the team as it is after the change, not as the scenario file
/// still describes it; judged against the file alone, a plan repaired for a leaver would fail on
/// every count. So `rota check` and `rota report` judge a schedule against its scenario with these
/// changes applied, and say which, on stderr. Only additions are taken: away dates the scenario
/// lacks, a join or leave date it lacks or that differs, and a person it lacks who the schedule
/// says joined during the period. A name the schedule merely uses is still a stranger.
///
/// Written for the checker alone: it shares nothing with `Repair`, which applies `whatif`'s
/// changes on the planning side.
public struct RecordedChanges: Sendable {
    /// The scenario with the schedule's changes applied.
    public let scenario: Scenario
    /// One sentence per change applied, e.g. `David leaves on 2027-07-05`.
    public let notes: [String]

    public init(schedule: Schedule, scenario original: Scenario) {
        var scenario = original
        // Pipelines a leaver held open up below, but whether owner counts must balance is the
        // original scenario's answer (a team that fixed every owner did not ask for balance).
        scenario.ownerBalanceOverride = original.balancesOwners
        var notes: [String] = []
        for recorded in schedule.people {
            guard let p = scenario.people.firstIndex(where: { $0.name == recorded.name }) else {
                // A newcomer the schedule says joined during the period.
                guard let joins = recorded.joins, CheckerCalendar.days(of: scenario.period).contains(joins) else { continue }
                scenario.people.append(
                    Person(name: recorded.name, capacity: recorded.capacity, away: recorded.away, joins: joins, leaves: recorded.leaves))
                notes.append("\(recorded.name) joins on \(joins.iso)" + (recorded.capacity == 1 ? "" : " at capacity \(Wording.number(recorded.capacity))"))
                continue
            }
            let person = scenario.people[p]
            for range in recorded.away where !person.away.contains(where: { $0.contains(range.first) && $0.contains(range.last) }) {
                scenario.people[p].away.append(range)
                notes.append("\(person.name) away \(range)")
            }
            if let joins = recorded.joins, joins != person.joins {
                scenario.people[p].joins = joins
                notes.append("\(person.name) joins on \(joins.iso)")
            }
            if let leaves = recorded.leaves, leaves != person.leaves {
                scenario.people[p].leaves = leaves
                notes.append("\(person.name) leaves on \(leaves.iso)")
                // Someone who leaves during the period no longer holds the pipelines fixed to them.
                guard leaves <= scenario.period.end else { continue }
                for l in scenario.pipelines.indices {
                    if scenario.pipelines[l].primary == person.name { scenario.pipelines[l].primary = nil }
                    if scenario.pipelines[l].secondary == person.name { scenario.pipelines[l].secondary = nil }
                }
            }
        }
        self.scenario = scenario
        self.notes = notes
    }
}
