import Foundation
import RotaKit
import Testing

@Suite("Atomic output files")
struct AtomicFileTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rota-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a write replaces the file whole and leaves no temporary file behind")
    func replaces() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("plan.json")
        try "old".write(to: target, atomically: false, encoding: .utf8)
        try AtomicFile.write("new plan", to: target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "new plan")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.json"])
    }

    @Test("when the final rename fails, the old file is intact and the temporary file is gone")
    func failedRename() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A non-empty directory where the file should go: rename(2) refuses to replace it.
        let target = folder.appendingPathComponent("plan.json")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try "keep".write(to: target.appendingPathComponent("inside.txt"), atomically: false, encoding: .utf8)
        #expect(throws: (any Error).self) { try AtomicFile.write("new plan", to: target.path) }
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.json"])
    }

    @Test("a folder that does not exist is an error, not a crash")
    func missingFolder() {
        #expect(throws: (any Error).self) { try AtomicFile.write("x", to: "/nonexistent-folder/plan.json") }
    }
}
