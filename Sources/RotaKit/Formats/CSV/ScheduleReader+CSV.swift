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
extension ScheduleReader {
    /// Reads CSV schedule text; `file` names it in messages.
    /// - Parameter scenario: gives the period, team and people; without one, the period starts at
    ///   week 1's start and has as many weeks as the highest week number, people come from the names
    ///   used (capacity 1), and holiday weights default to 1.
    /// - Throws: ``InputErrors`` naming the file, line, column and column name of every problem.
    public static func readCSV(_ text: String, file: String, scenario: Scenario?) throws(InputErrors) -> Schedule {
        let diagnostics = Diagnostics(file: file)
        let records = CSVParser.parse(text, diagnostics: diagnostics)
        var reader = CSVScheduleReader(diagnostics: diagnostics, scenario: scenario)
        reader.read(records)
        let schedule = reader.schedule()
        try diagnostics.throwIfErrors()
        guard let schedule else { throw InputErrors(diagnostics.problems) }
        return schedule
    }
}

/// Turns CSV records into a schedule, section by section.
private struct CSVScheduleReader {
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

        /// Columns a header may add.
        var extraColumns: [String] { self == .week ? ["end"] : [] }

        var name: String { rawValue }
    }

    /// The values of one row, by column name.
    struct Row {
        var cells: [String: CSVField]
        var line: Int
    }

    let diagnostics: Diagnostics
    let scenario: Scenario?

    var weekRows: [(number: Int, start: Day, role: Role, person: String, line: Int)] = []
    var holidays: [HolidayCover] = []
    var pipelines: [PipelineOwners] = []
    var seenSections: [Section: Int] = [:]

    init(diagnostics: Diagnostics, scenario: Scenario?) {
        self.diagnostics = diagnostics
        self.scenario = scenario
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
                    diagnostics.error(
                        line: record.line, "the CSV has no header row; its first line is \"\(raw(record))\"",
                        hint: "start with the header week,start,role,person")
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

    private func raw(_ record: CSVRecord) -> String {
        let text = record.fields.map(\.text).joined(separator: ",")
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    /// The section a header row starts: it names the section's key column (`week`, `holiday`,
    /// `pipeline`), and at least half its cells are that section's column names.
    private func sectionKind(of record: CSVRecord) -> Section? {
        let cells = record.fields.map { $0.text.trimmingCharacters(in: .whitespaces).lowercased() }
        for section in [Section.week, .holiday, .pipeline] where cells.contains(section.rawValue) {
            let known = cells.filter { (section.columns + section.extraColumns).contains($0) }.count
            if known * 2 >= cells.count { return section }
        }
        return nil
    }

    /// Column name → index; reports unknown, repeated and missing columns.
    private func readHeader(_ record: CSVRecord, section: Section) -> [String: Int]? {
        var header: [String: Int] = [:]
        let known = section.columns + section.extraColumns
        var ok = true
        for (index, field) in record.fields.enumerated() {
            let name = field.text.trimmingCharacters(in: .whitespaces).lowercased()
            if !known.contains(name) {
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
        for column in section.columns where header[column] == nil && !section.optionalColumns.contains(column) {
            diagnostics.error(
                line: record.line, field: column,
                "the \(section.name) section's header has no \"\(column)\" column",
                hint: "the header is \(section.columns.joined(separator: ","))")
            ok = false
        }
        return ok ? header : nil
    }

    private mutating func readRow(_ record: CSVRecord, header: [String: Int], section: Section) {
        if record.fields.count != header.count {
            let columns = header.sorted { $0.value < $1.value }.map(\.key).joined(separator: ",")
            diagnostics.error(
                line: record.line,
                "this row has \(Wording.count(record.fields.count, "value")) but the \(section.name) header has \(header.count) columns (\(columns))",
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

    private func error(_ field: CSVField, _ column: String, _ message: String, hint: String? = nil) {
        diagnostics.error(line: field.line, column: field.column, field: column, message, hint: hint)
    }

    private func value(_ row: Row, _ column: String) -> String? {
        row.cells[column].map { $0.text.trimmingCharacters(in: .whitespaces) }
    }

    private func date(_ row: Row, _ column: String) -> Day? {
        guard let field = row.cells[column] else { return nil }
        let text = field.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            error(field, column, "the \(column) is empty")
            return nil
        }
        guard let day = Day(iso: text) else {
            error(field, column, SourceField.dateProblem(text), hint: "dates are written YYYY-MM-DD")
            return nil
        }
        return day
    }

    private mutating func readWeek(_ row: Row) {
        let numberField = row.cells["week"]!
        let numberText = value(row, "week")!
        var number: Int?
        if let parsed = Int(numberText), (1...10_000).contains(parsed) {
            number = parsed
        } else {
            error(numberField, "week", "expected a week number (1, 2, …), found \"\(numberText)\"")
        }
        let start = date(row, "start")
        var role: Role?
        let roleText = value(row, "role")!
        if let parsed = Role(rawValue: roleText.lowercased()) {
            role = parsed
        } else {
            error(
                row.cells["role"]!, "role", "unknown role \"\(roleText)\"",
                hint: Suggestion.hint(for: roleText, among: Role.allCases.map(\.rawValue)) ?? "roles are primary and secondary")
        }
        if let endField = row.cells["end"], let end = date(row, "end"), let start, end != start.adding(days: 6) {
            error(endField, "end", "week ends \(end.iso), but a week from \(start.iso) ends \(start.adding(days: 6).iso)")
        }
        guard let number, let start, let role else { return }
        weekRows.append((number, start, role, value(row, "person")!, row.line))
    }

    private mutating func readHoliday(_ row: Row) {
        let name = value(row, "holiday")!
        if name.isEmpty { error(row.cells["holiday"]!, "holiday", "the holiday's name is empty") }
        let date = date(row, "date")
        var weight: Double?
        if let field = row.cells["weight"], !field.text.trimmingCharacters(in: .whitespaces).isEmpty {
            let text = field.text.trimmingCharacters(in: .whitespaces)
            if let parsed = Double(text), parsed.isFinite, parsed >= 0 {
                weight = parsed
            } else {
                error(field, "weight", "expected a weight (a number, 0 or more), found \"\(text)\"")
                return
            }
        }
        guard !name.isEmpty, let date else { return }
        let resolved = weight ?? scenario?.weight(ofHoliday: name) ?? 1
        holidays.append(HolidayCover(name: name, date: date, weight: resolved, cover: value(row, "cover")!))
    }

    private mutating func readPipeline(_ row: Row) {
        let name = value(row, "pipeline")!
        if name.isEmpty {
            error(row.cells["pipeline"]!, "pipeline", "the pipeline's name is empty")
            return
        }
        let text = value(row, "investors")!
        let investors: Bool
        switch text.lowercased() {
        case "true", "yes", "1", "y": investors = true
        case "false", "no", "0", "n", "": investors = false
        default:
            error(row.cells["investors"]!, "investors", "expected true or false, found \"\(text)\"")
            return
        }
        pipelines.append(PipelineOwners(name: name, investors: investors, primary: value(row, "primary")!, secondary: value(row, "secondary")!))
    }

    /// The schedule, once every row is read; `nil` when there is nothing to build one from.
    func schedule() -> Schedule? {
        // Weeks: one entry per number; the same role twice, or two start dates, is an error.
        var weeks: [Int: ScheduledWeek] = [:]
        var firstLine: [Int: Int] = [:]
        var roleLine: [String: Int] = [:]
        for row in weekRows {
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
                weeks[row.number] = ScheduledWeek(week: row.number, start: row.start, end: row.start.adding(days: 6), oncall: oncall)
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
            period = Period(start: first.start.adding(days: -7 * (first.week - 1)), weeks: last.week)
            team = ""
            var seen = Set<String>()
            let names =
                ordered.flatMap { week in week.oncall.sorted { $0.key < $1.key }.map(\.value) } + holidays.map(\.cover)
                + pipelines.flatMap { [$0.primary, $0.secondary] }
            people = names.filter { !$0.isEmpty && seen.insert($0).inserted }.map { ScheduledPerson(name: $0) }
        }
        let schedule = Schedule(team: team, period: period, people: people, weeks: ordered, holidays: holidays, pipelines: pipelines)
        // A spreadsheet without a row for one of the scenario's holidays: whoever is on call covers it.
        guard let scenario else { return schedule }
        let unlisted = scenario.holidaysInPeriod().filter { holiday in
            !holidays.contains { $0.date == holiday.date && HolidayCalendar.normalized($0.name) == HolidayCalendar.normalized(holiday.name) }
        }
        return schedule.withInferredHolidayCovers(unlisted).schedule
    }
}
