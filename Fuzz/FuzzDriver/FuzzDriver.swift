import Foundation

/// The one input handler of this fuzz executable, set by ``runFuzzer(_:)``.
nonisolated(unsafe) private var handler: (Data) -> Void = { _ in }

/// libFuzzer's entry point: hands the bytes to the registered handler.
@_cdecl("LLVMFuzzerTestOneInput")
public func rotaFuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let bytes else { return 0 }
    handler(Data(bytes: bytes, count: count))
    return 0
}

/// libFuzzer's driver (SwiftPM links executables with their module's own entry point, so the
/// driver is called from `main.swift` rather than through libFuzzer's `main`).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer with the command line's options, feeding every input to `test`, which must
/// never crash, hang or exhaust memory, whatever the bytes.
public func runFuzzer(_ test: @escaping (Data) -> Void) -> Never {
    handler = test
    var arguments = CommandLine.argc
    var vector = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&arguments, &vector, { rotaFuzzOneInput($0, $1) }))
}
