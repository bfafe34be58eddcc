import CCmarkGFM
import Foundation

/// Markdown to HTML through cmark-gfm, with GFM tables, strikethrough, autolinks and footnotes.
struct Markdown: Sendable {
    /// What one article body becomes.
    struct Rendered: Sendable {
        var html: String
        /// The first paragraph as plain text, the summary when front matter has none.
        var firstParagraph: String
        /// The whole text without markup.
        var plainText: String
        var wordCount: Int
    }

    private static let extensions = ["table", "strikethrough", "autolink", "tagfilter"]
    private static let registration: Void = cmark_gfm_core_extensions_ensure_registered()

    private let options: Int32

    /// - Parameter unsafeHTML: pass raw HTML through; otherwise cmark-gfm replaces it by a comment.
    init(unsafeHTML: Bool) {
        _ = Self.registration
        var options = CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES | CMARK_OPT_VALIDATE_UTF8
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        self.options = Int32(options)
    }

    func render(_ text: String) -> Rendered {
        guard let parser = cmark_parser_new(options) else { return Rendered(html: "", firstParagraph: "", plainText: "", wordCount: 0) }
        defer { cmark_parser_free(parser) }
        for name in Self.extensions {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            return Rendered(html: "", firstParagraph: "", plainText: "", wordCount: 0)
        }
        defer { cmark_node_free(document) }
        let html = Self.take(cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)))
        let plain = Self.take(cmark_render_plaintext(document, options, 0))
        return Rendered(html: html, firstParagraph: Self.firstParagraph(of: document, options: options),
                        plainText: plain, wordCount: Self.countWords(plain))
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
    static func countWords(_ text: String) -> Int {
        var words = 0
        var unspacedLetters = 0
        var inWord = false
        for byte in text.utf8 {
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
