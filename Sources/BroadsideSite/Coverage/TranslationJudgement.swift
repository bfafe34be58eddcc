import BroadsideLocale

/// What one article is in one language, and why: the one judgement that `broadside check`
/// reports on and the coverage trend counts.
enum TranslationJudgement: Sendable {
    /// Not expected in the language (`translate: false`): not counted.
    case notExpected
    case missing
    /// A file that is a placeholder (``StubRule``): it counts as missing.
    case stub(ArticleFile, StubRule.Reason)
    /// The default language's file.
    case source(ArticleFile)
    /// A translation with no sourceHash, or of an article with no source to compare it with.
    case unverified(ArticleFile, source: ArticleFile?)
    /// A translation stamped with another hash than its source's now.
    case outdated(ArticleFile, source: ArticleFile, stamped: String, current: String)
    /// A translation of the current source.
    case translated(ArticleFile)

    /// Judges `article` in `language`.
    ///
    /// - Parameters:
    ///   - isTranslated: whether the article is expected in every language (``TranslationScope``).
    ///   - sourceHash: the ``SourceHash`` of the source file it is given, asked for only when a
    ///     stamped translation is compared with it.
    init(of article: Article, in language: LanguageTag, isTranslated: Bool, defaultLanguage: LanguageTag,
         stubs: StubRule, sourceHash: (ArticleFile) -> String) {
        let source = article[defaultLanguage]
        guard let file = article[language] else {
            self = isTranslated ? .missing : .notExpected
            return
        }
        if let reason = stubs.reason(file, source: source) {
            self = .stub(file, reason)
        } else if language == defaultLanguage {
            self = .source(file)
        } else if let source, let stamped = file.frontMatter.sourceHash {
            let current = sourceHash(source)
            self = stamped == current ? .translated(file) : .outdated(file, source: source, stamped: stamped, current: current)
        } else {
            self = .unverified(file, source: source)
        }
    }

    /// The state the coverage matrix shows.
    var state: CoverageReport.State {
        switch self {
        case .notExpected: .notExpected
        case .missing: .missing
        case .stub: .stub
        case .source: .source
        case .unverified: .unverified
        case .outdated: .outdated
        case .translated: .translated
        }
    }
}
