import Foundation

/// Where the package's files are, for every test target: the package root, found once from
/// this file's place in it (`Tests/TestSupport/RotaPaths.swift`), and the folders the tests read.
public enum RotaPaths {
    /// The package root, as a file URL.
    public static let rootURL: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The package root, as a path without a trailing slash.
    public static var root: String { rootURL.path }

    /// A path relative to the package root: `path("README.md")`.
    public static func path(_ relative: String) -> String { rootURL.appendingPathComponent(relative).path }

    /// A file of `Scenarios/`: `scenario("data-pipelines.yaml")`, `scenario("plans/data-pipelines-2027.json")`.
    public static func scenario(_ name: String) -> String { path("Scenarios/" + name) }

    /// A file of the bad-input corpus, `Tests/Corpus/`: `corpus("scenarios/empty-file.yaml")`.
    public static func corpus(_ name: String) -> String { path("Tests/Corpus/" + name) }

    /// A fixture of the RotaKit tests, `Tests/RotaKitTests/Fixtures/`: `fixture("ics/pagerduty-weekly.ics")`.
    public static func fixture(_ name: String) -> String { path("Tests/RotaKitTests/Fixtures/" + name) }

    /// A script of the independent oracles, `Tests/Oracles/`: `oracle("ics_check.py")`.
    public static func oracle(_ name: String) -> String { path("Tests/Oracles/" + name) }
}
