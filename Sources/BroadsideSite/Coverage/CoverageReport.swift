/// What `broadside check` found: which article exists in which language and in what state,
/// coverage per language, and every problem.
public struct CoverageReport: Sendable, Encodable {
    /// An article file's state in one language.
    public enum State: String, Sendable, Codable {
        /// The default-language file the others are translated from.
        case source
        /// Translated from the current source.
        case translated
        /// Translated, without a sourceHash to tell from what.
        case unverified
        /// Translated from an older version of the source.
        case outdated
        case missing
        /// A file that is a placeholder (``StubRule``): it counts as missing.
        case stub
        /// Not expected in this language (`translate: false`): not counted at all.
        case notExpected = "not-expected"
    }

    /// One row of the coverage matrix.
    public struct ArticleRow: Sendable, Codable {
        public var key: String
        public var title: String
        /// Language tag to state, for every site language.
        public var languages: [String: State]
    }

    /// One language's column of the matrix, summed up.
    public struct LanguageCoverage: Sendable, Codable, Equatable {
        /// Articles it has, current or unverified (the default language: all it has).
        public var translated: Int
        /// Articles it lacks, stubs included.
        public var missing: Int
        public var outdated: Int
        /// `translated` of the articles expected in the language, in percent with one decimal.
        public var percent: Double
    }

    public var defaultLanguage: String
    public var languages: [String]
    public var requiredLanguages: [String]
    public var articles: [ArticleRow]
    public var coverage: [String: LanguageCoverage]
    public var problems: [TranslationProblem]
    /// The coverage at each commit of the site's history, when asked for (`check --trend`).
    public var trend: CoverageTrend?

    enum CodingKeys: String, CodingKey {
        case defaultLanguage, languages, articles, coverage, problems, trend, trendNote
    }

    /// The trend's points are the `trend` array, its note `trendNote`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(defaultLanguage, forKey: .defaultLanguage)
        try container.encode(languages, forKey: .languages)
        try container.encode(articles, forKey: .articles)
        try container.encode(coverage, forKey: .coverage)
        try container.encode(problems, forKey: .problems)
        try container.encodeIfPresent(trend?.points, forKey: .trend)
        try container.encodeIfPresent(trend?.note, forKey: .trendNote)
    }

    public var errorCount: Int { problems.count { $0.severity == .error } }

    /// Required languages whose coverage is below `percent`.
    public func languagesBelow(_ percent: Double) -> [String] {
        requiredLanguages.filter { (coverage[$0]?.percent ?? 0) < percent }
    }
}
