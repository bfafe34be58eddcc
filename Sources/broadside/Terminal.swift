import Foundation

/// Where the CLI writes what is not its result.
enum Terminal {
    /// Writes a line to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
