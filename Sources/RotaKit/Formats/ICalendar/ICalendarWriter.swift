/// Writes iCalendar (RFC 5545) content lines: `NAME;PARAM=value:value`, TEXT escaping, folding at
/// 75 octets without splitting a UTF-8 sequence, and CRLF line ends.
///
/// The writer knows nothing about schedules; ``Schedule/icalendar(person:scenario:)`` drives it.
struct ICalendarWriter {
    /// The longest a physical line may be, in octets, not counting its CRLF (RFC 5545 §3.1).
    static let lineLimit = 75

    /// Logical content lines written so far, unfolded.
    private(set) var contentLines: [String] = []

    /// `BEGIN:component`.
    mutating func begin(_ component: String) {
        contentLines.append("BEGIN:\(component)")
    }

    /// `END:component`.
    mutating func end(_ component: String) {
        contentLines.append("END:\(component)")
    }

    /// A property whose value is written as given (dates, numbers, URIs, enumerations).
    /// - Parameters:
    ///   - name: the property name, `DTSTART`.
    ///   - parameters: `(name, value)` pairs; values are quoted when they need it.
    ///   - value: the value, already in its iCalendar form.
    mutating func property(_ name: String, parameters: [(String, String)] = [], _ value: String) {
        var line = name
        for (parameter, parameterValue) in parameters {
            line += ";\(parameter)=\(Self.parameterValue(parameterValue))"
        }
        contentLines.append("\(line):\(value)")
    }

    /// A TEXT property: the value is escaped (RFC 5545 §3.3.11).
    mutating func text(_ name: String, parameters: [(String, String)] = [], _ value: String) {
        property(name, parameters: parameters, Self.escapedText(value))
    }

    /// The whole document: every content line folded, each physical line ended by CRLF.
    /// - Complexity: O(*n*) in the length of the text.
    var rendered: String {
        var output = ""
        for line in contentLines {
            for physical in Self.folded(line) {
                output += physical
                output += "\r\n"
            }
        }
        return output
    }

    /// Escapes TEXT: backslash, semicolon, comma and line breaks (`\n`); other control
    /// characters, which TEXT cannot hold, are dropped.
    static func escapedText(_ text: String) -> String {
        var escaped = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n": if !previousWasCarriageReturn { escaped += "\\n" }
            case "\t": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A parameter value: quoted when it holds `:`, `;` or `,`. Double quotes and control
    /// characters cannot appear in a parameter value at all (RFC 5545 §3.1), so they are dropped.
    static func parameterValue(_ value: String) -> String {
        var cleaned = ""
        for scalar in value.unicodeScalars where scalar != "\"" && scalar.value >= 0x20 && scalar.value != 0x7F {
            cleaned.unicodeScalars.append(scalar)
        }
        return cleaned.contains(where: { $0 == ":" || $0 == ";" || $0 == "," }) ? "\"\(cleaned)\"" : cleaned
    }

    /// Splits one content line into physical lines of at most 75 octets each, every
    /// continuation starting with a space (which counts toward its 75).
    ///
    /// Lines break between characters (grapheme clusters), so neither a UTF-8 sequence nor a
    /// character such as an accented letter or a flag is torn apart; a single character longer than
    /// a whole line (never seen in practice) is split between its Unicode scalars instead.
    static func folded(_ line: String) -> [String] {
        guard line.utf8.count > lineLimit else { return [line] }
        var lines: [String] = []
        var current = ""
        var currentOctets = 0
        func append(_ piece: String, octets: Int) {
            let limit = lines.isEmpty ? lineLimit : lineLimit - 1
            if currentOctets + octets > limit && currentOctets > 0 {
                lines.append(lines.isEmpty ? current : " " + current)
                current = ""
                currentOctets = 0
            }
            current += piece
            currentOctets += octets
        }
        for character in line {
            let octets = character.utf8.count
            if octets <= lineLimit - 1 {
                append(String(character), octets: octets)
            } else {
                for scalar in character.unicodeScalars {
                    append(String(scalar), octets: String(scalar).utf8.count)
                }
            }
        }
        if currentOctets > 0 { lines.append(lines.isEmpty ? current : " " + current) }
        return lines
    }
}
