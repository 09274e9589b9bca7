import Foundation
import TestSupport
import Testing

/// The commands README.md quotes, read from its fenced code blocks, so the README cannot drift
/// from what the binary prints.
///
/// What counts as an example:
/// - A fenced block whose first line starts with `$ rota ` is a transcript. Every `$ ` line in it
///   is a command; the lines after it, up to the next `$ ` line or the end of the block, are what
///   it prints. A line that is only `…` elides output; a `…` inside a line stands for any text.
///   A `$ ` line in a transcript that is not a `rota` command is an error, not skipped.
/// - In a fenced block tagged `sh`, every line that starts with `rota ` is a command that prints
///   nothing the README quotes (a `#` word starts a comment) and must succeed.
/// - Any other block is not run: configuration (yaml, json), the layout of the sources, and
///   transcripts of other programs, such as the Speed section's `$ swift build` and
///   `$ hyperfine` (its figures belong to the benchmarks).
struct ReadmeExamples {
    /// One quoted `rota` command and the lines the README says it prints.
    struct Command: Equatable {
        /// The line of README.md the command is on (from 1).
        var line: Int
        /// The words after `rota`.
        var arguments: [String]
        /// The quoted output lines, elision lines left out.
        var expected: [String]
    }

    /// Every command, in the order the README gives them: a later one may read a file an
    /// earlier one wrote.
    var commands: [Command] = []
    /// Problems with the README's examples themselves (a `$` line that is not `rota`).
    var problems: [String] = []

    init(_ text: String) {
        var block: [(number: Int, text: String)]?
        var tag = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if let lines = block {
                    read(lines, tag: tag)
                    block = nil
                } else {
                    block = []
                    tag = String(trimmed.dropFirst(3)).trimmingCharacters(in: .whitespaces)
                }
            } else if block != nil {
                block?.append((index + 1, String(line)))
            }
        }
    }

    private mutating func read(_ lines: [(number: Int, text: String)], tag: String) {
        if let first = lines.first, first.text.hasPrefix("$ rota ") {
            for (number, text) in lines {
                if text.hasPrefix("$ ") {
                    let words = Self.words(String(text.dropFirst(2)))
                    if words.first == "rota" {
                        commands.append(Command(line: number, arguments: Array(words.dropFirst()), expected: []))
                    } else {
                        problems.append("README.md:\(number): `\(text)` in a transcript of rota commands is not a rota command")
                    }
                } else if text.trimmingCharacters(in: .whitespaces) != "…", !commands.isEmpty {
                    commands[commands.count - 1].expected.append(text)
                }
            }
        } else if tag == "sh" {
            for (number, text) in lines where text.hasPrefix("rota ") {
                commands.append(Command(line: number, arguments: Array(Self.words(text).dropFirst()), expected: []))
            }
        }
    }

    /// Splits a command line into words as a shell would for these examples: spaces separate,
    /// single and double quotes group, a word starting with `#` starts a comment.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var word: String?
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { word?.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                word = word ?? ""
            } else if character == " " || character == "\t" {
                if let done = word { words.append(done) }
                word = nil
            } else if character == "#", word == nil {
                break
            } else {
                word = (word ?? "") + String(character)
            }
        }
        if let done = word { words.append(done) }
        return words
    }

    /// Whether a printed line is the quoted one: equal once leading and trailing spaces are
    /// dropped, where each `…` in the quoted line stands for any text.
    static func matches(_ printed: String, quoted: String) -> Bool {
        let printed = printed.trimmingCharacters(in: .whitespaces)
        let quoted = quoted.trimmingCharacters(in: .whitespaces)
        guard quoted.contains("…") else { return printed == quoted }
        let parts = quoted.components(separatedBy: "…")
        guard printed.hasPrefix(parts[0]), printed.hasSuffix(parts[parts.count - 1]) else { return false }
        var rest = printed.dropFirst(parts[0].count)
        for part in parts.dropFirst() {
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return printed.count >= parts[0].count + parts[parts.count - 1].count
    }

    /// The quoted lines that the output does not hold, each matched in order within stdout or
    /// within stderr (the order of lines across the two streams is not defined).
    static func missing(_ expected: [String], stdout: String, stderr: String) -> [String] {
        let streams = [stdout, stderr].map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        var next = [0, 0]
        var missing: [String] = []
        for quoted in expected {
            var found = false
            for stream in streams.indices {
                if let index = streams[stream][next[stream]...].firstIndex(where: { matches($0, quoted: quoted) }) {
                    next[stream] = index + 1
                    found = true
                    break
                }
            }
            if !found { missing.append(quoted) }
        }
        return missing
    }
}

@Suite("README examples, run")
struct ReadmeExampleTests {
    @Test("every rota command README.md quotes prints what the README says it prints")
    func readme() throws {
        let text = try String(contentsOfFile: RotaPaths.path("README.md"), encoding: .utf8)
        let examples = ReadmeExamples(text)
        #expect(examples.problems == [])
        try #require(examples.commands.contains { !$0.expected.isEmpty }, "README.md quotes no rota command with its output")

        // A fresh folder where the README's relative paths resolve: Scenarios/ and Tests/ are the
        // package's, and files the commands write (-o plan-2027.json) stay in the folder.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["Scenarios", "Tests"] {
            try FileManager.default.createSymbolicLink(
                at: folder.appendingPathComponent(name), withDestinationURL: RotaPaths.rootURL.appendingPathComponent(name))
        }

        for command in examples.commands {
            let run = try RotaRun.run(command.arguments, in: folder)
            let shown = "README.md:\(command.line): rota \(command.arguments.joined(separator: " "))"
            if command.expected.isEmpty {
                #expect(run.status == 0, "\(shown) exited \(run.status): \(run.stderr)")
            }
            let missing = ReadmeExamples.missing(command.expected, stdout: run.stdout, stderr: run.stderr)
            #expect(missing == [], "\(shown) did not print these lines (in this order); it printed:\n\(run.stderr)\(run.stdout)")
        }
    }

    @Test("transcripts, sh blocks, elisions and other programs are read as documented")
    func parser() {
        let text = """
            Text.

            ```
            $ rota plan a.yaml -o "my plan.json"
            $ rota check a.yaml 'my plan.json'
            PASS  my plan.json
            …
              max deviation 0 … Gini 0
            ```

            ```sh
            make run    # not rota
            rota report p.json --format html -o r.html   # the page
            ```

            ```
            $ swift build -c release --product rota
            $ hyperfine 'rota plan a.yaml'
              Time (mean ± σ):      28.2 ms
            ```

            ```yaml
            people: [rota plan]
            ```
            """
        let examples = ReadmeExamples(text)
        #expect(
            examples.commands == [
                .init(line: 4, arguments: ["plan", "a.yaml", "-o", "my plan.json"], expected: []),
                .init(line: 5, arguments: ["check", "a.yaml", "my plan.json"], expected: ["PASS  my plan.json", "  max deviation 0 … Gini 0"]),
                .init(line: 13, arguments: ["report", "p.json", "--format", "html", "-o", "r.html"], expected: []),
            ])
        #expect(examples.problems == [])
        let other = ReadmeExamples("```\n$ rota plan a.yaml\n$ ls\n```\n")
        #expect(other.problems == ["README.md:3: `$ ls` in a transcript of rota commands is not a rota command"])
        #expect(ReadmeExamples("No examples.\n").commands.isEmpty)
    }

    @Test("quoted lines match whole printed lines, in order per stream, with … standing for any text")
    func matching() {
        #expect(ReadmeExamples.matches("  Alice   13  ", quoted: "Alice   13"))
        #expect(!ReadmeExamples.matches("Alice   13 extra", quoted: "Alice   13"))
        #expect(ReadmeExamples.matches("covered by Alice, who owns none (Profit and Growth)", quoted: "covered by Alice, who owns none (…)"))
        #expect(!ReadmeExamples.matches("covered by Bob, who owns none (Profit)", quoted: "covered by Alice, who owns none (…)"))
        #expect(!ReadmeExamples.matches("ab", quoted: "ab…b"))
        let stdout = "PASS\nsecond\n"
        let stderr = "note: judged\n"
        #expect(ReadmeExamples.missing(["note: judged", "PASS", "second"], stdout: stdout, stderr: stderr) == [])
        #expect(ReadmeExamples.missing(["second", "PASS"], stdout: stdout, stderr: stderr) == ["PASS"])
    }
}
