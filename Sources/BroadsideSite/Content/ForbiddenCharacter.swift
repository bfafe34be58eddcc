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

    /// Whether `text` has a byte that may begin a forbidden character, read as a plain loop over
    /// its contiguous UTF-8 (this runs over every article of a build).
    private static func mayContain(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte == 0x7F || byte == 0xEF {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            }
            return false
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
