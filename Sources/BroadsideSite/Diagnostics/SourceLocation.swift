/// A place in a source file, 1-based, printed as `path:line:column`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the user would type it (the site folder joined with the relative path).
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, or just `path` for a problem of the whole file or folder (line 0).
    public var description: String { line > 0 ? "\(path):\(line):\(column)" : path }
}
