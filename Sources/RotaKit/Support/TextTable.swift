import Foundation

/// Columns of text for the terminal: padded cells, optional group titles above the column
/// titles, a rule under them, no trailing spaces.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
    }

    /// A title over neighbouring columns (`On-call weeks` over `Primary` and `Secondary`).
    struct Group {
        var title: String
        var columns: Range<Int>
    }

    var columns: [Column]
    var groups: [Group] = []
    var rows: [[String]] = []
    var indent = 2

    init(_ columns: [Column], groups: [Group] = []) {
        self.columns = columns
        self.groups = groups
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table's lines.
    func lines() -> [String] {
        var widths = columns.map(\.title.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        for group in groups where !group.columns.isEmpty {
            let span = group.columns.map { widths[$0] }.reduce(0, +) + 2 * (group.columns.count - 1)
            if span < group.title.count { widths[group.columns.upperBound - 1] += group.title.count - span }
        }
        let margin = String(repeating: " ", count: indent)
        func line(_ cells: [String]) -> String {
            let padded = columns.indices.map { index -> String in
                let cell = index < cells.count ? cells[index] : ""
                let fill = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return columns[index].alignment == .left ? cell + fill : fill + cell
            }
            return Self.trimmingTrailingSpaces(margin + padded.joined(separator: "  "))
        }
        var output: [String] = []
        if !groups.isEmpty {
            var text = ""
            var start = 0
            for (index, width) in widths.enumerated() {
                defer { start += width + 2 }
                guard let group = groups.first(where: { $0.columns.lowerBound == index }) else { continue }
                let span = group.columns.map { widths[$0] }.reduce(0, +) + 2 * (group.columns.count - 1)
                let lead = (span - group.title.count) / 2
                text += String(repeating: " ", count: max(0, start + lead - text.count)) + group.title
            }
            output.append(margin + text)
        }
        output.append(line(columns.map(\.title)))
        output.append(line(widths.map { String(repeating: "-", count: $0) }))
        output += rows.map(line)
        return output
    }

    static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    // MARK: Simple columns, and Markdown

    /// Columns from `(title, alignment)` pairs.
    init(_ columns: [(String, Alignment)]) {
        self.columns = columns.map { Column(title: $0.0, alignment: $0.1) }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// Columns padded to their widest cell, two spaces apart, each line indented by `indent`,
    /// without the rule under the titles.
    func text(indent: Int = 2) -> String {
        let all = [columns.map(\.title)] + rows
        let widths = columns.indices.map { c in all.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
        var output = ""
        for row in all {
            var cells: [String] = []
            for (c, column) in columns.enumerated() {
                let cell = c < row.count ? row[c] : ""
                let padding = String(repeating: " ", count: widths[c] - cell.count)
                cells.append(column.alignment == .left ? cell + padding : padding + cell)
            }
            output += Self.trimmingTrailingSpaces(String(repeating: " ", count: indent) + cells.joined(separator: "  ")) + "\n"
        }
        return output
    }

    /// The table in GitHub-flavoured Markdown (``MarkdownTable``, `| --- |` delimiters).
    func markdown() -> String {
        MarkdownTable(
            titles: columns.map(\.title), alignments: columns.map { $0.alignment == .left ? .left : .right }, rows: rows,
            delimiter: .spaced
        ).text()
    }
}
