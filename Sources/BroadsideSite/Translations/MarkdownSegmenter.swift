import CCmarkGFM
import Foundation

/// A Markdown body as the pieces a translator translates (``TranslatableText``): each heading,
/// paragraph (in lists, block quotes and footnotes too) and table cell, and each image's alt
/// text. Code blocks and raw HTML blocks stay with the source; inline code, images, line breaks,
/// shortcodes, raw HTML and footnote references are placeholders, emphasis, strong,
/// strikethrough and links pairs around their text, the link's address kept out of it.
struct MarkdownSegmenter {
    /// One block's text, and the alt texts of its images.
    struct Block: Sendable, Equatable {
        /// `heading`, `paragraph` or `cell`.
        var kind: String
        var text: TranslatableText
        var altTexts: [String]
    }

    let markdown: Markdown

    /// The blocks of `body`, in document order.
    func blocks(of body: String) -> [Block] {
        let (text, shortcodes) = ShortcodeTokens.replacing(in: body)
        return markdown.withDocument(text) { document, _ in
            var blocks: [Block] = []
            Self.forEachBlock(of: document, shortcodes: shortcodes) { _, block in blocks.append(block) }
            return blocks
        } ?? []
    }

    /// Calls `body` with each block of `document` that has something to translate, and its
    /// node, in document order; `body` may replace the node's children.
    private static func forEachBlock(of document: OpaquePointer, shortcodes: [String], _ body: (OpaquePointer, Block) -> Void) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let kind: String
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: kind = "heading"
            case CMARK_NODE_PARAGRAPH: kind = "paragraph"
            default:
                guard let name = cmark_node_get_type_string(node), String(cString: name) == "table_cell" else { continue }
                kind = "cell"
            }
            var block = Block(kind: kind, text: TranslatableText(), altTexts: [])
            inlines(of: node, into: &block, shortcodes: shortcodes)
            if block.text.hasText || !block.altTexts.isEmpty { body(node, block) }
            // On the node's exit, past its children (the new ones too).
            cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT)
        }
    }

    /// `body` with the blocks `translation` gives a text for (by their index in ``blocks(of:)``,
    /// their codes the source block's) in that text, and images' alt texts it gives replaced;
    /// everything else (code blocks, raw HTML, lists, tables) as the source has it. Written out
    /// by cmark-gfm's CommonMark renderer, so its spacing may differ from the source's.
    func translating(_ body: String, _ translation: (_ index: Int, _ block: Block) -> (text: TranslatableText?, altTexts: [String?])?) -> String {
        let (text, shortcodes) = ShortcodeTokens.replacing(in: body)
        let rendered: String? = markdown.withDocument(text) { document, _ in
            var index = 0
            Self.forEachBlock(of: document, shortcodes: shortcodes) { node, block in
                defer { index += 1 }
                guard let (target, alts) = translation(index, block) else { return }
                Self.replaceChildren(of: node, with: target ?? block.text, codes: block.text.codes, altTexts: alts, shortcodes: shortcodes)
            }
            guard let output = cmark_render_commonmark(document, Int32(CMARK_OPT_DEFAULT), 0) else { return nil }
            defer { free(output) }
            return String(cString: output)
        } ?? nil
        return ShortcodeTokens.restoring(rendered ?? body, shortcodes)
    }

    /// The children of `node` replaced by `text`: its runs as text nodes, which the renderer
    /// escapes so nothing a translator wrote becomes markup, and each code as the source's
    /// Markdown, written out as it is (an image with its alt text replaced where `altTexts`
    /// has one, a shortcode as its token).
    private static func replaceChildren(of node: OpaquePointer, with text: TranslatableText, codes: [InlineCode],
                                        altTexts: [String?], shortcodes: [String]) {
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_free(child)
        }
        func append(_ type: cmark_node_type, _ literal: String) {
            guard !literal.isEmpty, let child = cmark_node_new(type) else { return }
            cmark_node_set_literal(child, literal)
            cmark_node_append_child(node, child)
        }
        var image = 0
        for piece in text.pieces {
            switch piece {
            case .text(let run):
                append(CMARK_NODE_TEXT, run.replacingOccurrences(of: "\n", with: " "))
            case .start(let id):
                if codes.indices.contains(id - 1) { append(CMARK_NODE_HTML_INLINE, codes[id - 1].markdown) }
            case .end(let id):
                if codes.indices.contains(id - 1) { append(CMARK_NODE_HTML_INLINE, codes[id - 1].closingMarkdown ?? "") }
            case .placeholder(let id):
                guard codes.indices.contains(id - 1) else { continue }
                let code = codes[id - 1]
                switch code.kind {
                case .shortcode:
                    append(CMARK_NODE_HTML_INLINE, shortcodes.firstIndex(of: code.markdown).map { ShortcodeTokens.token($0) } ?? code.markdown)
                case .image:
                    defer { image += 1 }
                    if image < altTexts.count, let alt = altTexts[image], let close = code.markdown.range(of: "](") {
                        append(CMARK_NODE_HTML_INLINE, "![" + Self.escaped(alt) + code.markdown[close.lowerBound...])
                    } else {
                        append(CMARK_NODE_HTML_INLINE, code.markdown)
                    }
                default:
                    append(CMARK_NODE_HTML_INLINE, code.markdown)
                }
            }
        }
    }

    /// `text` with every ASCII punctuation mark backslash-escaped, as Markdown text that is
    /// never markup (an image's alt text, written inside its code).
    private static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, !scalar.properties.isAlphabetic, scalar.properties.numericType == nil, scalar.value > 0x20, scalar.value < 0x7F {
                result += "\\"
            }
            result.unicodeScalars.append(scalar == "\n" ? " " : scalar)
        }
        return result
    }

    /// The inline content of the leaf block `node`, walked with an iterator (no recursion, so
    /// nesting depth costs nothing).
    private static func inlines(of node: OpaquePointer, into block: inout Block, shortcodes: [String]) {
        guard let iterator = cmark_iter_new(node) else { return }
        defer { cmark_iter_free(iterator) }
        /// The open pairs' ids, innermost last.
        var open: [Int] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let current = cmark_iter_get_node(iterator), current != node else { continue }
            let raw = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
            let literal = ShortcodeTokens.restoring(raw, shortcodes)
            let type = cmark_node_get_type(current)
            let name = cmark_node_get_type_string(current).map { String(cString: $0) } ?? ""
            switch (type, event) {
            case (CMARK_NODE_TEXT, CMARK_EVENT_ENTER):
                ShortcodeTokens.append(raw, to: &block.text, shortcodes: shortcodes)
            case (CMARK_NODE_SOFTBREAK, CMARK_EVENT_ENTER):
                block.text.append(" ")
            case (CMARK_NODE_LINEBREAK, CMARK_EVENT_ENTER):
                block.text.pieces.append(.placeholder(block.text.add(.lineBreak, markdown: "\\\n")))
            case (CMARK_NODE_CODE, CMARK_EVENT_ENTER):
                let fence = String(repeating: "`", count: longestRun(of: "`", in: literal) + 1)
                let padding = literal.hasPrefix("`") || literal.hasSuffix("`") ? " " : ""
                block.text.pieces.append(.placeholder(block.text.add(.code, markdown: fence + padding + literal + padding + fence)))
            case (CMARK_NODE_HTML_INLINE, CMARK_EVENT_ENTER):
                block.text.pieces.append(.placeholder(block.text.add(.html, markdown: literal)))
            case (CMARK_NODE_FOOTNOTE_REFERENCE, CMARK_EVENT_ENTER):
                block.text.pieces.append(.placeholder(block.text.add(.footnote, markdown: "[^\(literal)]")))
            case (CMARK_NODE_IMAGE, CMARK_EVENT_ENTER):
                let alt = plainText(of: current, shortcodes: shortcodes)
                block.altTexts.append(alt)
                let target = destination(of: current, shortcodes: shortcodes)
                block.text.pieces.append(.placeholder(block.text.add(.image, markdown: "![\(alt)](\(target))")))
                cmark_iter_reset(iterator, current, CMARK_EVENT_EXIT)
            case (CMARK_NODE_IMAGE, _):
                continue
            case (CMARK_NODE_EMPH, CMARK_EVENT_ENTER), (CMARK_NODE_STRONG, CMARK_EVENT_ENTER), (CMARK_NODE_LINK, CMARK_EVENT_ENTER):
                let id: Int
                switch type {
                case CMARK_NODE_EMPH: id = block.text.add(.emphasis, markdown: "*", closing: "*")
                case CMARK_NODE_STRONG: id = block.text.add(.strong, markdown: "**", closing: "**")
                default: id = block.text.add(.link, markdown: "[", closing: "](\(destination(of: current, shortcodes: shortcodes)))")
                }
                open.append(id)
                block.text.pieces.append(.start(id))
            case (_, CMARK_EVENT_ENTER) where name == "strikethrough":
                let id = block.text.add(.strikethrough, markdown: "~~", closing: "~~")
                open.append(id)
                block.text.pieces.append(.start(id))
            case (CMARK_NODE_EMPH, CMARK_EVENT_EXIT), (CMARK_NODE_STRONG, CMARK_EVENT_EXIT), (CMARK_NODE_LINK, CMARK_EVENT_EXIT):
                if let id = open.popLast() { block.text.pieces.append(.end(id)) }
            case (_, CMARK_EVENT_EXIT) where name == "strikethrough":
                if let id = open.popLast() { block.text.pieces.append(.end(id)) }
            default:
                continue
            }
        }
    }

    /// A link's or image's `(url "title")` part, as Markdown writes it.
    private static func destination(of node: OpaquePointer, shortcodes: [String]) -> String {
        let url = cmark_node_get_url(node).map { ShortcodeTokens.restoring(String(cString: $0), shortcodes) } ?? ""
        let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
        let written = url.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<\(url)>" : url
        return title.isEmpty ? written : written + " \"" + title.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The text of `node`'s descendants, without markup (an image's alt text).
    private static func plainText(of node: OpaquePointer, shortcodes: [String]) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), current != node,
                  let literal = cmark_node_get_literal(current) else { continue }
            text += ShortcodeTokens.restoring(String(cString: literal), shortcodes)
        }
        return text
    }

    /// The longest run of `character` in `text`.
    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for each in text {
            current = each == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
