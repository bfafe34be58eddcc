import CCmarkGFM
import Foundation

/// The prose of a Markdown text, for telling its script: the words of its paragraphs, headings
/// and lists, without code spans, code blocks and raw HTML, and without the runs of ASCII that
/// are technical rather than words (URLs, e-mail addresses, identifiers, numbers).
///
/// A Japanese or Chinese page about code has many Latin identifiers and little Latin prose: only
/// the prose says which language it is in.
enum ProseText {
    /// The prose of a Markdown document.
    static func ofMarkdown(_ markdown: String) -> String {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return "" }
        defer { cmark_parser_free(parser) }
        var text = markdown
        text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let iterator = cmark_iter_new(document) else { return "" }
        defer { cmark_iter_free(iterator) }
        var words: [UInt8] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iterator)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT where event == CMARK_EVENT_ENTER:
                if let literal = cmark_node_get_literal(node) {
                    words.append(contentsOf: UnsafeBufferPointer(
                        start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal)))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_CODE:
                words.append(0x20)
            default:
                continue
            }
        }
        return ofPlainText(words)
    }

    /// `text` without its technical runs of ASCII.
    static func ofPlainText(_ text: String) -> String {
        ofPlainText(Array(text.utf8))
    }

    /// Keeps every non-ASCII character and each run of printable ASCII that reads as a word;
    /// the others become a space.
    private static func ofPlainText(_ bytes: [UInt8]) -> String {
        var prose: [UInt8] = []
        prose.reserveCapacity(bytes.count)
        var runStart = 0
        func endRun(at end: Int) {
            let run = bytes[runStart..<end]
            if isWordLike(run) { prose.append(contentsOf: run) } else { prose.append(0x20) }
        }
        for (index, byte) in bytes.enumerated() where !isPrintableASCII(byte) {
            if runStart < index { endRun(at: index) }
            prose.append(byte)
            runStart = index + 1
        }
        if runStart < bytes.count { endRun(at: bytes.count) }
        return String(decoding: prose, as: UTF8.self)
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Whether a run of printable ASCII (no spaces) is a word: not a URL, an e-mail address, a
    /// path, a number, an identifier (`snake_case`, `camelCase`, `CamelCase`) or an acronym.
    private static func isWordLike(_ run: ArraySlice<UInt8>) -> Bool {
        let isLetter: (UInt8) -> Bool = { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }
        let isUpper: (UInt8) -> Bool = { $0 >= 0x41 && $0 <= 0x5A }
        guard let first = run.firstIndex(where: isLetter), let last = run.lastIndex(where: isLetter) else { return false }
        let word = run[first...last]
        // Inside a word: letters, and an apostrophe or hyphen between them ("don't", "well-known").
        guard word.allSatisfy({ isLetter($0) || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") }),
              !run.contains(where: { $0 >= 0x30 && $0 <= 0x39 || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "_") })
        else { return false }
        var previous: UInt8 = 0
        var capitals = 0
        for byte in word {
            if isUpper(byte) {
                // camelCase: a capital after a small letter.
                if isLetter(previous) && !isUpper(previous) { return false }
                capitals += 1
            }
            previous = byte
        }
        // An acronym (API, HTTP) or a run of capitals before a word (HTTPServer).
        return capitals < 2
    }
}
