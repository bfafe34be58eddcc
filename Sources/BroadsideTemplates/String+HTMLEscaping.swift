extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references: safe inside
    /// an HTML element or a quoted attribute value.
    public var escapingHTML: String {
        var escaped = ""
        escaped.appendEscapingHTML(self)
        return escaped
    }

    /// Appends `text` with `&`, `<`, `>`, `"` and `'` replaced by character references.
    ///
    /// Scans the UTF-8 bytes once and copies the runs between special characters in bulk, so
    /// text without any of them costs one scan and one copy.
    mutating func appendEscapingHTML(_ text: String) {
        var text = text
        text.makeContiguousUTF8()  // a no-op for native strings; guarantees the storage below
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            for offset in bytes.indices {
                let replacement: String
                switch bytes[offset] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                append(utf8Range: runStart..<offset, of: text)
                append(replacement)
                runStart = offset + 1
            }
            if runStart == 0 {
                append(text)
            } else {
                append(utf8Range: runStart..<bytes.count, of: text)
            }
        }
    }

    /// Appends the part of `text` between two UTF-8 offsets that fall on character boundaries.
    mutating func append(utf8Range range: Range<Int>, of text: String) {
        guard !range.isEmpty else { return }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        append(contentsOf: text[start..<utf8.index(start, offsetBy: range.count)])
    }
}
