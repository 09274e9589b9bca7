import Testing

@testable import RotaKit

@Suite("iCalendar writer")
struct ICalendarWriterTests {
    @Test(
        "TEXT escapes backslash, semicolon, comma and line breaks",
        arguments: [
            ("plain", "plain"), ("a;b,c", "a\\;b\\,c"), ("back\\slash", "back\\\\slash"),
            ("two\nlines", "two\\nlines"), ("crlf\r\nend", "crlf\\nend"), ("bell\u{7}", "bell"), ("tab\there", "tab\there"),
        ])
    func escaping(text: String, escaped: String) {
        #expect(ICalendarWriter.escapedText(text) == escaped)
        #expect(ICalendarParser.unescapedText(escaped) == text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\u{7}", with: ""))
    }

    @Test("parameter values are quoted when they hold : ; or , and lose double quotes")
    func parameters() {
        #expect(ICalendarWriter.parameterValue("Alice") == "Alice")
        #expect(ICalendarWriter.parameterValue("Smith, Alice") == "\"Smith, Alice\"")
        #expect(ICalendarWriter.parameterValue("a \"b\"") == "a b")
    }

    @Test("a short line is not folded")
    func shortLine() {
        let line = "SUMMARY:" + String(repeating: "x", count: 67)
        #expect(ICalendarWriter.folded(line) == [line])
    }

    @Test("folding: first line 75 octets, continuations a space and at most 74, and unfolding restores the line")
    func longLine() {
        let line = "DESCRIPTION:" + String(repeating: "abcdefghij", count: 20)
        let folded = ICalendarWriter.folded(line)
        #expect(folded[0].utf8.count == 75)
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") && $0.utf8.count <= 75 })
        let rejoined = ICalendarParser.unfoldedLines(folded.joined(separator: "\r\n") + "\r\n")
        #expect(rejoined.map(\.text) == [line])
    }

    @Test("folding never splits a character, whatever its length in octets", arguments: ["é", "数", "🚀", "👩‍👩‍👧‍👦", "🇫🇷"])
    func multibyte(character: String) {
        for prefix in 0..<8 {
            let line = "SUMMARY:" + String(repeating: "a", count: prefix) + String(repeating: character, count: 40)
            let folded = ICalendarWriter.folded(line)
            for physical in folded {
                #expect(physical.utf8.count <= 75)
                // Every physical line is whole characters: the bytes decode and re-encode unchanged.
                #expect(String(decoding: Array(physical.utf8), as: UTF8.self) == physical)
                #expect(physical.dropFirst(physical.hasPrefix(" ") ? 1 : 0).allSatisfy { $0 == "a" || String($0) == character || "SUMMARY:".contains($0) })
            }
            #expect(ICalendarParser.unfoldedLines(folded.joined(separator: "\r\n")).map(\.text) == [line])
        }
    }

    @Test("the document ends every line with CRLF")
    func crlf() {
        var writer = ICalendarWriter()
        writer.begin("VCALENDAR")
        writer.text("X-WR-CALNAME", "Team; one")
        writer.end("VCALENDAR")
        #expect(writer.rendered == "BEGIN:VCALENDAR\r\nX-WR-CALNAME:Team\\; one\r\nEND:VCALENDAR\r\n")
    }
}
