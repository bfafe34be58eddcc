/// The characters no text Broadside reads may hold: C0 controls but tab, line feed and carriage
/// return; DEL; the noncharacters U+FFFE and U+FFFF. None has a meaning in a title, tag, message
/// or article, they are invisible in an editor, HTML calls them parse errors and XML 1.0 (the
/// feeds) forbids all of them but DEL. YAML values and article bodies holding one are errors at
/// its place; the XML writer leaves them out, as a last safety net.
enum ForbiddenCharacter {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// `U+0007`.
    static func name(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether `text` has a byte that may begin a forbidden character. This runs over every
    /// article of a build, so it reads the contiguous UTF-8 eight bytes at a time, looking at
    /// single bytes only in a word that has one below 0x20 (a line feed, mostly), 0x7F or 0xEF.
    private static func mayContain(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            /// Whether a byte of `word` is below `limit` (at most 0x80).
            func hasByteBelow(_ limit: UInt8, _ word: UInt64) -> Bool { (word &- ones &* UInt64(limit)) & ~word & highs != 0 }
            func hasByte(_ byte: UInt8, _ word: UInt64) -> Bool { hasByteBelow(1, word ^ (ones &* UInt64(byte))) }
            func isForbiddenStart(_ byte: UInt8) -> Bool {
                (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xEF
            }
            guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                if hasByteBelow(0x20, word) || hasByte(0x7F, word) || hasByte(0xEF, word),
                   bytes[offset..<offset + 8].contains(where: isForbiddenStart) {
                    return true
                }
                offset += 8
            }
            return bytes[offset...].contains(where: isForbiddenStart)
        }
    }

    /// The first forbidden character of `text`, with its 0-based line and 1-based column.
    static func first(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        // Bytes first: every forbidden character has a byte below 0x20, 0x7F, or the lead byte
        // 0xEF of U+FFFE and U+FFFF; most texts have none, and are not decoded.
        guard mayContain(text) else { return nil }
        guard let index = text.unicodeScalars.firstIndex(where: contains) else { return nil }
        let before = text.unicodeScalars[..<index]
        let line = before.count { $0 == "\n" }
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return (text.unicodeScalars[index], line, before[lineStart...].count + 1)
    }
}
