/// A table of text cells, laid out for the terminal (aligned columns) or as Markdown.
struct TextTable {
    enum Alignment {
        case left
        case right
    }

    var columns: [(title: String, alignment: Alignment)]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        self.columns = columns.map { (title: $0.0, alignment: $0.1) }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// Columns padded to their widest cell, two spaces apart, each line indented by `indent`.
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
            var line = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            output += line + "\n"
        }
        return output
    }

    /// A GitHub-flavoured Markdown table.
    func markdown() -> String {
        func escape(_ cell: String) -> String { cell.replacingOccurrences(of: "|", with: "\\|") }
        var output = "| " + columns.map { escape($0.title) }.joined(separator: " | ") + " |\n"
        output += "|" + columns.map { $0.alignment == .left ? " --- |" : " ---: |" }.joined() + "\n"
        for row in rows {
            output += "| " + columns.indices.map { escape($0 < row.count ? row[$0] : "") }.joined(separator: " | ") + " |\n"
        }
        return output
    }
}
