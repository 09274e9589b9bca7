import Foundation

/// Runs the built `rota` binary and captures what it prints.
struct RotaRun {
    var status: Int32
    var stdout: String
    var stderr: String

    /// The package root (two folders above this file's folder).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `rota` executable built next to the test bundle.
    static var executable: URL {
        let candidates = [".build/debug/rota", ".build/release/rota"].map { packageRoot.appendingPathComponent($0) }
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            let sibling = URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().appendingPathComponent("rota")
            if FileManager.default.isExecutableFile(atPath: sibling.path) { return sibling }
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `rota arguments…` in the package root.
    static func run(_ arguments: [String], stdin: String? = nil) throws -> RotaRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RotaRun(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
