/// A request's path, decoded into a path relative to the served site, or refused.
///
/// Only the path as the client sent it is read (never a normalized one), and anything that
/// could name a file outside the site is refused rather than repaired: a `.` or `..` segment,
/// written plainly or percent-encoded, an encoded `/` or `\`, a NUL or other control byte, or
/// bytes that are not UTF-8.
enum RequestPath {
    /// Why a path was refused.
    struct Refusal: Error {
        var reason: String
    }

    /// The most bytes a request path may have.
    static let maximumLength = 4_096

    /// The path below `basePath` ("/" or "/campaign/"), without its leading `/`: "en/about/"
    /// for `/campaign/en/about/`; `nil` when it is not below `basePath`.
    static func relative(_ raw: String, below basePath: String) throws(Refusal) -> String? {
        guard raw.utf8.count <= maximumLength else { throw Refusal(reason: "the path is too long") }
        guard raw.hasPrefix("/") else { throw Refusal(reason: "the path must start with /") }
        var segments: [String] = []
        for segment in raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let decoded = try decode(segment)
            if decoded == "." || decoded == ".." { throw Refusal(reason: "the path has a '.' or '..' segment") }
            segments.append(decoded)
        }
        let path = "/" + segments.joined(separator: "/")
        guard path.hasPrefix(basePath) || path + "/" == basePath else { return nil }
        return String(path.dropFirst(min(basePath.count, path.count)))
    }

    /// One segment with its percent escapes decoded.
    private static func decode(_ segment: Substring) throws(Refusal) -> String {
        var bytes: [UInt8] = []
        var utf8 = segment.utf8[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%") {
                guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else {
                    throw Refusal(reason: "the path has a malformed % escape")
                }
                utf8 = utf8.dropFirst(2)
                if value == UInt8(ascii: "/") || value == UInt8(ascii: "\\") {
                    throw Refusal(reason: "the path has an encoded slash")
                }
                bytes.append(value)
            } else {
                if byte == UInt8(ascii: "\\") { throw Refusal(reason: "the path has a backslash") }
                bytes.append(byte)
            }
        }
        if bytes.contains(where: { $0 < 0x20 || $0 == 0x7F }) { throw Refusal(reason: "the path has a control character") }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Refusal(reason: "the path is not UTF-8") }
        return text
    }
}
