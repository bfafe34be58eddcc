/// What a template function returns: text, and the language it is written in.
///
/// Text in another language than the element around it is marked where it is inserted (see
/// ``HTMLContext``): in element content it is wrapped in `<span lang="…" dir="…">`; inside a
/// tag (an attribute value) or in an element that takes no markup (`title`, `textarea`) it is
/// isolated with Unicode's LRI or RLI … PDI when its direction differs; in `script`, `style` and
/// comments it is left as it is.
public struct TemplateText: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// A language as HTML's `lang` and `dir` attributes name it.
    public struct Language: Sendable, Equatable {
        /// Its BCP 47 tag, as `lang` takes it (`ur`, `pt-BR`).
        public var tag: String
        public var isRightToLeft: Bool

        public init(tag: String, isRightToLeft: Bool) {
            (self.tag, self.isRightToLeft) = (tag, isRightToLeft)
        }

        /// `dir`'s value.
        var direction: String { isRightToLeft ? "rtl" : "ltr" }

        /// Whether it is the language `tag` names (tags compare without regard to case).
        func isNamed(_ tag: String) -> Bool {
            self.tag.isSameTag(as: tag)
        }
    }

    public var text: String
    /// The language the text is in; `nil` when it is not known (it is then never marked).
    public var language: Language?

    public init(_ text: String, language: Language? = nil) {
        (self.text, self.language) = (text, language)
    }

    /// Text in no known language.
    public init(stringLiteral text: String) {
        self.init(text)
    }

    /// Text in no known language.
    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }
}

extension String {
    /// Whether two language tags name the same language: ASCII letters compared without case.
    fileprivate func isSameTag(as other: String) -> Bool {
        utf8.count == other.utf8.count && zip(utf8, other.utf8).allSatisfy { ($0 | 0x20) == ($1 | 0x20) }
    }
}
