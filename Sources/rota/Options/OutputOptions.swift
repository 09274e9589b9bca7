import ArgumentParser
import Foundation
import RotaKit

/// A command that writes some of Rota's output formats: its `--format` lists only those.
protocol WritesFormats {
    /// The formats the command writes, in the order its help lists them.
    static var formats: [OutputFormat] { get }
    /// `--format`'s help, before the list of values.
    static var formatHelp: String { get }
}

extension WritesFormats {
    static var formatHelp: String { "Output format." }
}

/// `-o FILE` and `--format`, shared by every command that prints a schedule, a report or a list;
/// `--format`'s help names only the formats `Command` writes.
struct OutputOptions<Command: WritesFormats>: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to FILE instead of the terminal; the format comes from its extension unless --format is given.")
    var output: String?

    @Option(name: .customLong("format"), help: ArgumentHelp(Command.formatHelp, valueName: "format"))
    private var choice: FormatChoice<Command>?

    /// The `--format` given, if any.
    var format: OutputFormat? { choice?.format }

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

    /// Writes a paging tool's export (``ScheduleOutput/pagingExport(as:)``); Terraform's overrides go
    /// beside the `.tf` file as `NAME.overrides.json` (`rota.pagerduty/1`).
    func emitPaging(_ export: (text: String, overrides: String?), inputs: [String] = []) throws {
        try emit(export.text, inputs: inputs)
        guard let overrides = export.overrides else { return }
        guard let output else {
            Terminal.printError(
                "rota: note: Terraform holds the layers only; write with -o FILE.tf to get the overrides that make them the plan beside it (FILE.overrides.json)"
            )
            return
        }
        let url = URL(fileURLWithPath: output)
        let beside = url.deletingPathExtension().appendingPathExtension("overrides.json").path
        try OutputFile.emit(overrides, to: beside, inputs: inputs + [output])
        Terminal.printError("rota: note: the overrides that make the PagerDuty layers the plan are in \(beside)")
    }
}

/// A `--format` value: any of Rota's formats parses (so that a command can refuse one with
/// its own words), but help and completion offer only those `Command` writes.
struct FormatChoice<Command: WritesFormats>: ExpressibleByArgument {
    var format: OutputFormat

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { Command.formats.map(\.rawValue) }
}

/// `--person NAME`, for the commands that write iCalendar.
struct PersonFeedOptions: ParsableArguments {
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
