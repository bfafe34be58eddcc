/// One thing missing, stale or broken in a site's translations.
public struct TranslationProblem: Sendable, Encodable, Hashable {
    public enum Kind: String, Sendable, Encodable, CaseIterable {
        case missingTranslation = "missing-translation"
        case outdatedTranslation = "outdated-translation"
        case unverified
        case stubTranslation = "stub-translation"
        case missingString = "missing-string"
        case extraString = "extra-string"
        case messageSyntax = "message-syntax"
        case pluralCategories = "plural-categories"
        case placeholderMismatch = "placeholder-mismatch"
        case untranslatedString = "untranslated-string"
        case wrongScript = "wrong-script"
        case frontMatter = "front-matter"
        case brokenLink = "broken-link"

        /// One line on what the kind means, for SARIF rules and report legends.
        public var summary: String {
            switch self {
            case .missingTranslation: "An article has no file in a language."
            case .outdatedTranslation: "A translation was made from an older version of its source."
            case .unverified: "A translation has no sourceHash, so whether it is current is unknown."
            case .stubTranslation: "A translation is empty, the same as its source, or marked as a stub: it counts as missing."
            case .missingString: "A UI string of the default language is missing in a language."
            case .extraString: "A UI string exists in a language but not in the default language."
            case .messageSyntax: "A UI string is not valid ICU MessageFormat."
            case .pluralCategories: "A plural lacks a category the language needs, or has one it never uses."
            case .placeholderMismatch: "A translation's placeholders differ from the default language's."
            case .untranslatedString: "A UI string is identical to the default language's."
            case .wrongScript: "A text is mostly written in another script than its language's."
            case .frontMatter: "An article file's front matter or name is wrong."
            case .brokenLink: "A link of the built site leads to no page or file of it (check --links)."
            }
        }
    }

    public var kind: Kind
    public var severity: Diagnostic.Severity
    public var language: String
    /// Where the problem is; `nil` for problems of a whole language.
    public var location: SourceLocation?
    /// The article's translation key, or the UI string's key.
    public var key: String
    /// What is wrong and what to do.
    public var message: String

    public init(_ kind: Kind, _ severity: Diagnostic.Severity, language: String, at location: SourceLocation?,
                key: String, message: String) {
        self.kind = kind
        self.severity = severity
        self.language = language
        self.location = location
        self.key = key
        self.message = message
    }
}

extension TranslationProblem {
    enum CodingKeys: String, CodingKey { case kind, severity, language, file, line, column, key, message }

    /// Every key, the location as `file`, `line` and `column`, `null` where there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(severity, forKey: .severity)
        try container.encode(language, forKey: .language)
        try container.encode(location?.path, forKey: .file)
        try container.encode(location?.line, forKey: .line)
        try container.encode(location?.column, forKey: .column)
        try container.encode(key, forKey: .key)
        try container.encode(message, forKey: .message)
    }
}

extension Diagnostic.Severity: Encodable {}
