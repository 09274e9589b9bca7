import Yams

/// One node of a YAML or JSON document, with its field path and position, and typed accessors
/// that report what is wrong to the shared ``Diagnostics`` instead of throwing.
///
/// Every accessor returns `nil` after reporting when the value has the wrong shape, so a reader
/// keeps going and reports every problem of the file at once.
public struct SourceField {
    public let node: Node
    /// `people[2].away[0]`; empty at the root.
    public let path: String
    public let diagnostics: Diagnostics

    public init(node: Node, path: String, diagnostics: Diagnostics) {
        self.node = node
        self.path = path
        self.diagnostics = diagnostics
    }

    public var line: Int? { node.mark?.line }
    public var column: Int? { node.mark?.column }

    /// Reports an error at this field.
    public func error(_ message: String, hint: String? = nil) {
        diagnostics.error(line: line, column: column, field: path, message, hint: hint)
    }

    /// Reports a warning at this field.
    public func warning(_ message: String, hint: String? = nil) {
        diagnostics.warning(line: line, column: column, field: path, message, hint: hint)
    }

    /// The path of a child key.
    public func childPath(_ key: String) -> String {
        let simple = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        let component = simple ? key : "\"\(key)\""
        return path.isEmpty ? component : "\(path).\(component)"
    }

    /// Whether the node is an explicit null (`~`, `null`, or nothing).
    public var isNull: Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The entries of a mapping, in file order. Unknown keys are reported with a did-you-mean hint;
    /// duplicate keys are reported too.
    public func mapping(allowedKeys: [String], what: String) -> [(key: String, value: SourceField)]? {
        guard case .mapping(let mapping) = node else {
            error("expected \(what) (a mapping of keys to values), found \(shapeDescription)")
            return nil
        }
        var seen = Set<String>()
        var entries: [(key: String, value: SourceField)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string else {
                SourceField(node: keyNode, path: path, diagnostics: diagnostics).error("a key must be a plain name")
                continue
            }
            let child = SourceField(node: valueNode, path: childPath(key), diagnostics: diagnostics)
            let keyField = SourceField(node: keyNode, path: childPath(key), diagnostics: diagnostics)
            if !allowedKeys.contains(key) {
                let known = allowedKeys.map { "\"\($0)\"" }.joined(separator: ", ")
                keyField.error(
                    "unknown field \"\(key)\" in \(what)",
                    hint: Suggestion.hint(for: key, among: allowedKeys) ?? "known fields: \(known)")
                continue
            }
            if !seen.insert(key).inserted {
                keyField.error("\"\(key)\" is given twice")
                continue
            }
            entries.append((key, child))
        }
        return entries
    }

    /// Dictionary form of ``mapping(allowedKeys:what:)``.
    public func fields(allowedKeys: [String], what: String) -> [String: SourceField]? {
        guard let entries = mapping(allowedKeys: allowedKeys, what: what) else { return nil }
        return Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The items of a sequence.
    public func sequence(what: String) -> [SourceField]? {
        guard case .sequence(let sequence) = node else {
            error("expected a list of \(what), found \(shapeDescription)")
            return nil
        }
        return sequence.enumerated().map { SourceField(node: $1, path: "\(path)[\($0)]", diagnostics: diagnostics) }
    }

    /// A sequence, or a single item standing for a list of one.
    public func sequenceOrSingle(what: String) -> [SourceField]? {
        if case .sequence = node { return sequence(what: what) }
        if isNull { return [] }
        return [self]
    }

    /// A scalar's text.
    public func string(what: String = "text") -> String? {
        guard case .scalar(let scalar) = node, !isNull else {
            error("expected \(what), found \(shapeDescription)")
            return nil
        }
        return scalar.string
    }

    /// A non-empty name (leading and trailing blanks removed).
    public func name(what: String) -> String? {
        guard let text = string(what: what) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            error("\(what) is empty")
            return nil
        }
        return trimmed
    }

    /// A person's name in a schedule, taken exactly as written, since it must match a person of
    /// the scenario exactly: a name that starts or ends with a blank (a space, a tab, a
    /// non-breaking space, a line break) or holds an invisible character is reported, quoted with
    /// those characters escaped, never trimmed in silence.
    /// - Parameter emptyIsUnfilled: when true, `null`, `""` or blanks alone read as `""`, an
    ///   unfilled slot (the checker reports it as a hole in the schedule); when false, as an error.
    /// - Returns: the name, `""` for an unfilled slot, `nil` after reporting an error.
    public func exactName(what: String, emptyIsUnfilled: Bool) -> String? {
        if emptyIsUnfilled && isNull { return "" }
        guard let text = string(what: what) else { return nil }
        if text.unicodeScalars.allSatisfy(VisibleText.isBlank) {
            if emptyIsUnfilled { return "" }
            error("\(what) is empty")
            return nil
        }
        if let (message, hint) = VisibleText.nameError(text) {
            error(message, hint: hint)
            return nil
        }
        return text
    }

    /// Free text, such as notes or a description: may span lines (a YAML block scalar); leading
    /// and trailing blank lines removed, never empty.
    public func text(what: String) -> String? {
        guard let text = string(what: what) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            error("\(what) is empty")
            return nil
        }
        return trimmed
    }

    /// A whole number within `range`.
    public func integer(in range: ClosedRange<Int>, what: String) -> Int? {
        guard let text = string(what: what) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            error("expected \(what) (a whole number), found \"\(text)\"")
            return nil
        }
        guard range.contains(value) else {
            error("\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)")
            return nil
        }
        return value
    }

    /// A finite number.
    public func number(what: String) -> Double? {
        guard let text = string(what: what) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite else {
            error("expected \(what) (a number), found \"\(text)\"")
            return nil
        }
        return value
    }

    /// `true` or `false` (also `yes`/`no`, `on`/`off`).
    public func boolean(what: String) -> Bool? {
        guard let text = string(what: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("expected \(what) (true or false), found \"\(text)\"")
            return nil
        }
    }

    /// A date, `YYYY-MM-DD`.
    public func day(what: String = "a date") -> Day? {
        guard let text = string(what: what) else { return nil }
        guard let day = Day(iso: text.trimmingCharacters(in: .whitespaces)) else {
            error(Self.dateProblem(text), hint: "dates are written YYYY-MM-DD")
            return nil
        }
        return day
    }

    /// `YYYY-MM-DD..YYYY-MM-DD` or a single date.
    public func dayRange() -> DayRange? {
        guard let text = string(what: "a date or a date range") else { return nil }
        if let range = DayRange(parsing: text) { return range }
        if let separator = text.range(of: "..") {
            let first = String(text[..<separator.lowerBound]).trimmingCharacters(in: .whitespaces)
            let last = String(text[separator.upperBound...]).trimmingCharacters(in: .whitespaces)
            if let from = Day(iso: first), let to = Day(iso: last) {
                error("the range \"\(text)\" ends before it starts", hint: "write it as \(to.iso)..\(from.iso)")
            } else {
                let bad = Day(iso: first) == nil ? first : last
                error("\(Self.dateProblem(bad)) in the range \"\(text)\"", hint: "ranges are written YYYY-MM-DD..YYYY-MM-DD")
            }
        } else {
            error(Self.dateProblem(text), hint: "write a date as YYYY-MM-DD or a range as YYYY-MM-DD..YYYY-MM-DD")
        }
        return nil
    }

    /// Why `text` is not a date: malformed, or a date that does not exist.
    static func dateProblem(_ text: String) -> String {
        let parts = text.split(separator: "-")
        if parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), parts[0].count == 4 {
            if !(1...12).contains(month) { return "\"\(text)\" is not a date: there is no month \(month)" }
            let days = Day.daysIn(month: month, year: year)
            if !(1...days).contains(day) {
                return "\"\(text)\" is not a date: \(monthNames[month - 1]) \(year) has \(days) days"
            }
        }
        return "\"\(text)\" is not a date"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// "a list", "a mapping", "text \"…\"", "nothing".
    public var shapeDescription: String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull { return "nothing" }
            return "\"\(scalar.string)\""
        }
    }
}
