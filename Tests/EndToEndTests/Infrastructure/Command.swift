import Foundation

/// Runs a program of the machine (`runuser`, `mount`, `bash`) and waits for it.
enum Command {
    /// Runs `arguments` (the program, looked up on PATH, then its arguments) with no standard
    /// input, and waits for it. Output goes to files rather than pipes, so a large output cannot
    /// fill a pipe and block.
    @discardableResult
    static func run(_ arguments: [String], in folder: URL? = nil) throws -> BroadsideProcess.Result {
        let capture = try TemporaryFolder()
        try capture.write(Data(), to: "stdout")
        try capture.write(Data(), to: "stderr")
        let stdout = try FileHandle(forWritingTo: capture.url("stdout"))
        let stderr = try FileHandle(forWritingTo: capture.url("stderr"))
        defer {
            try? stdout.close()
            try? stderr.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        return BroadsideProcess.Result(status: process.terminationStatus, stdout: try capture.read("stdout"),
                                       stderr: try capture.read("stderr"))
    }

    /// Whether this process runs as root (so it can mount a small file system or act as `nobody`).
    static var isRoot: Bool { getuid() == 0 }
}
