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
        bytes.withUnsafeBufferPointer { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { prose in
                var count = 0
                var index = 0
                while index < bytes.count {
                    guard isPrintableASCII(bytes[index]) else {
                        prose[count] = bytes[index]
                        (count, index) = (count + 1, index + 1)
                        continue
                    }
                    var end = index + 1
                    while end < bytes.count && isPrintableASCII(bytes[end]) { end += 1 }
                    let run = UnsafeBufferPointer(rebasing: bytes[index..<end])
                    if isWordLike(run) {
                        UnsafeMutableRawPointer(prose.baseAddress! + count).copyMemory(from: run.baseAddress!, byteCount: run.count)
                        count += run.count
                    } else {
                        prose[count] = 0x20
                        count += 1
                    }
                    index = end
                }
                return count
            }
        }
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// Whether a run of printable ASCII (no spaces) is a word: not a URL, an e-mail address, a
    /// path, a number, an identifier (`snake_case`, `camelCase`, `CamelCase`) or an acronym.
    private static func isWordLike(_ run: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        var (first, last) = (-1, -1)
        for index in run.indices {
            let byte = run[index]
            if isLetter(byte) {
                if first < 0 { first = index }
                last = index
            } else if byte >= 0x30 && byte <= 0x39 || byte == UInt8(ascii: "@") || byte == UInt8(ascii: "_") {
                return false
            }
        }
        guard first >= 0 else { return false }
        var previous: UInt8 = 0
        var capitals = 0
        for byte in run[first...last] {
            // Inside a word: letters, and an apostrophe or hyphen between them ("don't", "well-known").
            guard isLetter(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") else { return false }
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
