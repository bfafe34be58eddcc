/// Hugo shortcode tags in a body to translate, each replaced by a token of ASCII letters and
/// digits (`BROADSIDESHORTCODE3Z`) that Markdown leaves alone, so a tag is one placeholder for a
/// translator and comes back exactly as written.
enum ShortcodeTokens {
    /// The most shortcode tags one body may have; more stay as text.
    static let maximumShortcodes = 2_000
    /// The longest shortcode tag, in bytes.
    static let maximumTagLength = 4_096

    /// Text with each shortcode's token made a placeholder.
    static func append(_ literal: String, to text: inout TranslatableText, shortcodes: [String]) {
        var rest = Substring(literal)
        while let token = rest.range(of: tokenPrefix) {
            text.append(String(rest[..<token.lowerBound]))
            let digits = rest[token.upperBound...].prefix { $0.isASCII && $0.isNumber }
            let end = rest.index(token.upperBound, offsetBy: digits.count)
            guard end < rest.endIndex, rest[end] == "Z", let number = Int(digits), shortcodes.indices.contains(number) else {
                text.append(String(rest[token]))
                rest = rest[token.upperBound...]
                continue
            }
            text.pieces.append(.placeholder(text.add(.shortcode, markdown: shortcodes[number])))
            rest = rest[rest.index(after: end)...]
        }
        text.append(String(rest))
    }

    private static let tokenPrefix = "BROADSIDESHORTCODE"

    /// The token of the shortcode tag at `index`.
    static func token(_ index: Int) -> String { "\(tokenPrefix)\(index)Z" }

    /// `body` with each shortcode tag (`{{< … >}}`, `{{% … %}}`, opening or closing) replaced by
    /// a token of ASCII letters and digits, which Markdown leaves alone, and the tags in order.
    static func replacing(in body: String) -> (text: String, tags: [String]) {
        guard ShortcodeParser.mayContainShortcodes(body) else { return (body, []) }
        let bytes = Array(body.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var tags: [String] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"),
               bytes[index + 2] == UInt8(ascii: "<") || bytes[index + 2] == UInt8(ascii: "%"), tags.count < maximumShortcodes {
                let closing: [UInt8] = [bytes[index + 2] == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "%"), UInt8(ascii: "}"), UInt8(ascii: "}")]
                let limit = min(bytes.count, index + maximumTagLength)
                var end = index + 3
                while end + 3 <= limit, !bytes[end..<end + 3].elementsEqual(closing), bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if end + 3 <= limit, bytes[end..<end + 3].elementsEqual(closing) {
                    result += Array(token(tags.count).utf8)
                    tags.append(String(decoding: bytes[index..<end + 3], as: UTF8.self))
                    index = end + 3
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return (String(decoding: result, as: UTF8.self), tags)
    }

    /// `text` with shortcode tokens back as the tags they stand for (in code, URLs, HTML).
    static func restoring(_ text: String, _ shortcodes: [String]) -> String {
        guard !shortcodes.isEmpty, text.contains(tokenPrefix) else { return text }
        var result = text
        for (number, tag) in shortcodes.enumerated().reversed() {
            result = result.replacingOccurrences(of: token(number), with: tag)
        }
        return result
    }
}
