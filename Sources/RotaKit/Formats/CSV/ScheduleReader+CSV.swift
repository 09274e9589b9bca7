import Foundation

/// Reading schedules from CSV, the layout `Schedule+CSV.swift` writes.
///
/// The layout is fixed (the CSV writer produces it): RFC 4180 fields, sections separated by blank
/// lines, each starting with its header row:
///
/// ```
/// week,start,role,person
/// 1,2027-01-04,primary,Alice
///
/// holiday,date,cover,weight
/// Memorial Day,2027-05-31,Alice,1
///
/// pipeline,investors,primary,secondary
/// Aggregate Profit,true,Bob,Charlie
/// ```
///
/// The week section is required; the holiday section (its `weight` column optional) and the
/// pipeline section are optional. With a scenario, a holiday of the scenario the CSV has no row
/// for is covered by whoever is on call (the first role) for most of the day. Columns are found by their header names, in any order; a
/// header row is recognised by its column names, so a missing blank line is forgiven.
extension Day {
    /// `2027-02-30`: four digits, a hyphen, two, a hyphen, two (a date or not).
    static func isoShaped(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.count == 10
            && characters.enumerated().allSatisfy { index, character in
                index == 4 || index == 7 ? character == "-" : character.isNumber
            }
    }
}

extension ScheduleReader {
    /// Reads CSV schedule text; `file` names it in messages.
    /// - Parameter scenario: gives the period, team and people; without one, the period starts at
    ///   week 1's start and has as many weeks as the highest week number, people come from the names
    ///   used (capacity 1), and holiday weights default to 1.
    /// - Throws: ``InputErrors`` naming the file, line, column and column name of every problem.
    /// - Parameter options: which of a spreadsheet's columns holds what, and how its dates are
    ///   written (``CSVImportOptions``).
    public static func readCSV(
        _ text: String, file: String, scenario: Scenario?, options: CSVImportOptions = CSVImportOptions()
    ) throws(InputErrors) -> Schedule {
        try importCSV(text, file: file, scenario: scenario, options: options).schedule
    }

    /// ``readCSV(_:file:scenario:options:)`` with notes about what reading assumed: each holiday
    /// of the scenario the CSV has no row for, counted as covered by whoever was on call.
    public static func importCSV(
        _ text: String, file: String, scenario: Scenario?, options: CSVImportOptions = CSVImportOptions()
    ) throws(InputErrors) -> (schedule: Schedule, notes: [String]) {
        let diagnostics = Diagnostics(file: file)
        let records = CSVParser.parse(text, diagnostics: diagnostics)
        var options = options
        if options.dateOrder == nil {
            options.dateOrder = SpreadsheetDate.order(telling: records.lazy.flatMap(\.fields).map(\.text))
        }
        var reader = CSVScheduleReader(diagnostics: diagnostics, scenario: scenario, options: options)
        reader.read(records)
        let schedule = reader.schedule()
        try diagnostics.throwIfErrors()
        guard let schedule else { throw InputErrors(diagnostics.problems) }
        return (schedule, reader.notes)
    }
}

/// Turns CSV records into a schedule, section by section.
struct CSVScheduleReader {
    enum Section: String {
        case week, holiday, pipeline

        var columns: [String] {
            switch self {
            case .week: ["week", "start", "role", "person"]
            case .holiday: ["holiday", "date", "cover", "weight"]
            case .pipeline: ["pipeline", "investors", "primary", "secondary"]
            }
        }

        /// Columns a header may leave out.
        var optionalColumns: Set<String> { self == .holiday ? ["weight"] : [] }

        /// Columns a header may add: the week's end and handoff, a column per role (a wide table:
        /// one row per week), and the holiday and pipeline columns of Rota's one-table export.
        var extraColumns: [String] {
            self == .week ? ["end", "handoff", "primary", "secondary", "holiday", "weight", "pipeline", "investors"] : []
        }

        var name: String { rawValue }
    }

    /// The values of one row, by column name.
    struct Row {
        var cells: [String: CSVField]
        var line: Int
    }

    let diagnostics: Diagnostics
    let scenario: Scenario?
    let options: CSVImportOptions
    /// The file's header (lower case) → Rota's column name, from `--columns`.
    let renamed: [String: String]

    /// A week row; `number` is `nil` when the row gives the week by its date.
    var weekRows: [(number: Int?, start: Day, role: Role, person: String, line: Int)] = []
    /// What reading assumed, a sentence each (holiday covers inferred from who was on call).
    var notes: [String] = []
    /// Weeks whose `end` column ends them before their seventh day, by start date.
    var shortEnds: [Day: Day] = [:]
    var holidays: [HolidayCover] = []
    var pipelines: [PipelineOwners] = []
    var seenSections: [Section: Int] = [:]
    /// Whether a date that could be month or day first has been reported (once per file).
    let reportedAmbiguity = Flag()
    /// Whether a date that reads only in the other order has been reported (once per file).
    let reportedOrder = Flag()
    final class Flag {
        var value = false
    }
    /// The number of cells in the current section's header.
    var headerWidth = 0

    init(diagnostics: Diagnostics, scenario: Scenario?, options: CSVImportOptions) {
        self.diagnostics = diagnostics
        self.scenario = scenario
        self.options = options
        renamed = Dictionary(
            options.columns.map { ($0.value.trimmingCharacters(in: .whitespaces).lowercased(), $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    /// The last date of week `number` starting on `start`: the `end` column's when it makes the
    /// week short, else the scenario period's (short when the period's last week is), else the
    /// seventh day.
    func weekEnd(number: Int, start: Day) -> Day {
        if let end = shortEnds[start] { return end }
        if let dates = scenario?.period.dates(ofWeek: number), dates.first == start { return dates.last }
        return start.adding(days: 6)
    }

    /// Rota's name for a header cell: as `--columns` maps it, else the cell in lower case.
    func columnName(_ text: String) -> String {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        return renamed[key] ?? key
    }

    mutating func read(_ records: [CSVRecord]) {
        var index = 0
        var sawHeader = false
        while index < records.count {
            let record = records[index]
            if record.isBlank {
                index += 1
                continue
            }
            guard let section = sectionKind(of: record) else {
                let expected = "week,start,role,person — holiday,date,cover,weight — pipeline,investors,primary,secondary"
                if sawHeader {
                    diagnostics.error(line: record.line, "expected a section header, found \"\(raw(record))\"", hint: "sections start with one of: \(expected)")
                } else {
                    noHeader(record)
                }
                // Skip to the next blank line.
                while index < records.count && !records[index].isBlank { index += 1 }
                continue
            }
            sawHeader = true
            if let first = seenSections[section] {
                diagnostics.error(line: record.line, "a second \(section.name) section (the first starts on line \(first))")
            }
            seenSections[section] = record.line
            let header = readHeader(record, section: section)
            index += 1
            while index < records.count, !records[index].isBlank, sectionKind(of: records[index]) == nil {
                if let header { readRow(records[index], header: header, section: section) }
                index += 1
            }
        }
        if seenSections[.week] == nil && !diagnostics.hasErrors {
            diagnostics.error("has no week section; a CSV schedule starts with the header week,start,role,person")
        }
    }

    /// The first row is not a header Rota knows: which columns it expected, and how to map the
    /// file's own with `--columns`, guessed from its names.
    private func noHeader(_ record: CSVRecord) {
        let cells = record.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
        let looksLikeData = cells.contains { Int($0) != nil || Day(iso: $0) != nil }
        guard !looksLikeData else {
            diagnostics.error(
                line: record.line, "the CSV has no header row; its first line is \"\(raw(record))\"",
                hint: "start with the header week,start,role,person, or name your own columns with --columns")
            return
        }
        let mapped = Set(options.columns.values.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        let unplaced = cells.filter { !$0.isEmpty && !mapped.contains($0.lowercased()) && !CSVImportOptions.columnNames.contains($0.lowercased()) }
        let week = cells.first { cell in ["week", "start", "date", "from"].contains { cell.lowercased().contains($0) } }
        let person = cells.first { cell in
            cell != week && ["call", "person", "who", "name", "primary", "engineer", "owner"].contains { cell.lowercased().contains($0) }
        }
        let example = "week=\(week ?? "Week Starting"),primary=\(person ?? "On Call")"
        let quoted = unplaced.map { "\"\($0)\"" }.joined(separator: ", ")
        diagnostics.error(
            line: record.line,
            "cannot place the column\(unplaced.count == 1 ? "" : "s") \(quoted): the CSV's first row is not a header Rota knows",
            hint:
                "Rota reads week,start,role,person, or a column per role (week,primary,secondary); map the spreadsheet's own names with --columns \"\(example)\""
        )
    }

    private func raw(_ record: CSVRecord) -> String {
        let text = record.fields.map(\.text).joined(separator: ",")
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    /// The section a header row starts: it names the section's key column (`week`, `holiday`,
    /// `pipeline`), and at least half its cells are that section's column names.
    /// With `--columns`, a header that names the week (or its start) starts the week section
    /// whatever else it holds (spreadsheets keep notes beside the schedule).
    private func sectionKind(of record: CSVRecord) -> Section? {
        let cells = record.fields.map { columnName($0.text) }
        if !options.columns.isEmpty && (cells.contains("week") || cells.contains("start")) { return .week }
        for section in [Section.week, .holiday, .pipeline] where cells.contains(section.rawValue) {
            let known = cells.filter { (section.columns + section.extraColumns).contains($0) }.count
            if known * 2 >= cells.count { return section }
        }
        return nil
    }

    /// Column name → index; reports unknown, repeated and missing columns.
    private mutating func readHeader(_ record: CSVRecord, section: Section) -> [String: Int]? {
        var header: [String: Int] = [:]
        let known = section.columns + section.extraColumns
        var ok = true
        let cells = record.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }
        for (name, written) in options.columns.sorted(by: { $0.key < $1.key })
        where !cells.contains(where: { $0.lowercased() == written.trimmingCharacters(in: .whitespaces).lowercased() }) {
            diagnostics.error(
                line: record.line, field: name, "--columns maps \(name) to \"\(written)\", but the header has no such column",
                hint: "its columns are \(cells.joined(separator: ", "))")
            ok = false
        }
        for (index, field) in record.fields.enumerated() {
            let name = columnName(field.text)
            if !known.contains(name) && !options.columns.isEmpty {
                // Columns --columns leaves unmapped (notes, comments) are not read.
                continue
            } else if !known.contains(name) {
                diagnostics.error(
                    line: field.line, column: field.column, field: name,
                    "unknown column \"\(field.text)\" in the \(section.name) section's header",
                    hint: Suggestion.hint(for: name, among: known) ?? "the columns are \(section.columns.joined(separator: ","))")
                ok = false
            } else if header[name] != nil {
                diagnostics.error(line: field.line, column: field.column, field: name, "the column \"\(name)\" appears twice in the header")
                ok = false
            } else {
                header[name] = index
            }
        }
        if section == .week {
            // The week by number or by date; its person in role,person or in a column per role.
            if header["week"] == nil && header["start"] == nil {
                diagnostics.error(
                    line: record.line, field: "week", "the header has no \"week\" or \"start\" column",
                    hint: "name the column that holds the week (its number or first date) with --columns week=HEADER")
                ok = false
            }
            let wide = header["primary"] != nil || header["secondary"] != nil || options.columns["primary"] != nil || options.columns["secondary"] != nil
            for column in ["role", "person"] where header[column] == nil && !wide {
                diagnostics.error(
                    line: record.line, field: column, "the week section's header has no \"\(column)\" column",
                    hint: "the header is week,start,role,person, or a column per role (week,primary,secondary); map others with --columns primary=HEADER")
                ok = false
            }
            headerWidth = record.fields.count
            return ok ? header : nil
        }
        for column in section.columns where header[column] == nil && !section.optionalColumns.contains(column) {
            diagnostics.error(
                line: record.line, field: column,
                "the \(section.name) section's header has no \"\(column)\" column",
                hint: "the header is \(section.columns.joined(separator: ","))")
            ok = false
        }
        headerWidth = record.fields.count
        return ok ? header : nil
    }

    private mutating func readRow(_ record: CSVRecord, header: [String: Int], section: Section) {
        if record.fields.count != headerWidth {
            let columns = header.sorted { $0.value < $1.value }.map(\.key).joined(separator: ",")
            diagnostics.error(
                line: record.line,
                "this row has \(Wording.count(record.fields.count, "value")) but the \(section.name) header has \(headerWidth) columns (\(columns))",
                hint: "a value with a comma must be quoted: \"Profit, EU\"")
            return
        }
        let row = Row(cells: header.mapValues { record.fields[$0] }, line: record.line)
        switch section {
        case .week: readWeek(row)
        case .holiday: readHoliday(row)
        case .pipeline: readPipeline(row)
        }
    }

    /// The schedule, once every row is read; `nil` when there is nothing to build one from.
    mutating func schedule() -> Schedule? {
        // Weeks given by date are numbered from the scenario's period, else from the first date.
        let firstStart = weekRows.filter { $0.number == nil }.map(\.start).min()
        var numbered: [(number: Int, start: Day, role: Role, person: String, line: Int)] = []
        for row in weekRows {
            if let number = row.number {
                numbered.append((number, row.start, row.role, row.person, row.line))
            } else if let period = scenario?.period {
                guard let number = period.week(containing: row.start) else {
                    diagnostics.error(line: row.line, field: "week", "the week of \(row.start.iso) lies outside the period \(period.days)")
                    continue
                }
                numbered.append((number, period.dates(ofWeek: number).first, row.role, row.person, row.line))
            } else if let firstStart {
                numbered.append((firstStart.days(to: row.start).floorDivided(by: 7).quotient + 1, row.start, row.role, row.person, row.line))
            }
        }
        // Weeks: one entry per number; the same role twice, or two start dates, is an error.
        var weeks: [Int: ScheduledWeek] = [:]
        var firstLine: [Int: Int] = [:]
        var roleLine: [String: Int] = [:]
        for row in numbered {
            if var week = weeks[row.number] {
                if week.start != row.start {
                    diagnostics.error(
                        line: row.line, field: "start",
                        "week \(row.number) starts \(row.start.iso) here but \(week.start.iso) on line \(firstLine[row.number]!)")
                    continue
                }
                if let line = roleLine["\(row.number) \(row.role.rawValue)"] {
                    diagnostics.error(line: row.line, field: "role", "week \(row.number) has a second \(row.role.rawValue) (the first is on line \(line))")
                    continue
                }
                if !row.person.isEmpty { week.oncall[row.role] = row.person }
                weeks[row.number] = week
            } else {
                let oncall: [Role: String] = row.person.isEmpty ? [:] : [row.role: row.person]
                weeks[row.number] = ScheduledWeek(week: row.number, start: row.start, end: weekEnd(number: row.number, start: row.start), oncall: oncall)
                firstLine[row.number] = row.line
            }
            roleLine["\(row.number) \(row.role.rawValue)"] = row.line
        }
        let ordered = weeks.values.sorted { $0.week < $1.week }
        let period: Period
        let team: String
        let people: [ScheduledPerson]
        if let scenario {
            period = scenario.period
            team = scenario.team
            people = scenario.people.map { ScheduledPerson(name: $0.name, capacity: $0.capacity, away: $0.away) }
        } else {
            guard let first = ordered.first, let last = ordered.last else { return nil }
            period = Period(start: first.start.adding(days: -7 * (first.week - 1)), weeks: last.week, end: last.end)
            team = ""
            var seen = Set<String>()
            let names =
                ordered.flatMap { week in week.oncall.sorted { $0.key < $1.key }.map(\.value) } + holidays.map(\.cover)
                + pipelines.flatMap { [$0.primary, $0.secondary] }
            people = names.filter { !$0.isEmpty && seen.insert($0).inserted }.map { ScheduledPerson(name: $0) }
        }
        // A spreadsheet without pipelines: the owners the scenario fixes, as for iCalendar.
        let owners =
            pipelines.isEmpty && seenSections[.pipeline] == nil
            ? (scenario?.pipelines ?? []).map {
                PipelineOwners(name: $0.name, investors: $0.investors, primary: $0.primary ?? "", secondary: $0.secondary ?? "")
            } : pipelines
        let schedule = Schedule(team: team, period: period, people: people, weeks: ordered, holidays: holidays, pipelines: owners)
        // A spreadsheet without a row for one of the scenario's holidays: whoever is on call covers it.
        guard let scenario else { return schedule }
        let unlisted = scenario.holidaysInPeriod().filter { holiday in
            !holidays.contains { $0.date == holiday.date && HolidayCalendar.normalized($0.name) == HolidayCalendar.normalized(holiday.name) }
        }
        let (result, inferred) = schedule.withInferredHolidayCovers(unlisted)
        for holiday in unlisted {
            let cover = result.holidays.first { $0.date == holiday.date && $0.name == holiday.name }?.cover ?? ""
            notes.append(
                inferred.contains(holiday.name) && !cover.isEmpty
                    ? "no row for \(holiday.name) (\(holiday.date.iso)): counted as covered by \(cover), on call that day"
                    : "no row for \(holiday.name) (\(holiday.date.iso)), and nobody is on call that day")
        }
        return result
    }
}
