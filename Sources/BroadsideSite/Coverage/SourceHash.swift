import Crypto

/// The hash that ties a translation to the version of its source it was made from: the first
/// 12 hex digits of SHA-256 over the source's title, a line feed, then its body, line endings
/// normalised to line feeds.
public enum SourceHash {
    public static let length = 12

    public static func of(_ file: ArticleFile) -> String {
        of(title: file.frontMatter.title, body: file.body)
    }

    static func of(title: String, body: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count + body.utf8.count + 1)
        var afterCarriageReturn = false
        for part in [title.utf8, "\n".utf8, body.utf8] {
            for byte in part {
                // CR LF and a lone CR are each one line feed.
                if byte == 0x0A && afterCarriageReturn { afterCarriageReturn = false; continue }
                afterCarriageReturn = byte == 0x0D
                bytes.append(afterCarriageReturn ? 0x0A : byte)
            }
        }
        let digest = SHA256.hash(data: bytes)
        return String(digest.lazy.flatMap { [Self.hex[Int($0 >> 4)], Self.hex[Int($0 & 15)]] }.prefix(length))
    }

    private static let hex = Array("0123456789abcdef")
}
