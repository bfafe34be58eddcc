/// Every error found while loading a folder of templates, so that one run reports them all.
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, in the order of the files' names.
    public var errors: [TemplateError]

    /// Collects `errors`.
    public init(_ errors: [TemplateError]) {
        self.errors = errors
    }

    /// One error per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
