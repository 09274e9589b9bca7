/// A strict JSON syntax check (RFC 8259) that says where the first error is. The YAML parser that
/// reads JSON files is more forgiving than JSON (trailing commas, bare words), so files named
/// `.json` are checked with this first.
public enum JSONSyntax {
    /// The first syntax error in `text`, or `nil` when it is valid JSON.
    /// - Complexity: O(n), recursion depth bounded by ``maximumDepth``.
    public static func firstError(in text: String) -> (line: Int, column: Int, message: String)? {
        var parser = Parser(bytes: Array(text.utf8))
        do throws(Failure) {
            parser.skipWhitespace()
            try parser.value(depth: 0)
            parser.skipWhitespace()
            if parser.index < parser.bytes.count { throw parser.failure("unexpected text after the end of the document") }
            return nil
        } catch {
            return (error.line, error.column, error.message)
        }
    }

    /// Nesting deeper than this is refused rather than risking the stack.
    public static let maximumDepth = 256

    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        func failure(_ message: String) -> Failure {
            var line = 1, column = 1
            for byte in bytes[..<min(index, bytes.count)] {
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            return Failure(line: line, column: column, message: message)
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func expect(_ character: Character) throws(Failure) {
            guard current == character.asciiValue else {
                throw failure(current == nil ? "the document ends early; expected '\(character)'" : "expected '\(character)'")
            }
            index += 1
        }

        mutating func value(depth: Int) throws(Failure) {
            guard depth < JSONSyntax.maximumDepth else { throw failure("nested more than \(JSONSyntax.maximumDepth) levels deep") }
            guard let byte = current else { throw failure("the document ends where a value was expected") }
            switch byte {
            case UInt8(ascii: "{"):
                index += 1
                skipWhitespace()
                if current == UInt8(ascii: "}") {
                    index += 1
                    return
                }
                while true {
                    skipWhitespace()
                    guard current == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
                    try string()
                    skipWhitespace()
                    try expect(":")
                    skipWhitespace()
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        if current == UInt8(ascii: "}") { throw failure("a comma before '}' (trailing commas are not JSON)") }
                        continue
                    }
                    try expect("}")
                    return
                }
            case UInt8(ascii: "["):
                index += 1
                skipWhitespace()
                if current == UInt8(ascii: "]") {
                    index += 1
                    return
                }
                while true {
                    skipWhitespace()
                    try value(depth: depth + 1)
                    skipWhitespace()
                    if current == UInt8(ascii: ",") {
                        index += 1
                        skipWhitespace()
                        if current == UInt8(ascii: "]") { throw failure("a comma before ']' (trailing commas are not JSON)") }
                        continue
                    }
                    try expect("]")
                    return
                }
            case UInt8(ascii: "\""):
                try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            default:
                for word in ["true", "false", "null"] where bytes[index...].starts(with: word.utf8) {
                    index += word.utf8.count
                    return
                }
                throw failure("unexpected character; expected a value (text must be in double quotes)")
            }
        }

        mutating func string() throws(Failure) {
            index += 1
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return
                case UInt8(ascii: "\\"):
                    index += 2
                case 0..<0x20:
                    throw failure("a control character inside a string (write \\n for a line break)")
                default:
                    index += 1
                }
            }
            throw failure("a string that never ends")
        }

        mutating func number() throws(Failure) {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            func digits() -> Int {
                var count = 0
                while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    index += 1
                    count += 1
                }
                return count
            }
            if digits() == 0 { throw failure("a number without digits") }
            if current == UInt8(ascii: ".") {
                index += 1
                if digits() == 0 { throw failure("a number with nothing after the decimal point") }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                if digits() == 0 { throw failure("a number with an empty exponent") }
            }
            _ = start
        }
    }
}
