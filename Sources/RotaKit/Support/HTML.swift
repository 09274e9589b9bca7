/// Escaping for HTML, shared by the HTML report and its SVG charts.
enum HTML {
    /// `text` safe inside HTML or SVG text and inside a quoted attribute value: `&`, `<`, `>`, `"`
    /// and `'` as character references.
    static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.append(character)
            }
        }
        return output
    }
}
