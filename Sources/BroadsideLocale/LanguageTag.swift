import ICUShim

/// A valid BCP 47 language tag in canonical form ("en-US", "zh-Hant", "he").
public struct LanguageTag: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The canonical tag: ICU's case conventions and CLDR's replacements for deprecated codes.
    public let identifier: String

    /// Parses, validates and canonicalises a tag: `"EN-us"` becomes `en-US`, `"iw"` becomes `he`.
    ///
    /// - Parameter text: A BCP 47 tag, in any case.
    /// - Throws: ``LocaleError/invalidTag(_:)`` naming `text` when it is not well-formed BCP 47
    ///   (`"en_US!"`, `"e"`, `""`) or CLDR knows no language, script or region it names
    ///   (`"english"`, `"zz"`, `"en-QQ"`).
    public init(_ text: String) throws(LocaleError) {
        guard !text.contains("\0") else { throw .invalidTag(text) }
        do {
            identifier = try ShimBuffer.text("canonicalise '\(text)'") {
                bs_tag_canonicalize(text, $0, $1, $2)
            }
        } catch {
            throw .invalidTag(text)
        }
    }

    /// A tag known to be canonical already.
    init(canonical identifier: String) {
        self.identifier = identifier
    }

    /// Decodes a tag from a string, validating it like ``init(_:)``.
    public init(from decoder: any Decoder) throws {
        try self.init(decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the canonical tag as a string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    public var description: String { identifier }

    /// English, the language of reports.
    static let english = LanguageTag(canonical: "en")
}
