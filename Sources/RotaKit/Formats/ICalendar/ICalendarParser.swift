import Foundation

/// One content line of an iCalendar file, unfolded: `NAME;PARAM=value,value:value`.
struct ICalendarProperty: Sendable {
    /// Upper-cased, `DTSTART`.
    var name: String
    /// In file order; names upper-cased, values unquoted.
    var parameters: [(name: String, values: [String])]
    /// The raw value, still escaped for TEXT properties.
    var value: String
    /// The physical line the content line starts on (1-based).
    var line: Int

    /// The first value of the parameter `name` (case-insensitive), `TZID` for example.
    func parameter(_ name: String) -> String? {
        let key = name.uppercased()
        return parameters.first { $0.name == key }?.values.first
    }

    /// The value as TEXT, unescaped.
    var text: String { ICalendarParser.unescapedText(value) }
}

/// A `BEGIN:NAME` … `END:NAME` block with its properties and the blocks nested in it.
struct ICalendarComponent: Sendable {
    /// Upper-cased, `VEVENT`.
    var name: String
    var properties: [ICalendarProperty] = []
    var components: [ICalendarComponent] = []
    /// The line of `BEGIN:`.
    var line: Int

    /// The first property called `name`.
    func property(_ name: String) -> ICalendarProperty? { properties.first { $0.name == name } }

    /// Every property called `name`, in file order.
    func properties(_ name: String) -> [ICalendarProperty] { properties.filter { $0.name == name } }

    /// Nested components called `name`, in file order.
    func components(_ name: String) -> [ICalendarComponent] { components.filter { $0.name == name } }
}

/// Reads the syntax of an iCalendar file (RFC 5545 §3.1 and §3.4): unfolds lines, splits content
/// lines into name, parameters and value, and nests components. What the values mean is for
/// the readers built on it.
enum ICalendarParser {
    /// The `VCALENDAR` components of `text` (a file usually holds one).
    /// - Parameter diagnostics: where problems go, each with its line; `nil` comes back when the text
    ///   is not iCalendar at all or its components do not nest.
    /// - Complexity: O(*n*) in the length of the text.
    static func calendars(in text: String, diagnostics: Diagnostics) -> [ICalendarComponent]? {
        let lines = unfoldedLines(text)
        guard let first = lines.first(where: { !$0.text.isEmpty }) else {
            diagnostics.error("is empty; expected an iCalendar file starting with BEGIN:VCALENDAR")
            return nil
        }
        guard first.text.uppercased() == "BEGIN:VCALENDAR" else {
            let shown = first.text.count > 60 ? String(first.text.prefix(60)) + "…" : first.text
            diagnostics.error(
                line: first.line, "is not an iCalendar file: found \"\(shown)\" where BEGIN:VCALENDAR should be",
                hint: "iCalendar files (.ics) start with BEGIN:VCALENDAR")
            return nil
        }
        var calendars: [ICalendarComponent] = []
        var open: [ICalendarComponent] = []
        for (text, line) in lines where !text.isEmpty {
            guard let property = contentLine(text, line: line) else {
                diagnostics.error(line: line, "\"\(text.prefix(60))\" is not a content line (NAME:value)")
                continue
            }
            switch property.name {
            case "BEGIN":
                open.append(ICalendarComponent(name: property.value.trimmingCharacters(in: .whitespaces).uppercased(), line: line))
            case "END":
                let name = property.value.trimmingCharacters(in: .whitespaces).uppercased()
                guard let component = open.popLast() else {
                    diagnostics.error(line: line, "END:\(name) without a BEGIN:\(name)")
                    return nil
                }
                guard component.name == name else {
                    diagnostics.error(line: line, "END:\(name) closes BEGIN:\(component.name) from line \(component.line)")
                    return nil
                }
                if open.isEmpty {
                    calendars.append(component)
                } else {
                    open[open.count - 1].components.append(component)
                }
            default:
                guard !open.isEmpty else {
                    diagnostics.error(line: line, field: property.name, "a property outside BEGIN:VCALENDAR … END:VCALENDAR")
                    continue
                }
                open[open.count - 1].properties.append(property)
            }
        }
        if let unclosed = open.last {
            diagnostics.error(line: unclosed.line, "BEGIN:\(unclosed.name) is never closed (is the file cut short?)")
            return nil
        }
        return calendars
    }

    /// Logical lines with the physical line each starts on: line ends may be CRLF or a bare LF,
    /// and a line starting with a space or a tab continues the one before (RFC 5545 §3.1).
    static func unfoldedLines(_ text: String) -> [(text: String, line: Int)] {
        var result: [(bytes: [UInt8], line: Int)] = []
        var physical: [UInt8] = []
        var number = 0
        func finish() {
            number += 1
            if physical.last == UInt8(ascii: "\r") { physical.removeLast() }
            if let first = physical.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"), !result.isEmpty {
                result[result.count - 1].bytes.append(contentsOf: physical.dropFirst())
            } else {
                result.append((physical, number))
            }
            physical.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { finish() } else { physical.append(byte) }
        }
        if !physical.isEmpty { finish() }
        return result.map { (String(decoding: $0.bytes, as: UTF8.self), $0.line) }
    }

    /// Removes the folds a careless writer put inside a UTF-8 sequence (RFC 5545 §3.1 warns of
    /// them), which leave bytes that are not UTF-8: a line break and one space or tab between a
    /// non-ASCII byte and a continuation byte. Other folds are left for ``unfoldedLines(_:)``.
    /// - Complexity: O(*n*) in the number of bytes.
    static func joiningSplitCharacters(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if (byte == 0x0D || byte == 0x0A), let previous = result.last, previous >= 0x80 {
                var next = index + (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1)
                if next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 {
                    next += 1
                    if next < bytes.count, (0x80...0xBF).contains(bytes[next]) {
                        index = next
                        continue
                    }
                }
            }
            result.append(byte)
            index += 1
        }
        return Data(result)
    }

    /// Splits `NAME;P=a,"b;c":value`; `nil` when there is no name or no colon.
    static func contentLine(_ text: String, line: Int) -> ICalendarProperty? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        func readName() -> String {
            var name = ""
            while index < scalars.count, isNameScalar(scalars[index]) {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            return name.uppercased()
        }
        let name = readName()
        guard !name.isEmpty else { return nil }
        var parameters: [(name: String, values: [String])] = []
        while index < scalars.count, scalars[index] == ";" {
            index += 1
            let parameterName = readName()
            guard !parameterName.isEmpty, index < scalars.count, scalars[index] == "=" else { return nil }
            index += 1
            var values: [String] = []
            while true {
                var value = ""
                if index < scalars.count, scalars[index] == "\"" {
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    guard index < scalars.count else { return nil }
                    index += 1
                } else {
                    while index < scalars.count, ![";", ":", ","].contains(scalars[index]) {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                }
                values.append(value)
                if index < scalars.count, scalars[index] == "," {
                    index += 1
                    continue
                }
                break
            }
            parameters.append((parameterName, values))
        }
        guard index < scalars.count, scalars[index] == ":" else { return nil }
        var value = ""
        value.unicodeScalars.append(contentsOf: scalars[(index + 1)...])
        return ICalendarProperty(name: name, parameters: parameters, value: value, line: line)
    }

    /// Undoes TEXT escaping: `\\`, `\;`, `\,`, `\n` and `\N`; an unknown escape keeps its character.
    static func unescapedText(_ value: String) -> String {
        var text = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                text.unicodeScalars.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        if escaping { text += "\\" }
        return text
    }

    /// Splits a list value (`EXDATE:a,b`, `CATEGORIES`) at commas that are not escaped.
    static func listItems(_ value: String) -> [String] {
        var items: [String] = []
        var current = ""
        var escaping = false
        for scalar in value.unicodeScalars {
            if escaping {
                current.unicodeScalars.append(scalar)
                escaping = false
            } else if scalar == "\\" {
                current.unicodeScalars.append(scalar)
                escaping = true
            } else if scalar == "," {
                items.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
