import Foundation
import RotaKit

/// One fuzz input: arbitrary bytes read as the reader under test would; it must never crash,
/// hang or exhaust memory, whatever the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func rotaFuzz(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    let data = Data(bytes: bytes, count: count)
    guard let text = try? SourceDocument.text(from: data, file: "fuzz.json", what: "a schedule") else { return 0 }
    if let schedule = try? ScheduleReader.readJSON(text, file: "fuzz.json") {
        _ = schedule.json()
    }
    return 0
}

/// libFuzzer's driver, called from this executable's own `main` (SwiftPM links executables with
/// their module's entry point, so libFuzzer's `main` is not used).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

var arguments = CommandLine.argc
var vector = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &vector, { rotaFuzz($0, $1) }))
