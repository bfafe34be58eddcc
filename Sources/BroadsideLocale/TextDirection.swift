import ICUShim

/// The direction in which a language's script runs, as HTML's `dir` attribute spells it.
public enum TextDirection: String, Sendable, Codable {
    /// Left to right.
    case ltr
    /// Right to left: Arabic, Hebrew, Thaana, N'Ko, ...
    case rtl
}

extension TextDirection {
    /// Whether `text` has a character that runs strongly in this direction (a letter of a
    /// script written this way): a run of such text inside text of the other direction needs
    /// isolating, or the bidirectional algorithm reorders what is around it.
    public func hasStrongCharacters(in text: String) -> Bool {
        let found = bs_text_strong_directions(text, Int32(text.utf8.count))
        return found & (self == .rtl ? 2 : 1) != 0
    }

    /// The other direction.
    public var opposite: TextDirection { self == .rtl ? .ltr : .rtl }

    /// `text` between FSI and PDI, Unicode's first-strong isolate: it runs in the direction of
    /// its first strong character, and the text around it keeps its order.
    public static func isolated(_ text: String) -> String {
        "\u{2068}" + text + "\u{2069}"
    }

    /// `text` between this direction's isolate (LRI or RLI) and PDI: plain text (an attribute,
    /// a feed's title) in this direction inside text of the other.
    public func isolating(_ text: String) -> String {
        (self == .rtl ? "\u{2067}" : "\u{2066}") + text + "\u{2069}"
    }
}
