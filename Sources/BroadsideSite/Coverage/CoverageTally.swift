import BroadsideLocale

/// The coverage matrix's rows (each article's state per language), counted per language as
/// rows are set and replaced: the check sums its matrix with it once, the trend keeps one up
/// to date from commit to commit, judging again only the articles a commit changed.
struct CoverageTally {
    private var rows: [String: [String: CoverageReport.State]] = [:]
    /// Language tag to how many articles are in each state.
    private var counts: [String: [CoverageReport.State: Int]] = [:]

    /// Sets the row of article `key`; `nil` removes it.
    mutating func set(_ key: String, to states: [String: CoverageReport.State]?) {
        for (language, state) in rows[key] ?? [:] { counts[language, default: [:]][state, default: 0] -= 1 }
        rows[key] = states
        for (language, state) in states ?? [:] { counts[language, default: [:]][state, default: 0] += 1 }
    }

    mutating func removeAll() {
        rows = [:]
        counts = [:]
    }

    /// Each language's column summed up: articles translated (current or unverified; the
    /// default language: all it has) of those expected in the language, stubs counted as missing.
    func coverage(of languages: [LanguageTag]) -> [String: CoverageReport.LanguageCoverage] {
        var coverage: [String: CoverageReport.LanguageCoverage] = [:]
        for language in languages.map(\.identifier) {
            let count = counts[language] ?? [:]
            func total(_ states: CoverageReport.State...) -> Int { states.reduce(0) { $0 + (count[$1] ?? 0) } }
            let translated = total(.source, .translated, .unverified)
            let expected = translated + total(.outdated, .missing, .stub)
            let percent = expected == 0 ? 100 : (Double(translated) * 1000 / Double(expected)).rounded() / 10
            coverage[language] = .init(translated: translated, missing: total(.missing, .stub), outdated: total(.outdated),
                                       percent: percent)
        }
        return coverage
    }
}
