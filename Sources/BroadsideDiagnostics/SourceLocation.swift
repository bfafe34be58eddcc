/// A place in a source file, 1-based, printed as `path:line:column`; a problem of a whole file
/// or folder has no line and prints as `path`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's path as the user would type it (the site folder joined with the relative path).
    public var path: String
    public var line: Int?
    public var column: Int?

    public init(path: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, `path:line`, or just `path`.
    public var description: String {
        guard let line else { return path }
        return column.map { "\(path):\(line):\($0)" } ?? "\(path):\(line)"
    }
}
