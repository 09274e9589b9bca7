import Foundation
import Yams

/// Reads a YAML or JSON file into a ``SourceField`` tree, turning every way a file can be
/// unreadable into ``InputErrors`` that name the file (and the line, for syntax errors).
///
/// JSON goes through the same YAML parser (JSON is YAML 1.2), so its fields carry line numbers too.
public enum SourceDocument {
    /// Files larger than this are refused before parsing.
    public static let maximumBytes = 8 * 1024 * 1024

    /// Reads `path` from disk.
    /// - Throws: ``InputErrors`` when the file is missing, a directory, empty, too large, not text.
    public static func readText(at path: String, what: String) throws(InputErrors) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputErrors([InputProblem(file: path, message: "no such file")])
        }
        if isDirectory.boolValue {
            throw InputErrors([InputProblem(file: path, message: "is a directory, not \(what)")])
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? NSNumber, size.intValue > maximumBytes {
            throw InputErrors([
                InputProblem(
                    file: path,
                    message: "is \(size.intValue / 1_048_576) MB; \(what) larger than \(maximumBytes / 1_048_576) MB is refused")
            ])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputErrors([InputProblem(file: path, message: "cannot be read (permissions?)")])
        }
        return try text(from: data, file: path, what: what)
    }

    /// Decodes bytes as UTF-8 text, refusing binary data and empty files.
    public static func text(from data: Data, file: String, what: String) throws(InputErrors) -> String {
        if data.count > maximumBytes {
            throw InputErrors([InputProblem(file: file, message: "is larger than \(maximumBytes / 1_048_576) MB; refused")])
        }
        if data.contains(0) {
            throw InputErrors([InputProblem(file: file, message: "is binary data, not \(what)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputErrors([InputProblem(file: file, message: "is not UTF-8 text, so it cannot be \(what)")])
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw InputErrors([InputProblem(file: file, message: "is empty; expected \(what)")])
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Parses YAML (or JSON) text.
    /// - Returns: the root field, reporting into `diagnostics`.
    /// - Throws: ``InputErrors`` with the line and column of a syntax error.
    public static func parse(_ text: String, diagnostics: Diagnostics) throws(InputErrors) -> SourceField {
        // YAML's flow syntax forgives what JSON does not (trailing commas, bare words): a file
        // named .json must be JSON.
        if diagnostics.file.lowercased().hasSuffix(".json") {
            if let error = JSONSyntax.firstError(in: text) {
                diagnostics.add(InputProblem(file: diagnostics.file, line: error.line, column: error.column, message: "is not valid JSON: \(error.message)"))
                throw InputErrors(diagnostics.problems)
            }
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            diagnostics.add(tabProblem(error, text: text, file: diagnostics.file) ?? syntaxProblem(error, file: diagnostics.file))
            throw InputErrors(diagnostics.problems)
        } catch {
            diagnostics.error("cannot be parsed: \(error)")
            throw InputErrors(diagnostics.problems)
        }
        guard let node else {
            diagnostics.error("has no content, only comments or blank lines")
            throw InputErrors(diagnostics.problems)
        }
        return SourceField(node: node, path: "", diagnostics: diagnostics)
    }

    /// A syntax error caused by a tab: YAML indents with spaces only, and a tab in the
    /// indentation (or where the scanner stopped) gives a scanner message that never says "tab".
    /// Names the first such line at or before the error, and the tab's column.
    private static func tabProblem(_ error: YamlError, text: String, file: String) -> InputProblem? {
        let errorLine: Int
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): errorLine = mark.line
        default: return nil
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(max(errorLine, 1)).enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            let isErrorLine = index + 1 == errorLine
            guard let tab = (isErrorLine ? Substring(line) : indentation).firstIndex(of: "\t") else { continue }
            let column = line.distance(from: line.startIndex, to: tab) + 1
            let place = indentation.contains("\t") ? "in the indentation" : "in the line"
            return InputProblem(
                file: file, line: index + 1, column: column, message: "a tab character \(place): YAML indents with spaces only",
                hint: "replace the tab with spaces")
        }
        return nil
    }

    private static func syntaxProblem(_ error: YamlError, file: String) -> InputProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "syntax error: \(problem)"
            if let context { message += " \(context.text)" }
            return InputProblem(file: file, line: mark.line, column: mark.column, message: message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return InputProblem(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "\(keys) \(duplicates.count == 1 ? "is" : "are") given twice in the same mapping", hint: "keep one")
        case .reader(let problem, _, _, _):
            return InputProblem(file: file, message: "cannot be read as text: \(problem)")
        default:
            return InputProblem(file: file, message: "syntax error: \(error)")
        }
    }
}
