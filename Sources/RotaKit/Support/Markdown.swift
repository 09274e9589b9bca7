/// Writing GitHub-flavoured Markdown: text that prints as itself, and pipe tables.
enum Markdown {
    /// `text` with Markdown's punctuation escaped (`\`, `` ` ``, `*`, `_`, `[`, `]`, `<`, `>`, `|`,
    /// `#`, `~`), so that a name prints as itself; line breaks become spaces.
    /// - Parameter keepingPipes: leave `|` for ``MarkdownTable`` to escape, for text that goes
    ///   into a table cell (escaping it twice would print the backslash).
    static func escaped(_ text: String, keepingPipes: Bool = false) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|" where keepingPipes: output.append(character)
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~": output += "\\" + String(character)
            case let c where c.isNewline: output += " "
            default: output.append(character)
            }
        }
        return output
    }

    /// A table cell's text: `|` as `\|` and line breaks as spaces, so that the cell stays one cell
    /// of one row. Every ``MarkdownTable`` applies this to every cell.
    static func cell(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "|": output += "\\|"
            case let c where c.isNewline: output += " "
            default: output.append(character)
            }
        }
        return output
    }
}

/// A GitHub-flavoured Markdown pipe table: a header row, the delimiter row that sets each column's
/// alignment, and the rows, every cell escaped with ``Markdown/cell(_:)``.
struct MarkdownTable {
    enum Alignment { case left, right }

    /// How the delimiter row is spaced: `| --- | ---: |` (the checker's and report's tables) or
    /// `|---|---:|` (the schedule's).
    enum Delimiter { case spaced, compact }

    var titles: [String]
    var alignments: [Alignment]
    var rows: [[String]]
    var delimiter: Delimiter

    /// - Parameters:
    ///   - titles: the header cells; they set the number of columns.
    ///   - alignments: one per column; missing ones are left.
    ///   - rows: cells beyond the titles are dropped, missing ones are empty.
    init(titles: [String], alignments: [Alignment] = [], rows: [[String]] = [], delimiter: Delimiter = .spaced) {
        self.titles = titles
        self.alignments = alignments
        self.rows = rows
        self.delimiter = delimiter
    }

    /// The table's lines, without line ends.
    func lines() -> [String] {
        let right = titles.indices.map { $0 < alignments.count && alignments[$0] == .right }
        let delimiterRow: String
        switch delimiter {
        case .spaced: delimiterRow = "|" + right.map { $0 ? " ---: |" : " --- |" }.joined()
        case .compact: delimiterRow = "|" + right.map { $0 ? "---:" : "---" }.joined(separator: "|") + "|"
        }
        return [line(titles), delimiterRow] + rows.map(line)
    }

    /// The table's lines, each ending with `\n`.
    func text() -> String { lines().map { $0 + "\n" }.joined() }

    private func line(_ cells: [String]) -> String {
        "| " + titles.indices.map { Markdown.cell($0 < cells.count ? cells[$0] : "") }.joined(separator: " | ") + " |"
    }
}
