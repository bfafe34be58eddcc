extension StructuredValue {
    /// Reads a TOML or JSON text as its parser will, before it does: throws when brackets and
    /// braces nest deeper than ``maximumDepth``, and, in TOML, at what TOML does not allow and
    /// toml++ asserts on (a crash in debug builds) instead of reporting: a table name that starts
    /// with no letter, digit, `-`, `_` or quote (`[.a]`, `[=a]`); and a character beyond ASCII
    /// outside a string or comment.
    static func precheck(_ text: String, isTOML: Bool, path: String) throws(Diagnostic) {
        let bytes = Array(text.utf8)
        var depth = 0
        var line = 1
        var index = 0
        var lineHasContent = false
        func at(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
        func error(_ message: String, hint: String? = nil) -> Diagnostic {
            Diagnostic(at: SourceLocation(path: path, line: line, column: 1), message, hint: hint)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                lineHasContent = false
                index += 1
                continue
            case UInt8(ascii: "[") where isTOML && depth == 0 && !lineHasContent:
                var name = index + 1
                if name < bytes.count && bytes[name] == UInt8(ascii: "[") { name += 1 }
                while name < bytes.count && (bytes[name] == 0x20 || bytes[name] == 0x09) { name += 1 }
                guard name < bytes.count, isBareKeyCharacter(bytes[name]) || bytes[name] == UInt8(ascii: "\"")
                        || bytes[name] == UInt8(ascii: "'") else {
                    throw error("not valid TOML: a table name must start with a letter, a digit, - or _, or be quoted",
                                hint: "write [name] or [\"name\"]")
                }
                depth += 1
            case _ where byte == UInt8(ascii: "\"") || (isTOML && byte == UInt8(ascii: "'")):
                // A string: "…" or '…', or in TOML """…""" and '''…''' over several lines.
                let isTriple = isTOML && at(1) == byte && at(2) == byte
                let escapes = byte == UInt8(ascii: "\"")
                index += isTriple ? 3 : 1
                while index < bytes.count {
                    let current = bytes[index]
                    if current == UInt8(ascii: "\n") { line += 1 }
                    if escapes && current == UInt8(ascii: "\\") {
                        if at(1) == UInt8(ascii: "\n") { line += 1 }
                        index += 2
                        continue
                    }
                    if current == byte && (!isTriple || (at(1) == byte && at(2) == byte)) {
                        index += isTriple ? 2 : 0
                        // A closing """ may take up to two more quotes as part of the string.
                        while isTriple && at(1) == byte { index += 1 }
                        break
                    }
                    if !isTriple && current == UInt8(ascii: "\n") { break }
                    index += 1
                }
            case UInt8(ascii: "#") where isTOML:
                while index + 1 < bytes.count && bytes[index + 1] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                guard depth <= maximumDepth else {
                    throw error("tables, lists and objects nest deeper than the limit of \(maximumDepth) levels")
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            case 0x80... where isTOML:
                throw error("not valid TOML: a character beyond ASCII outside a quoted string",
                            hint: "quote keys that are not plain ASCII letters, digits, - and _: [\"clé\"]")
            default:
                break
            }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { lineHasContent = true }
            index += 1
        }
    }

    /// TOML's bare key characters: ASCII letters, digits, `-` and `_`.
    private static func isBareKeyCharacter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}
