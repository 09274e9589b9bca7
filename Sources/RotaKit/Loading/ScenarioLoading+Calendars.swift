import Foundation

/// The calendar files a scenario names, read and applied: iCalendar files of public holidays
/// (`holidays.calendar` and people's `holidays:`), each person away on their own calendar's
/// holidays, and time away from leave calendars (`away-calendar:`).
extension ScenarioLoading {
    /// Reads the scenario at `path` and the calendar files it names (no history): what `report`
    /// needs, and the first step of ``load(_:extraHistory:)``.
    /// - Throws: ``InputErrors`` for the first file that cannot be read, the scenario's warnings first.
    public static func loadScenario(_ path: String) throws(InputErrors) -> ScenarioReader.Loaded {
        let loaded = try ScenarioReader.load(path: path)
        do throws(InputErrors) {
            let resolved = try resolveCalendars(loaded.scenario, at: path)
            return ScenarioReader.Loaded(scenario: resolved.scenario, warnings: loaded.warnings + resolved.warnings)
        } catch {
            throw InputErrors(loaded.warnings + error.problems)
        }
    }

    /// The scenario with its calendar files applied, and the warnings they gave.
    ///
    /// 1. Each `.ics` holiday calendar (the scenario's and people's; paths relative to the
    ///    scenario's folder unless absolute) is read once into `holidays.files`.
    /// 2. Each person with their own `holidays:` calendar is away on its dates in the period,
    ///    unless `rules.work-own-holidays`.
    /// 3. Each leave calendar adds away dates; events in the period that match nobody are warnings.
    /// - Throws: ``InputErrors`` for the first calendar file that cannot be read.
    public static func resolveCalendars(_ scenario: Scenario, at path: String) throws(InputErrors) -> (scenario: Scenario, warnings: [InputProblem]) {
        var scenario = scenario
        var warnings: [InputProblem] = []
        let written = [scenario.holidays.calendar.filePath] + scenario.people.map { $0.holidays.flatMap { HolidaySettings.Calendar(parsing: $0)?.filePath } }
        for file in written.compactMap({ $0 }) where scenario.holidays.files[file] == nil {
            let feed = try HolidayFeed.load(path: resolve(file, from: path))
            scenario.holidays.files[file] = feed.days
            warnings += feed.warnings
        }
        warnings += namesMissingFromFile(scenario, file: path)
        scenario = scenario.withOwnHolidaysAway()
        for file in scenario.awayCalendars {
            let leave = try LeaveCalendar.load(path: resolve(file, from: path), people: scenario.people, period: scenario.period)
            for index in scenario.people.indices {
                scenario.people[index].away += DayRange.merging(leave.away[scenario.people[index].name] ?? [])
            }
            warnings += leave.warnings
        }
        return (scenario, warnings)
    }

    /// `file` relative to the folder of the scenario at `scenarioPath`, unless absolute; a
    /// relative scenario path gives a relative result, so messages name files as the user would.
    static func resolve(_ file: String, from scenarioPath: String) -> String {
        let folder = (scenarioPath as NSString).deletingLastPathComponent
        return file.hasPrefix("/") || folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
    }

    /// Warnings for `only` and `weights` names that an iCalendar holiday file does not have
    /// (the reader checks them against built-in calendars; a file's names are known only now).
    static func namesMissingFromFile(_ scenario: Scenario, file: String) -> [InputProblem] {
        let settings = scenario.holidays
        guard let path = settings.calendar.filePath, let days = settings.files[path] else { return [] }
        let names = Array(Set(days.map(\.name))).sorted()
        let extra = settings.extra.map(\.name)
        var problems: [InputProblem] = []
        func check(_ name: String, field: String) {
            guard settings.canonicalName(name, in: settings.calendar) == nil, !extra.contains(name) else { return }
            problems.append(
                InputProblem(
                    severity: .warning, file: file, field: field, message: "\(path) has no holiday called \"\(name)\"; it has no effect",
                    hint: Suggestion.hint(for: name, among: names) ?? "its holidays: \(names.prefix(12).joined(separator: ", "))"))
        }
        for (index, name) in (settings.only ?? []).enumerated() { check(name, field: "holidays.only[\(index)]") }
        for name in settings.weights.keys.sorted() { check(name, field: "holidays.weights.\"\(name)\"") }
        return problems
    }
}
