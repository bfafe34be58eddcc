extension Template {
    /// A name as written in a tag, split once at parse time: `.` or a dotted key path.
    enum Name: Sendable {
        /// `.`: the value on top of the context stack.
        case implicit
        /// `title`: looked up through the whole context stack.
        case key(String)
        /// `article.author.name`: the first key through the stack, the rest inside what it found.
        case path(String, [String])

        /// Parses `text`; nil when it is not a name (empty parts as in `a..b`, or whitespace).
        init?(_ text: String) {
            if text == "." {
                self = .implicit
                return
            }
            let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.allSatisfy({ !$0.isEmpty && !$0.contains(where: \.isWhitespace) }) else { return nil }
            self = parts.count == 1 ? .key(parts[0]) : .path(parts[0], Array(parts.dropFirst()))
        }
    }
}

extension Template.Name: CustomStringConvertible {
    /// The name as a template writes it: `.`, `title`, `article.title`.
    var description: String {
        switch self {
        case .implicit: "."
        case .key(let key): key
        case .path(let first, let rest): ([first] + rest).joined(separator: ".")
        }
    }
}
