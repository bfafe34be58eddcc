import Foundation

/// Where the CLI writes what is not its result, and what it knows of the terminal.
enum Terminal {
    /// Writes a line to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Whether standard output is a terminal that may be coloured (`NO_COLOR` unset).
    static var standardOutputIsColourTerminal: Bool {
        isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }
}
