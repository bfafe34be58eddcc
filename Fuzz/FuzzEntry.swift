#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The harness `BROADSIDE_FUZZ_TARGET` names; the process stops with a message if it names none.
private let selectedHarness: @Sendable ([UInt8]) -> Void = {
    let name = getenv("BROADSIDE_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let harness = FuzzTarget.harnesses[name] else {
        let known = FuzzTarget.harnesses.keys.sorted().joined(separator: ", ")
        fail("set BROADSIDE_FUZZ_TARGET to one of: \(known)", status: 2)
    }
    return harness
}()

/// Prints `message` on standard error and exits with `status`.
private func fail(_ message: String, status: Int32) -> Never {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(status)
}

#if FUZZING
/// libFuzzer's entry: one input through the selected harness.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selectedHarness(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// libFuzzer's driver, for programs with a `main` of their own.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's `main` itself, so libFuzzer's own is never linked: this one
/// starts libFuzzer's driver with the command line (corpus folders, `-max_total_time=…`).
@main
enum FuzzMain {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzTestOneInput))
    }
}
#else
/// Without the fuzzer: replays each file given as an argument (a crash file, say) through the
/// selected harness, so a normal build links and a finding reproduces under a debugger.
@main
enum FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { fail("\(path): cannot read the file", status: 1) }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while case let count = fread(&buffer, 1, buffer.count, file), count > 0 {
                bytes.append(contentsOf: buffer[..<count])
            }
            fclose(file)
            selectedHarness(bytes)
            print("\(path): \(bytes.count) bytes, no crash")
        }
    }
}
#endif
