import Foundation

/// The rows of a CSV schedule: weeks (a row per week and role, or a column per role), holiday
/// covers and pipeline owners, in Rota's one table or in sections; their values and dates.
extension CSVScheduleReader {
    func error(_ field: CSVField, _ column: String, _ message: String, hint: String? = nil) {
        diagnostics.error(line: field.line, column: field.column, field: column, message, hint: hint)
    }

    func value(_ row: Row, _ column: String) -> String? {
        row.cells[column].map { $0.text.trimmingCharacters(in: .whitespaces) }
    }

    /// A person's name in a cell. Plain spaces around it are a CSV habit (`1, Alice`) and are
    /// dropped; any other blank (a tab, a non-breaking space, a line break, an invisible
    /// character) would make a name that matches nobody, so it is an error that shows the name
    /// escaped, as for JSON schedules.
    func personName(_ row: Row, _ column: String) -> String? {
        guard let field = row.cells[column] else { return nil }
        let text = field.text.trimmingCharacters(in: CharacterSet(charactersIn: " "))
        if !text.isEmpty, let (message, hint) = VisibleText.nameError(text) { error(field, column, message, hint: hint) }
        return text
    }

    func date(_ row: Row, _ column: String) -> Day? {
        guard let field = row.cells[column] else { return nil }
        let text = field.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            error(field, column, "the \(column) is empty")
            return nil
        }
        switch SpreadsheetDate.parse(text, order: options.dateOrder) {
        case .success(let day): return day
        case .failure(let problem):
            // Every numeric date of the file is as ambiguous as the first: one message is enough.
            if case .ambiguous = problem {
                guard !reportedAmbiguity.value else { return nil }
                reportedAmbiguity.value = true
            }
            // A date that reads only in the other order (13/1/2027 with --month-first): the file
            // is written the other way, which one message says better than one per row.
            if problem == .impossible, let order = options.dateOrder,
                case .success(let other) = SpreadsheetDate.parse(text, order: order == .monthFirst ? .dayFirst : .monthFirst)
            {
                guard !reportedOrder.value else { return nil }
                reportedOrder.value = true
                let (read, flag) = order == .monthFirst ? ("month first", "--day-first") : ("day first", "--month-first")
                error(
                    field, column, "\"\(text)\" is not a day of the calendar read \(read), but is \(other.iso) read the other way",
                    hint: "the file writes its dates the other way: give \(flag) (other dates like it are not listed)")
                return nil
            }
            if problem == .impossible, text.count == 10, Day.isoShaped(text) {
                error(field, column, SourceField.dateProblem(text), hint: "dates are written YYYY-MM-DD")
                return nil
            }
            let (message, hint) = problem.message(text)
            error(field, column, message, hint: hint)
            return nil
        }
    }

    /// A row of the week section: a pipeline owner or a holiday cover in Rota's one-table export,
    /// else a week, by number or date, with its person in role,person or in a column per role.
    mutating func readWeek(_ row: Row) {
        if let pipeline = value(row, "pipeline"), !pipeline.isEmpty {
            readPipelineOwner(row, name: pipeline)
            return
        }
        if let holiday = value(row, "holiday"), !holiday.isEmpty {
            readHolidayCover(row, name: holiday)
            return
        }
        var number: Int?
        var start: Day?
        if let numberField = row.cells["week"] {
            let numberText = value(row, "week")!
            if let parsed = Int(numberText), (1...10_000).contains(parsed) {
                number = parsed
            } else if row.cells["start"] != nil || Int(numberText) != nil {
                error(numberField, "week", "expected a week number (1, 2, …), found \"\(numberText)\"")
                return
            } else {
                // No start column: the week column holds each week's first date.
                guard let day = date(row, "week") else { return }
                start = day
            }
        }
        if row.cells["start"] != nil {
            guard let day = date(row, "start") else { return }
            start = day
        }
        if start == nil, let number, let period = scenario?.period {
            start = period.dates(ofWeek: number).first
        }
        guard let start else {
            diagnostics.error(line: row.line, field: "start", "week \(number.map(String.init) ?? "?") has no start date", hint: "add a start column")
            return
        }
        // A week ends six days after its start, or sooner when it is a period's short last week
        // (`end:` off the week boundary); which weeks may be short is for `check` to judge.
        if let endField = row.cells["end"], let text = value(row, "end"), !text.isEmpty, let end = date(row, "end") {
            if end < start || end > start.adding(days: 6) {
                error(
                    endField, "end",
                    "week ends \(end.iso), but a week from \(start.iso) ends \(start.adding(days: 6).iso) (or sooner, when it is the period's short last week)")
            } else if end < start.adding(days: 6) {
                shortEnds[start] = end
            }
        }
        if row.cells["primary"] != nil || row.cells["secondary"] != nil {
            for role in Role.allCases {
                guard let person = personName(row, role.rawValue) else { continue }
                weekRows.append((number, start, role, person, row.line))
            }
            return
        }
        let roleText = value(row, "role")!
        guard let role = Role(rawValue: roleText.lowercased()) else {
            error(
                row.cells["role"]!, "role", "unknown role \"\(roleText)\"",
                hint: Suggestion.hint(for: roleText, among: Role.allCases.map(\.rawValue)) ?? "roles are primary and secondary")
            return
        }
        weekRows.append((number, start, role, personName(row, "person")!, row.line))
    }

    /// A holiday row of the one-table export: the date in `start`, the cover in `person`.
    mutating func readHolidayCover(_ row: Row, name: String) {
        guard let date = date(row, "start") else { return }
        var weight: Double?
        if let field = row.cells["weight"], let text = value(row, "weight"), !text.isEmpty {
            guard let parsed = Double(text), parsed.isFinite, parsed >= 0 else {
                error(field, "weight", "expected a weight (a number, 0 or more), found \"\(text)\"")
                return
            }
            weight = parsed
        }
        holidays.append(HolidayCover(name: name, date: date, weight: weight ?? scenario?.weight(ofHoliday: name) ?? 1, cover: personName(row, "person") ?? ""))
    }

    /// A pipeline row of the one-table export: one owner, the role in `role`.
    mutating func readPipelineOwner(_ row: Row, name: String) {
        let roleText = value(row, "role") ?? ""
        guard let role = Role(rawValue: roleText.lowercased()) else {
            diagnostics.error(line: row.line, field: "role", "pipeline \(name): expected the owner's role (primary or secondary), found \"\(roleText)\"")
            return
        }
        let investors = ["true", "yes", "1", "y"].contains((value(row, "investors") ?? "").lowercased())
        let person = personName(row, "person") ?? ""
        let index =
            pipelines.firstIndex { $0.name == name }
            ?? {
                pipelines.append(PipelineOwners(name: name, investors: investors, primary: "", secondary: ""))
                return pipelines.count - 1
            }()
        if role == .primary { pipelines[index].primary = person } else { pipelines[index].secondary = person }
        pipelines[index].investors = pipelines[index].investors || investors
    }

    mutating func readHoliday(_ row: Row) {
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
        holidays.append(HolidayCover(name: name, date: date, weight: resolved, cover: personName(row, "cover")!))
    }

    mutating func readPipeline(_ row: Row) {
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
        pipelines.append(PipelineOwners(name: name, investors: investors, primary: personName(row, "primary")!, secondary: personName(row, "secondary")!))
    }
}
