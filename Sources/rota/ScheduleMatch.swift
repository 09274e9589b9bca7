import RotaKit

/// Checks that a schedule belongs to a scenario before repairing or judging it.
enum ScheduleMatch {
    static func require(_ schedule: Schedule, matches scenario: Scenario, file: String) throws {
        var problems: [InputProblem] = []
        if schedule.period.start != scenario.period.start || schedule.period.weeks != scenario.period.weeks {
            problems.append(
                InputProblem(
                    file: file, field: "period",
                    message:
                        "the schedule covers \(schedule.period.weeks) weeks from \(schedule.period.start.iso), but the scenario plans \(scenario.period.weeks) weeks from \(scenario.period.start.iso)"
                ))
        }
        let names = Set(scenario.people.map(\.name))
        let unknown = Set(schedule.weeks.flatMap { $0.oncall.values }).subtracting(names).sorted()
        if !unknown.isEmpty {
            problems.append(InputProblem(file: file, field: "weeks", message: "names people the scenario does not have: \(unknown.joined(separator: ", "))"))
        }
        if !problems.isEmpty { throw InputErrors(problems) }
    }
}
