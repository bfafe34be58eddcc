import Foundation
import BroadsideDiagnostics

/// A `ref` or `relref` shortcode, carried through Markdown as a placeholder until its page is
/// rendered: page URLs exist only once the site is planned, and the URL depends on the
/// language of the page that shows the text (a fallback page shows another language's file).
///
/// The placeholder is `BROADSIDEREF`, the reference as lower-case hex and `Z`: ASCII letters and
/// digits, which cmark-gfm copies unchanged into text and into link targets alike.
struct PageReference: Sendable, Equatable {
    static let prefix = "BROADSIDEREF"
    private static let end = UInt8(ascii: "Z")

    /// The page as written: `articles/x.md`, `/articles/x`, `x`, with a `#fragment` or not.
    var target: String
    /// A `lang` argument: the page in that language rather than in the page's.
    var language: String?
    /// `relref`: the path from the site's root; `ref`: the absolute address.
    var isRelative: Bool
    /// Where the shortcode is, for an error about its target.
    var location: SourceLocation

    /// The text that stands for the reference until the page is rendered.
    var placeholder: String {
        let fields = [isRelative ? "r" : "a", location.path, String(location.line ?? 0), String(location.column ?? 0),
                      language ?? "", target]
        var text = Self.prefix
        for byte in fields.joined(separator: "\u{0}").utf8 {
            text += String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
        }
        return text + "Z"
    }

    /// The reference a placeholder's hex digits (between prefix and `Z`) stand for, if they are one.
    init?(hex: some Collection<UInt8>) {
        guard hex.count.isMultiple(of: 2) else { return nil }
        var bytes: [UInt8] = []
        var high: UInt8?
        for digit in hex {
            let value: UInt8
            switch digit {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = digit - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = digit - UInt8(ascii: "a") + 10
            default: return nil
            }
            if let first = high {
                bytes.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard fields.count == 6, let line = Int(fields[2]), let column = Int(fields[3]) else { return nil }
        isRelative = fields[0] == "r"
        location = SourceLocation(path: fields[1], line: line, column: column)
        language = fields[4].isEmpty ? nil : fields[4]
        target = fields[5]
    }

    init(target: String, language: String?, isRelative: Bool, location: SourceLocation) {
        self.target = target
        self.language = language
        self.isRelative = isRelative
        self.location = location
    }

    /// Whether `html` has a placeholder. Bytes, not Characters: this runs over every page of the
    /// site, which nearly never has one.
    static func occurs(in html: String) -> Bool {
        var text = html
        let marker = Array(prefix.utf8)
        return text.withUTF8 { bytes in
            var start = 0
            while start + marker.count <= bytes.count,
                  let found = memchr(bytes.baseAddress! + start, Int32(marker[0]), bytes.count - start) {
                let offset = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if offset + marker.count <= bytes.count, bytes[offset..<offset + marker.count].elementsEqual(marker) { return true }
                start = offset + 1
            }
            return false
        }
    }

    /// `html` with each placeholder replaced by what `resolve` makes of its reference.
    static func replacing(in html: String, _ resolve: (PageReference) throws(Diagnostic) -> String) throws(Diagnostic) -> String {
        guard occurs(in: html) else { return html }
        let marker = Array(prefix.utf8)
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == marker[0], bytes[index...].starts(with: marker),
                  let end = bytes[(index + marker.count)...].firstIndex(where: { !Self.isHexDigit($0) }),
                  bytes[end] == Self.end,
                  let reference = PageReference(hex: bytes[(index + marker.count)..<end]) else {
                result.append(bytes[index])
                index += 1
                continue
            }
            result += try resolve(reference).utf8
            index = end + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }
}
