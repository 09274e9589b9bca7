import Foundation

/// Runs the built `rota` binary (or any program) and captures what it prints.
public struct RotaRun: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var stdout: String
    /// Everything written to standard error.
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }

    /// `SOURCE_DATE_EPOCH` for every run unless `environment` sets another: 2026-12-01 12:00Z.
    public static let sourceDateEpoch = "1796126400"

    /// The package root; commands run here unless told otherwise.
    public static var packageRoot: URL { RotaPaths.rootURL }

    /// The `rota` executable built next to the test bundle (`RotaCLITests` depends on it, so
    /// `swift test` builds it), else one in `.build/debug` or `.build/release`.
    public static var executable: URL {
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            let sibling = URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().appendingPathComponent("rota")
            if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        }
        let candidates = [".build/debug/rota", ".build/release/rota"].map { RotaPaths.rootURL.appendingPathComponent($0) }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `rota arguments…` and waits for it.
    /// - Parameters:
    ///   - arguments: the arguments after `rota`.
    ///   - stdin: text for standard input; without it, standard input is empty.
    ///   - directory: the working directory; the package root by default.
    ///   - environment: variables added to (or replacing) this process's environment.
    /// - Throws: when the binary cannot be started.
    public static func run(
        _ arguments: [String], stdin: String? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> RotaRun {
        try run(executable: executable, arguments, stdin: stdin, in: directory, environment: environment)
    }

    /// Runs any program and waits for it. Output goes to temporary files, not pipes, so a
    /// program that fills one stream while the other is unread cannot block.
    public static func run(
        executable: URL, _ arguments: [String], stdin: String? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> RotaRun {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rota-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        let inURL = folder.appendingPathComponent("stdin")
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        // iCalendar's DTSTAMP is the time of writing unless SOURCE_DATE_EPOCH says otherwise: the
        // tests fix it (2026-12-01 12:00Z) so that the same command gives the same bytes.
        process.environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": Self.sourceDateEpoch]) { $1 }
            .merging(environment) { $1 }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer {
            try? out.close()
            try? err.close()
            try? input.close()
        }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        return RotaRun(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
