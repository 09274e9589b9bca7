/// Text shown so that every character can be seen: a name with a trailing space, a tab, a
/// non-breaking space or a line break is quoted with those characters escaped, as a person at the
/// terminal cannot see them otherwise.
enum VisibleText {
    /// `"Alice"`, `"Alice\u{00A0}"`, `"Bob\n"`: in double quotes, with `\`, `"`, tabs, line breaks
    /// and every other invisible or control character escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if isInvisible(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u{" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// `Alice` as it is; `"Alice\t"` quoted and escaped when it starts or ends with a blank or
    /// holds an invisible character, so that a message never prints a raw line break.
    static func shown(_ name: String) -> String {
        nameProblem(name) == nil ? name : quoted(name)
    }

    /// Whether `scalar` prints as nothing or as something else than itself: control and format
    /// characters, line and paragraph separators, and every space but the plain one.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate: return true
        case .spaceSeparator: return scalar != " "
        default: return false
        }
    }

    /// Whether `scalar` is a blank: a space of any kind, a tab or a line break.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || isInvisible(scalar)
    }

    /// `text` without its leading and trailing blanks.
    static func trimmed(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars.drop(while: isBlank))
        return String(result)
    }

    /// `a space`, `a tab`, `a non-breaking space`, `a line break`, `an invisible character U+200B`.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case " ": return "a space"
        case "\t": return "a tab"
        case "\u{A0}", "\u{202F}", "\u{2007}": return "a non-breaking space"
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": return "a line break"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "an invisible character U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// What makes `name` unfit to be matched exactly against the people of a scenario, or `nil`
    /// when it is fine: it starts or ends with a blank (`ends with a non-breaking space`), or
    /// holds a line break or another invisible character inside (`contains a tab`).
    static func nameProblem(_ name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return nil }
        if isBlank(first) { return "starts with \(describe(first))" }
        if isBlank(last) { return "ends with \(describe(last))" }
        if let inside = scalars.first(where: { $0 != " " && isBlank($0) }) { return "contains \(describe(inside))" }
        return nil
    }

    /// The message and hint for a name ``nameProblem(_:)`` finds unfit, the same for every reader:
    /// `the name "Alice\u{00A0}" ends with a non-breaking space` / `names are matched exactly;
    /// write "Alice"`; `nil` when the name is fine.
    static func nameError(_ name: String) -> (message: String, hint: String)? {
        guard let problem = nameProblem(name) else { return nil }
        let trimmed = trimmed(name)
        let hint = nameProblem(trimmed) == nil ? "names are matched exactly; write \(quoted(trimmed))" : "names are matched exactly"
        return ("the name \(quoted(name)) \(problem)", hint)
    }
}
