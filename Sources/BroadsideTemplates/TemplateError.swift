import BroadsideDiagnostics

/// A problem in a template, located in its source: `templates/article.html:3:5: error: …`.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    /// Where: the template's path as given when it was parsed or loaded, with the line and
    /// column, or none when the problem has no place in the text (a file that cannot be read).
    public var location: SourceLocation
    /// What went wrong and what was expected instead.
    public var message: String

    /// Creates an error at `location`.
    public init(at location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// `path:line:column: error: message`, or `path: error: message` without a place.
    public var description: String {
        "\(location): error: \(message)"
    }
}

extension TemplateError {
    /// Locates `offset`, a UTF-8 offset into `source`; only called once something went wrong, so
    /// the happy path never counts lines.
    init(path: String, source: some Collection<UInt8>, offset: Int, message: String) {
        let (line, column) = Self.lineAndColumn(in: source, offset: offset)
        self.init(at: SourceLocation(path: path, line: line, column: column), message)
    }

    /// The 1-based line and character column of a UTF-8 offset.
    static func lineAndColumn(in source: some Collection<UInt8>, offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in source.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let lineText = String(decoding: source.dropFirst(lineStart).prefix(offset - lineStart), as: UTF8.self)
        return (line, lineText.count + 1)
    }

    /// A partial or parent that the library lacks, named with the files that would provide it.
    static func unknownTemplate(_ reference: Template.Reference, in template: Template) -> TemplateError {
        let name = reference.name
        return template.error(
            at: reference.offset,
            "unknown \(reference.kind) '\(name)'; add \(name).mustache or \(name).html to the templates folder")
    }
}
