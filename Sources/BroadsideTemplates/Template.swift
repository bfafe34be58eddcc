import BroadsideDiagnostics
/// A Mustache template, parsed once into a node tree and rendered any number of times, from any
/// number of tasks at once.
///
/// Supports the whole Mustache spec except lambdas, with inheritance (`{{<parent}}`,
/// `{{$block}}`), plus function calls: a tag whose content has a space, such as
/// `{{t reading_time minutes=article.minutes}}`, calls a ``TemplateFunction``.
public struct Template: Sendable {
    /// What parsing produced, shared by every copy of the template.
    final class Storage: Sendable {
        let source: String
        let path: String
        let nodes: [Node]
        /// Every partial and parent tag that will render, in source order.
        let references: [Reference]

        init(source: String, path: String, nodes: [Node]) {
            self.source = source
            self.path = path
            self.nodes = nodes
            references = Reference.all(in: nodes).sorted { $0.offset < $1.offset }
        }
    }

    let storage: Storage

    /// Parses `source`.
    /// - Parameters:
    ///   - source: The template text.
    ///   - path: Where the text came from, used only in error messages ("templates/article.html").
    /// - Throws: A ``TemplateError`` at the first syntax error: an unclosed or mismatched section,
    ///   an unclosed tag, malformed delimiters, an invalid name or function call; or where the
    ///   source exceeds one of the ``Limits``.
    public init(source: String, path: String) throws(TemplateError) {
        guard source.utf8.count <= Limits.sourceBytes else {
            throw TemplateError(
                at: SourceLocation(path: path),
                "the template is \(source.utf8.count) bytes, larger than the limit of \(Limits.sourceBytes) bytes (1 MiB); split it into partials")
        }
        var parser = Parser(source: source, path: path)
        storage = Storage(source: source, path: path, nodes: try parser.parse())
    }

    /// Renders the template.
    /// - Parameters:
    ///   - context: The data: the bottom of the context stack.
    ///   - library: Where partials and parents are found, by name, when they render. Without a
    ///     library, any partial or parent tag that renders is an error.
    ///   - functions: The functions that call tags may use, by name.
    /// - Returns: The rendered text.
    /// - Throws: A ``TemplateError`` located at the tag, for a missing partial or parent (unless
    ///   the library renders them as empty), an unknown function, an error a function threw, or
    ///   rendering beyond one of the ``Limits`` (templates that include themselves without end).
    public func render(
        _ context: TemplateValue, library: TemplateLibrary? = nil, functions: [String: TemplateFunction] = [:]
    ) throws(TemplateError) -> String {
        let renderer = Renderer(template: self, library: library ?? TemplateLibrary(templates: [:]), functions: functions)
        var progress = Renderer.Progress()
        progress.output.reserveCapacity(storage.source.utf8.count * 2)
        try renderer.render(storage.nodes, in: Context(context), into: &progress)
        return progress.output
    }

    /// Names of the partials and parents this template refers to.
    public var references: Set<String> {
        Set(storage.references.map(\.name))
    }

    /// An error at a UTF-8 offset of this template's source.
    func error(at offset: Int, _ message: String) -> TemplateError {
        TemplateError(path: storage.path, source: storage.source.utf8, offset: offset, message: message)
    }
}
