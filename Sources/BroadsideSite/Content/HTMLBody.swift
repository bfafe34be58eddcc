/// The body of an `.html` content file, which is HTML, not Markdown.
///
/// Markdown.swift renders every body; an HTML body is handed to it as one CommonMark HTML block,
/// so it comes out exactly as written when `unsafeHTML` is true and is replaced by cmark-gfm's
/// `<!-- raw HTML omitted -->` when it is false: the rule raw HTML in Markdown follows.
enum HTMLBody {
    /// The Markdown source that renders as `html` itself, and how many lines were added before it.
    ///
    /// An HTML block ends at a blank line, so each blank line becomes an empty comment line
    /// (`<!---->`, invisible on a page); unless the first line opens a block-level element (a
    /// CommonMark HTML block of type 6), a line `<wbr>` (an invisible word-break opportunity)
    /// opens the block.
    static func markdownSource(_ html: String) -> (source: String, addedLines: Int) {
        var lines = html.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } ? "<!---->" : line
        }
        if lines.last == "<!---->" { lines.removeLast() }
        let opensBlock = lines.first.map(startsBlockElement) ?? true
        let source = lines.joined(separator: "\n")
        return opensBlock ? (source, 0) : ("<wbr>\n" + source, 1)
    }

    /// CommonMark's block-level tag names (HTML blocks of type 6).
    private static let blockNames: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
        "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
        "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "title", "tr", "track", "ul",
    ]

    /// Whether `line` starts (after at most three spaces) with `<name` or `</name` of a block-level element.
    private static func startsBlockElement(_ line: Substring) -> Bool {
        var rest = line.drop { $0 == " " }
        guard line.count - rest.count <= 3, rest.first == "<" else { return false }
        rest = rest.dropFirst()
        if rest.first == "/" { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        let after = rest.dropFirst(name.count).first
        guard blockNames.contains(name.lowercased()) else { return false }
        return after == nil || after == " " || after == "\t" || after == ">" || after == "/" || after == "\r"
    }
}
