import BroadsideDiagnostics

/// One Hugo shortcode of a page: `{{< name args >}}` or `{{% name args %}}`, with what its
/// closing tag encloses when it has one.
struct Shortcode: Sendable, Equatable {
    /// How the shortcode was written, which says what its output is.
    enum Delimiter: Sendable, Equatable {
        /// `{{< >}}`: the output is HTML, placed in the page as it is.
        case html
        /// `{{% %}}`: the output is Markdown, rendered with the page.
        case markdown
    }

    var name: String
    var delimiter: Delimiter
    /// `key="value"` arguments (a shortcode has these or positional ones, never both).
    var named: [String: String] = [:]
    /// Arguments without a name, in order.
    var positional: [String] = []
    /// What the shortcode encloses up to its closing tag; `nil` without a closing tag.
    var inner: [ShortcodeNode]?
    /// Where the opening tag starts in the file.
    var location: SourceLocation

    /// The argument named `key`, else the positional one at `position`.
    func argument(_ key: String, position: Int? = nil) -> String? {
        if let value = named[key] { return value }
        guard let position, positional.indices.contains(position) else { return nil }
        return positional[position]
    }
}
