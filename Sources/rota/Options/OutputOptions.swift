import ArgumentParser
import Foundation
import RotaKit

/// `-o FILE` and `--format`, shared by every command that prints a schedule or a report.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to FILE instead of the terminal; the format comes from its extension unless --format is given.")
    var output: String?

    @Option(name: .long, help: "Output format: table, json, csv, md, ics or html.")
    var format: OutputFormat?

    @Option(name: .long, help: "With ics: a personal feed with only this person's shifts and holiday covers.")
    var person: String?

    /// The `--person` name as the schedule spells it; refuses an unknown name or a non-iCalendar format.
    func personFeed(in schedule: Schedule, format: OutputFormat) throws -> String? {
        guard let person else { return nil }
        guard format == .ics else {
            throw CommandFailure.badInput("rota: --person makes a personal calendar feed; use it with --format ics or an .ics file")
        }
        guard let name = schedule.icalendarPersonName(matching: person) else {
            let names = schedule.people.map(\.name)
            let hint = Suggestion.hint(for: person, among: names).map { " (\($0))" } ?? ""
            throw CommandFailure.badInput("rota: --person \(person) is not in the schedule\(hint); people: \(names.joined(separator: ", "))")
        }
        return name
    }

    /// The format to use: `--format`, else the output file's extension, else `fallback`.
    func resolvedFormat(default fallback: OutputFormat = .table) throws -> OutputFormat {
        if let format { return format }
        if let output {
            let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
            guard let format = OutputFormat(fileExtension: ext) else {
                throw CommandFailure.badInput("rota: cannot tell the format of \(output) from its extension; add --format json|csv|md|ics|html|table")
            }
            return format
        }
        return fallback
    }

    /// Prints `text`, or writes it atomically to the output file (never over one of `inputs`).
    func emit(_ text: String, inputs: [String] = []) throws {
        try OutputFile.emit(text, to: output, inputs: inputs)
    }
}

/// Where command output goes: the terminal, or a file written atomically.
enum OutputFile {
    /// Prints `text`, or writes it atomically to `output` (never over one of `inputs`).
    static func emit(_ text: String, to output: String?, inputs: [String] = []) throws {
        guard let output else {
            Terminal.write(text)
            return
        }
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.path == target {
            throw CommandFailure.badInput("rota: refusing to write over the input file \(output)")
        }
        do {
            try AtomicFile.write(text, to: output)
        } catch {
            throw CommandFailure.badInput("rota: cannot write \(output): \(error.localizedDescription)")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
