/// A JSON value with object keys kept in the order they were added, written byte-for-byte
/// deterministically: two-space indentation, `\n` line ends, shortest round-trip numbers.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// The document as text, ending with a newline.
    public func rendered() -> String {
        var output = ""
        write(into: &output, indent: 0)
        output.append("\n")
        return output
    }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += Numbers.json(value)
        case .string(let value): JSONValue.writeString(value, into: &output)
        case .array(let items):
            if items.isEmpty {
                output += "[]"
                return
            }
            if items.allSatisfy(\.isScalar) && items.count <= 16 {
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += ", " }
                    item.write(into: &output, indent: indent)
                }
                output += "]"
                return
            }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                item.write(into: &output, indent: indent + 2)
                output += index + 1 < items.count ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            if let inline = inlineObject(members), inline.count + indent <= 160 {
                output += inline
                return
            }
            output += "{\n"
            for (index, member) in members.enumerated() {
                output += String(repeating: " ", count: indent + 2)
                JSONValue.writeString(member.0, into: &output)
                output += ": "
                member.1.write(into: &output, indent: indent + 2)
                output += index + 1 < members.count ? ",\n" : "\n"
            }
            output += String(repeating: " ", count: indent) + "}"
        }
    }

    /// `{ "a": 1, "b": { "c": 2 } }` when every member is a scalar or such an object.
    private func inlineObject(_ members: [(String, JSONValue)]) -> String? {
        var output = "{ "
        for (index, member) in members.enumerated() {
            if index > 0 { output += ", " }
            JSONValue.writeString(member.0, into: &output)
            output += ": "
            switch member.1 {
            case .array(let items):
                guard items.allSatisfy(\.isScalar) else { return nil }
                output +=
                    "["
                    + items.map { item -> String in
                        var text = ""
                        item.write(into: &text, indent: 0)
                        return text
                    }.joined(separator: ", ") + "]"
            case .object(let inner):
                guard let text = inlineObject(inner) else { return nil }
                output += text
            default: member.1.write(into: &output, indent: 0)
            }
        }
        return output + " }"
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// Integers without a fraction; other numbers rounded to 6 decimals, shortest form
    /// (``Numbers/json(_:)``).
    public static func format(_ value: Double) -> String { Numbers.json(value) }

    /// `value` as a JSON string literal, in double quotes: quotes, backslashes and control
    /// characters escaped (`\n`, `\u001b`). HCL's string literals escape the same way.
    static func quoted(_ value: String) -> String {
        var output = ""
        writeString(value, into: &output)
        return output
    }

    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
