import Foundation

/// Runs the real `broadside` executable, the one built next to the test bundle.
enum BroadsideProcess {
    /// What a run produced.
    struct Result {
        /// The exit status.
        let status: Int32
        /// Standard output, byte for byte.
        let stdout: Data
        /// Standard error, byte for byte.
        let stderr: Data

        /// Standard output as UTF-8 text.
        var output: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard error as UTF-8 text.
        var errorOutput: String { String(decoding: stderr, as: UTF8.self) }
    }

    struct ExecutableNotFound: Error, CustomStringConvertible {
        let searched: [URL]
        var description: String {
            "no broadside executable next to the test bundle; searched \(searched.map(\.path)); run `swift build` first"
        }
    }

    /// The `broadside` executable in the build products folder: the folder holding the test bundle.
    static func executable() throws -> URL {
        let starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()]
            + Bundle.allBundles.map(\.bundleURL)
        var searched: [URL] = []
        for start in starts {
            var folder = start
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("broadside")
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                    FileManager.default.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                searched.append(folder)
                folder = folder.deletingLastPathComponent()
            }
        }
        throw ExecutableNotFound(searched: searched)
    }

    /// Runs `broadside arguments…` in `currentDirectory` with no standard input and waits for it.
    static func run(arguments: [String], currentDirectory: URL) throws -> Result {
        try Command.run([try executable().path] + arguments, in: currentDirectory)
    }
}
