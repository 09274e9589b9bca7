import Foundation

// The CSV tokenizer: RFC 4180 records and fields, each field with the line and column it starts at.

/// One CSV field with where it starts.
struct CSVField {
    var text: String
    var line: Int
    var column: Int
    var quoted: Bool
}

/// One CSV record (a row), which may span lines when a quoted field holds a line break.
struct CSVRecord {
    var fields: [CSVField]
    var line: Int { fields.first?.line ?? 0 }
    /// A blank line, or a row of empty cells as spreadsheets write them.
    var isBlank: Bool { fields.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty && !$0.quoted } }
}

/// RFC 4180: comma-separated fields, `"` quoting with `""` for a quote, CRLF or LF line ends.
enum CSVParser {
    static func parse(_ text: String, diagnostics: Diagnostics) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [CSVField] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var afterClosingQuote = false
        var line = 1, column = 1
        var fieldLine = 1, fieldColumn = 1
        var reportedStray = false

        func endField() {
            fields.append(CSVField(text: field, line: fieldLine, column: fieldColumn, quoted: quoted))
            field = ""
            quoted = false
            afterClosingQuote = false
            reportedStray = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(fields: fields))
            fields = []
        }

        for character in text {
            let isLineBreak = character == "\n" || character == "\r\n" || character == "\r"
            if inQuotes {
                if character == "\"" {
                    inQuotes = false
                    afterClosingQuote = true
                } else {
                    field.append(character)
                }
            } else if character == "\"" && afterClosingQuote {
                // `""` inside a quoted field: one quote.
                field.append("\"")
                inQuotes = true
                afterClosingQuote = false
            } else if character == "\"" && field.isEmpty && !quoted {
                quoted = true
                inQuotes = true
            } else if character == "," {
                endField()
                fieldLine = line
                fieldColumn = column + 1
            } else if isLineBreak {
                endRecord()
            } else {
                if afterClosingQuote && !reportedStray && !character.isWhitespace {
                    diagnostics.error(
                        line: line, column: column, "unexpected \"\(character)\" after a closing quote",
                        hint: "inside a quoted field write a quote as \"\"")
                    reportedStray = true
                }
                field.append(character)
            }
            if isLineBreak {
                line += 1
                column = 1
                if !inQuotes {
                    fieldLine = line
                    fieldColumn = 1
                }
            } else {
                column += 1
            }
        }
        if inQuotes {
            diagnostics.error(line: fieldLine, column: fieldColumn, "a quoted field is never closed", hint: "close it with \"")
        }
        if !field.isEmpty || quoted || !fields.isEmpty { endRecord() }
        return records
    }
}
