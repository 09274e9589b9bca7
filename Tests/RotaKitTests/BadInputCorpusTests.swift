import Foundation
import RotaKit
import TestSupport
import Testing

/// Every malformed scenario in Tests/Corpus/scenarios/ is refused with the message listed for it
/// in Tests/Corpus/scenarios.expected.tsv: file, line, column, field path and words.
@Suite("Bad input corpus")
struct BadInputCorpusTests {
    static let corpus = RotaPaths.corpus("scenarios")

    static let expected: [(file: String, message: String)] = {
        let text = (try? String(contentsOfFile: RotaPaths.corpus("scenarios.expected.tsv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }()

    @Test("the corpus has at least 40 cases and every file has an expected message")
    func complete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).sorted()
        #expect(files.count >= 40)
        #expect(files == Self.expected.map(\.file).sorted())
    }

    @Test("each file gets exactly its expected first message", arguments: expected.map(\.file))
    func message(file: String) throws {
        let expected = Self.expected.first { $0.file == file }!.message
        let path = Self.corpus + "/" + file
        #expect(Self.firstMessage(path)?.replacingOccurrences(of: Self.corpus + "/", with: "") == expected)
    }

    /// The first problem reported for the file: its first error, or its first warning when it loads.
    static func firstMessage(_ path: String) -> String? {
        switch Result(catching: { () throws(InputErrors) -> ScenarioReader.Loaded in try ScenarioReader.load(path: path) }) {
        case .success(let loaded): return loaded.warnings.first?.description
        case .failure(let errors): return errors.problems.first?.description
        }
    }

    @Test("a file that is not there, a directory, and a file too large are refused by name")
    func files() throws {
        let missing = #expect(throws: InputErrors.self) { try ScenarioReader.load(path: "/nonexistent/team.yaml") }
        #expect(missing?.problems.first?.description == "/nonexistent/team.yaml: error: no such file")
        let folder = #expect(throws: InputErrors.self) { try ScenarioReader.load(path: Self.corpus) }
        #expect(folder?.problems.first?.message.hasPrefix("is a directory") == true)

        let large = FileManager.default.temporaryDirectory.appendingPathComponent("rota-large-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: large) }
        let line = Data("# padding padding padding padding padding padding padding padding padding padding\n".utf8)
        var data = Data()
        while data.count < 50 * 1_048_576 { data.append(line) }
        try data.write(to: large)
        let tooLarge = #expect(throws: InputErrors.self) { try ScenarioReader.load(path: large.path) }
        #expect(tooLarge?.problems.first?.message == "is 50 MB; a scenario (YAML or JSON) larger than 8 MB is refused")
    }
}
