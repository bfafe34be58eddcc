/// Inline Markdown a translator must keep but not translate, carried as an XLIFF inline code:
/// a pair around text (`<pc>`: emphasis, strong, a link) or a placeholder (`<ph>`: inline code,
/// an image, a line break, a shortcode, raw HTML, a footnote reference).
struct InlineCode: Sendable, Equatable {
    enum Kind: String, Sendable {
        case emphasis, strong, strikethrough, link
        case code, image, lineBreak, shortcode, html, footnote

        /// XLIFF's `type` for the code: `fmt`, `link`, `image` or `other`.
        var xliffType: String {
            switch self {
            case .emphasis, .strong, .strikethrough, .lineBreak: "fmt"
            case .link: "link"
            case .image: "image"
            case .code, .shortcode, .html, .footnote: "other"
            }
        }
    }

    /// Its number in its unit, from 1.
    var id: Int
    var kind: Kind
    /// The Markdown it stands for: a placeholder's whole text (`` `x` ``, `![alt](a.jpg)`), a
    /// pair's opening (`[`, `**`).
    var markdown: String
    /// A pair's closing Markdown (`](https://…)`, `**`); `nil` for a placeholder.
    var closingMarkdown: String?
}
