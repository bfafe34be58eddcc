/// What a file of the output is made from, so that two inputs that would be published at one
/// path can both be named.
enum OutputOrigin: Sendable, Hashable {
    /// A file of the site, published as it is or rendered (`content/articles/a.md`, `static/style.css`).
    case file(String)
    /// Something Broadside makes from the whole site ("the en RSS feed", "the sitemap").
    case generated(String)

    /// How a message names it: "static/style.css" or "the sitemap".
    var name: String {
        switch self {
        case .file(let path), .generated(let path): path
        }
    }

    /// Where a problem of this origin is reported: the file, when there is one.
    var location: SourceLocation? {
        if case .file(let path) = self { SourceLocation(path: path) } else { nil }
    }
}
