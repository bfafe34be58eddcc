import CCmarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm, with GFM tables, strikethrough, autolinks and footnotes,
/// and with Hugo's shortcodes expanded first (``ShortcodeExpander``).
struct Markdown: Sendable {
    /// What one article body becomes.
    struct Rendered: Sendable {
        var html: String
        /// The first paragraph as plain text, the summary when front matter has none.
        var firstParagraph: String
        /// The whole text without markup, when asked for (the coverage check reads its script).
        var plainText: String?
        var wordCount: Int
        /// Pieces of raw HTML dropped because `unsafeHTML` is off.
        var droppedHTML = 0
        /// Errors of the shortcodes, and the warning about dropped HTML, when rendered for a page.
        var problems: [Diagnostic] = []
        /// Each use of a shortcode the site does not define, in the text's order.
        var unknownShortcodes: [(name: String, location: SourceLocation)] = []
    }

    private static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()
    /// cmark-gfm 0.29.0.gfm.6 (Debian 12's) keeps the characters its inline extensions react to
    /// in one table for the whole process, which a parser sets when its inline pass starts and
    /// clears when it ends (`cmark_manage_extensions_special_characters`): two inline passes at
    /// once lose strikethrough and autolinks at random. Inline passes take turns; block parsing
    /// and rendering stay parallel.
    private static let inlinePass = NSLock()

    private let options: Int32
    private let isUnsafe: Bool
    let shortcodes: ShortcodeLibrary

    /// - Parameters:
    ///   - unsafeHTML: pass raw HTML through; otherwise cmark-gfm replaces it by a comment.
    ///   - shortcodes: the shortcodes pages may use besides the built-in ones.
    init(unsafeHTML: Bool, shortcodes: ShortcodeLibrary = ShortcodeLibrary()) {
        _ = Self.registration
        isUnsafe = unsafeHTML
        self.shortcodes = shortcodes
        var options = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_VALIDATE_UTF8
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        self.options = Int32(options)
    }

    /// - Parameters:
    ///   - plainText: also render the whole text without markup.
    ///   - page: the page the text is the body of: its shortcodes are expanded, and dropped raw
    ///     HTML is a warning. Without it the text is Markdown only.
    func render(_ text: String, plainText: Bool = false, page: ShortcodePage?) -> Rendered {
        guard let page else { return render(text, plainText: plainText) }
        var rendered = ShortcodeParser.mayContainShortcodes(text)
            ? ShortcodeExpander.render(text, plainText: plainText, page: page, markdown: self)
            : render(text, plainText: plainText)
        if rendered.droppedHTML > 0 {
            let pieces = rendered.droppedHTML == 1 ? "1 piece of raw HTML was" : "\(rendered.droppedHTML) pieces of raw HTML were"
            rendered.problems.append(Diagnostic(
                .warning, at: SourceLocation(path: page.path), "\(pieces) left out of the page, because unsafeHTML is off",
                hint: "set `unsafeHTML: true` in site.yaml to pass raw HTML through, or write it as Markdown"))
        }
        return rendered
    }

    /// Markdown alone, shortcodes left as text.
    ///
    /// - Parameter plainText: also render the whole text without markup.
    func render(_ text: String, plainText: Bool = false) -> Rendered {
        withDocument(text) { document, extensions in
            let html = Self.take(cmark_render_html(document, options, extensions))
            let measured = Self.measure(document)
            return Rendered(html: html, firstParagraph: Self.firstParagraph(of: document, options: options),
                            plainText: plainText ? Self.take(cmark_render_plaintext(document, options, 0)) : nil,
                            wordCount: measured.words, droppedHTML: isUnsafe ? 0 : measured.rawHTML)
        } ?? Rendered(html: "", firstParagraph: "", plainText: plainText ? "" : nil, wordCount: 0)
    }

    /// `body` run on the document cmark-gfm parses from `text`, with the extensions a page gets
    /// (given to `body` for rendering); `nil` when cmark-gfm cannot make a parser.
    func withDocument<T>(_ text: String, _ body: (_ document: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> T) -> T? {
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in Self.extensions {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var text = text
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = Self.inlinePass.withLock({ cmark_parser_finish(parser) }) else { return nil }
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// The words of the document's text and code, and its pieces of raw HTML, read from the
    /// tree without rendering it.
    private static func measure(_ document: OpaquePointer) -> (words: Int, rawHTML: Int) {
        guard let iterator = cmark_iter_new(document) else { return (0, 0) }
        defer { cmark_iter_free(iterator) }
        var words = 0
        var rawHTML = 0
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                // Entered once: a leaf has no exit event.
                rawHTML += 1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) {
                    words += countWords(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self),
                                                            count: strlen(literal)))
                }
            default:
                continue
            }
        }
        return (words, rawHTML)
    }

    private static func firstParagraph(of document: OpaquePointer, options: Int32) -> String {
        var node = cmark_node_first_child(document)
        while let current = node {
            if cmark_node_get_type(current) == CMARK_NODE_PARAGRAPH {
                let text = take(cmark_render_plaintext(current, options, 0))
                return text.split(whereSeparator: \.isNewline).joined(separator: " ")
            }
            node = cmark_node_next(current)
        }
        return ""
    }

    /// Words separated by white space; in scripts written without spaces (CJK, Hangul), every
    /// two letters count as one. Reads UTF-8 bytes: this runs over every article of a build.
    private static func countWords(_ text: some Sequence<UInt8>) -> Int {
        var words = 0
        var unspacedLetters = 0
        var inWord = false
        for byte in text {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D:
                inWord = false
            case 0xE3...0xE9, 0xEA...0xED:
                // Lead bytes of U+3000–U+9FFF (kana, CJK) and U+A000–U+D7FF (Hangul among them).
                unspacedLetters += 1
                inWord = false
            case 0x80...0xBF:
                continue
            default:
                if !inWord {
                    words += 1
                    inWord = true
                }
            }
        }
        return words + unspacedLetters / 2
    }

    /// Copies a string cmark allocated and frees it.
    private static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
