import Foundation
import RotaKit
import Testing

/// `docs/rules.md` maps every rule to its rows, pre-check, diagnosis, checker function and tests:
/// a rule added to ``Rule`` without a row in the map fails here, so the map cannot drift.
@Suite("The rule map in docs/rules.md")
struct RuleMapTests {
    /// The package root: three folders up from this file.
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The first cell of every table row of docs/rules.md, without its backticks and bold.
    static func mappedNames() throws -> Set<String> {
        let text = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        var names = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("|") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.count > 2 else { continue }
            names.insert(cells[1].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "*", with: ""))
        }
        return names
    }

    @Test("every rule has a row, named as users see it", arguments: Rule.allCases)
    func everyRuleIsMapped(rule: Rule) throws {
        #expect(try Self.mappedNames().contains(rule.rawValue), "docs/rules.md has no row for \(rule.rawValue)")
    }

    @Test("every row of the map names a rule (no stale rows)")
    func noStaleRows() throws {
        let known = Set(Rule.allCases.map(\.rawValue))
        let stale = try Self.mappedNames().filter { !$0.isEmpty && !$0.hasPrefix("-") && $0 != "rule" && !known.contains($0) }
        #expect(stale.isEmpty)
    }
}
