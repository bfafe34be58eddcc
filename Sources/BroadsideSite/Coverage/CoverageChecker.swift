import BroadsideLocale
import Foundation

/// `broadside check`: finds what is missing, stale or broken in a site's translations.
public enum CoverageChecker {
    /// The most characters of a UI string a message quotes.
    static let excerptLength = 200

    /// `text`, cut to ``excerptLength`` characters with an ellipsis, for a message to quote.
    static func excerpt(_ text: String) -> String {
        text.count <= excerptLength ? text : text.prefix(excerptLength) + "…"
    }

    /// Checks the site in `siteDirectory`.
    ///
    /// - Parameters:
    ///   - strict: report warnings as errors.
    ///   - links: also build the site and check its internal links (``LinkChecker``).
    ///   - trend: also read the coverage at every commit of the site's git history (``CoverageHistory``).
    /// - Throws: the site's configuration errors (the site cannot be checked at all); with
    ///   `links`, the build's errors when it does not build.
    public static func check(siteDirectory: String, strict: Bool = false, links: Bool = false,
                             trend: Bool = false) throws(BuildFailure) -> CoverageReport {
        let site = try SiteFolder.opening(siteDirectory)
        let checked = try check(site, listing: site.files(in: SiteContent.folderName), shared: InputFingerprint.shared(site: site),
                                strict: strict, links: links, trend: trend)
        checked.saving.wait()
        return checked.report
    }

    /// ``check(siteDirectory:strict:links:trend:)``'s report in `format`.
    ///
    /// The report is kept in the cache folder (``SavedReport``) and given again, unmade, while
    /// no input changed and no `publishDate` or `expiryDate` was reached; never with `links` or
    /// `trend`, whose reports depend on more than the site's files.
    ///
    /// - Parameter colour: colour the text report (only on a terminal).
    public static func report(siteDirectory: String, format: ReportFormat, colour: Bool = false, strict: Bool = false,
                              links: Bool = false, trend: Bool = false) throws(BuildFailure) -> CheckOutcome {
        let site = try SiteFolder.opening(siteDirectory)
        let (listing, shared) = (site.files(in: SiteContent.folderName), InputFingerprint.shared(site: site))
        let saved = links || trend ? nil
            : (try? site.cacheFolder()).map { $0.appendingPath(SavedReport.fileName(format: format, colour: colour)) }
        let fingerprint = InputFingerprint.check(shared: shared, request: [siteDirectory, strict ? "strict" : "lenient", format.rawValue],
                                                 content: listing)
        if let saved, let outcome = SavedReport.load(from: saved, fingerprint: fingerprint, now: SiteContent.publicationTime()) {
            return outcome
        }
        let (report, window, saving) = try check(site, listing: listing, shared: shared, strict: strict, links: links, trend: trend)
        let outcome = CheckOutcome(report, format: format, colour: colour)
        // A report that cannot be saved is only made again next time.
        if let saved { try? SavedReport(fingerprint: fingerprint, window: window, outcome: outcome).save(to: saved) }
        saving.wait()
        return outcome
    }

    /// The check of `site`, whose `content/` holds `listing` and whose other inputs have the
    /// fingerprint `shared`; with the time its report holds for, and the saving of the check's
    /// content cache, which goes on on another thread (wait for it before the process ends).
    private static func check(_ site: SiteFolder, listing: FileTree, shared: UInt64, strict: Bool, links: Bool, trend: Bool)
        throws(BuildFailure) -> (report: CoverageReport, window: PublicationWindow, saving: DispatchGroup) {
        let configuration = try SiteConfiguration.load(from: site)
        // Before the content is read, so that nothing throws while its cache is being saved.
        let linkProblems = links ? try LinkChecker.check(siteDirectory: site.path, configuration: configuration) : []
        let (content, loadProblems, saving) = loadContent(of: site, listing: listing, configuration: configuration, fingerprint: shared)
        let (strings, stringProblems) = UIStrings.load(from: site, configuration: configuration)
        var checker = Checker(configuration: configuration, strict: strict)
        let scope = TranslationScope(configuration: configuration)
        let translated = content.articles.map(scope.isTranslated)
        checker.reportLoadProblems(loadProblems, contentRoot: site.path(SiteContent.folderName))
        let rows = checker.checkArticles(Array(zip(content.articles, translated)))
        checker.reportUnreadableStrings(stringProblems, of: strings)
        checker.checkStrings(strings)
        let report = CoverageReport(
            defaultLanguage: configuration.defaultLanguage.identifier,
            languages: configuration.languages.map(\.identifier),
            requiredLanguages: configuration.requiredLanguages.map(\.identifier),
            articles: rows, coverage: coverage(of: rows, languages: configuration.languages),
            problems: checker.problems + linkProblems,
            trend: trend ? CoverageHistory(site: site, configuration: configuration, now: content.window.now).trend() : nil)
        return (report, content.window, saving)
    }

    /// Reads `content/` for a check: each file's ``TextFindings`` found as it is read, and its
    /// text let go. Files unchanged since the last check are taken from its cache (in the cache
    /// folder), which is then brought up to date on another thread (`saving`); a cache that
    /// cannot be written only makes the next check slower.
    ///
    /// - Parameter fingerprint: the inputs besides `content/` (``InputFingerprint/shared(site:)``) the cache must have been made with.
    private static func loadContent(of site: SiteFolder, listing: FileTree, configuration: SiteConfiguration,
                                    fingerprint: UInt64) -> (content: SiteContent, problems: [Diagnostic], saving: DispatchGroup) {
        let root = site.path(SiteContent.folderName)
        let folder = try? site.cacheFolder()
        let cache = folder.map { ContentCache.load(from: $0, named: ContentCache.checkFileName, configurationHash: fingerprint,
                                                   root: root, languages: configuration.languages) }
            ?? ContentCache(configurationHash: fingerprint)
        let (content, problems) = SiteContent.load(from: site, configuration: configuration, includeDrafts: false,
                                                   files: listing.files, cache: cache, now: SiteContent.publicationTime(),
                                                   keepsBodies: false, examinesText: true)
        let saving = DispatchGroup()
        if let folder {
            DispatchQueue.global().async(group: saving) {
                let updated = cache.replacingRecords(with: content.articles.lazy.flatMap(\.files.values), fileStatus: content.fileStatus,
                                                     file: { $0 }, facts: TextFacts.unrendered)
                if updated.changed { try? updated.cache.save(to: folder, named: ContentCache.checkFileName) }
            }
        }
        return (content, listing.warnings + problems, saving)
    }

    /// Each language's column of the matrix `rows` summed up (``CoverageTally``).
    static func coverage(of rows: [CoverageReport.ArticleRow],
                         languages: [LanguageTag]) -> [String: CoverageReport.LanguageCoverage] {
        var tally = CoverageTally()
        for row in rows { tally.set(row.key, to: row.languages) }
        return tally.coverage(of: languages)
    }

    /// Collects problems, applying the severity rules in one place.
    private struct Checker {
        let configuration: SiteConfiguration
        let strict: Bool
        let stubs: StubRule
        /// Where the translations of each language belong, for the hint of a missing one.
        let languageFolders: LanguageFolders
        var problems: [TranslationProblem] = []

        init(configuration: SiteConfiguration, strict: Bool) {
            self.configuration = configuration
            self.strict = strict
            stubs = StubRule(configuration: configuration)
            languageFolders = LanguageFolders(configuration: configuration)
        }

        var defaultLanguage: LanguageTag { configuration.defaultLanguage }

        mutating func report(_ kind: TranslationProblem.Kind, _ severity: Diagnostic.Severity, _ language: LanguageTag?,
                             at location: SourceLocation?, key: String, _ message: String) {
            let severity = strict && severity == .warning ? .error : severity
            problems.append(TranslationProblem(kind, severity, language: language?.identifier ?? "",
                                               at: location, key: key, message: message))
        }

        /// Missing in a required language is an error; in the others, a warning.
        func missingSeverity(_ language: LanguageTag) -> Diagnostic.Severity {
            configuration.requiredLanguages.contains(language) ? .error : .warning
        }

        /// Reports what reading `content/` (at `contentRoot`) found, each in its file's language
        /// (by its name or its language's folder) and with its own severity.
        mutating func reportLoadProblems(_ diagnostics: [Diagnostic], contentRoot: String) {
            for diagnostic in diagnostics {
                let path = diagnostic.location?.path ?? ""
                let relative = path.hasPrefix(contentRoot + "/") ? String(path.dropFirst(contentRoot.count + 1)) : path
                let name = ContentFileName(relativePath: relative, languageFolders: languageFolders)
                let language = name.flatMap { $0.languageSuffix.flatMap { try? LanguageTag($0) } ?? $0.folderLanguage }
                report(.frontMatter, diagnostic.severity, language ?? defaultLanguage, at: diagnostic.location,
                       key: name.map { $0.section.appendingPath($0.name) } ?? path,
                       diagnostic.message + (diagnostic.hint.map { "; \($0)" } ?? ""))
            }
        }

        /// Reports the problems of the locale files that could not be read at all (bad YAML, a
        /// limit passed): the strings of the files that were read are checked one by one.
        mutating func reportUnreadableStrings(_ diagnostics: [Diagnostic], of strings: UIStrings) {
            for language in configuration.languages where strings.entries[language] == nil {
                for diagnostic in diagnostics where diagnostic.location?.path == strings.files[language] {
                    report(.messageSyntax, .error, language, at: diagnostic.location, key: UIStrings.folderName,
                           diagnostic.message + (diagnostic.hint.map { "; \($0)" } ?? ""))
                }
            }
        }

        // MARK: - Articles

        /// - Parameter articles: each article, and whether it is expected in every language;
        ///   each file with its ``TextFindings``.
        ///
        /// Articles are judged across all cores; what is found is reported in their order.
        mutating func checkArticles(_ articles: [(Article, Bool)]) -> [CoverageReport.ArticleRow] {
            let (configuration, stubs) = (self.configuration, self.stubs)
            let judged = articles.concurrentMap { article, translated in
                configuration.languages.map { language in
                    let judgement = TranslationJudgement(of: article, in: language, isTranslated: translated,
                                                         defaultLanguage: configuration.defaultLanguage, stubs: stubs,
                                                         sourceHash: { $0.findings?.sourceHash ?? SourceHash.of($0) })
                    let script: ForeignScript? = switch judgement {
                    case .source(let file), .unverified(let file, _), .outdated(let file, _, _, _), .translated(let file):
                        file.findings?.foreignScript ?? nil
                    case .notExpected, .missing, .stub:
                        nil
                    }
                    return (judgement, script)
                }
            }
            return zip(articles, judged).map { entry, results in
                let article = entry.0
                let anyFile = article[defaultLanguage] ?? article.files.values.min { $0.path < $1.path }!
                var states: [String: CoverageReport.State] = [:]
                for (language, (judgement, script)) in zip(configuration.languages, results) {
                    states[language.identifier] = judgement.state
                    report(judgement, of: article.key, in: language, anyFile: anyFile)
                    if let script, let file = article[language] {
                        report(script, language, at: SourceLocation(path: file.path), key: article.key)
                    }
                }
                return .init(key: article.key, title: anyFile.frontMatter.title, languages: states)
            }
        }

        /// Reports what a judgement finds wrong: a missing translation or a stub (by the
        /// language's severity), an outdated one, or one with no sourceHash.
        ///
        /// - Parameter anyFile: the article's source, else its first file: where a missing one is translated from.
        private mutating func report(_ judgement: TranslationJudgement, of key: String, in language: LanguageTag,
                                     anyFile: ArticleFile) {
            switch judgement {
            case .missing:
                report(.missingTranslation, missingSeverity(language), language,
                       at: SourceLocation(path: anyFile.path), key: key,
                       "'\(key)' has no \(Language.named(defaultLanguage).name(of: language)) (\(language)) file; translate \(anyFile.path) into content/\(languageFolders.translationPath(of: anyFile, into: language))")
            case .stub(let file, let reason):
                let location = if case .marker(let marker) = reason { file.frontMatter.locations[marker] } else {
                    SourceLocation(path: file.path, line: file.bodyLine, column: 1)
                }
                report(.stubTranslation, missingSeverity(language), language,
                       at: location ?? SourceLocation(path: file.path), key: key,
                       reason.message(path: file.path, sourcePath: anyFile.language == defaultLanguage ? anyFile.path : nil))
            case .unverified(let file, .some(let source)):
                report(.unverified, .info, language, at: sourceHashLocation(of: file), key: key,
                       "no sourceHash, so it is unknown whether this translation matches \(source.path); once it does, run `broadside stamp \(file.path)`")
            case .outdated(let file, let source, let stamped, let current):
                report(.outdatedTranslation, .warning, language, at: sourceHashLocation(of: file), key: key,
                       "\(source.path) changed since this translation was made (sourceHash \(stamped), now \(current)); update the translation, then run `broadside stamp \(file.path)`")
            case .notExpected, .source, .unverified(_, .none), .translated:
                break
            }
        }

        private func sourceHashLocation(of file: ArticleFile) -> SourceLocation {
            file.frontMatter.locations["sourceHash"] ?? SourceLocation(path: file.path)
        }

        // MARK: - UI strings

        mutating func checkStrings(_ strings: UIStrings) {
            let defaults = strings.entries[defaultLanguage] ?? []
            let defaultAnalyses = analyses(of: defaults, language: defaultLanguage)
            let sameByNature = Dictionary(uniqueKeysWithValues: configuration.languages.map { ($0, strings.sameAsDefault(in: $0)) })
            for language in configuration.languages where language != defaultLanguage {
                let file = strings.files[language] ?? ""
                let entries = (strings.entries[language] ?? []).filter { $0.key != UIStrings.sameAsDefaultKey }
                let keys = Set(entries.map(\.key))
                for entry in defaults where !keys.contains(entry.key) && entry.key != UIStrings.sameAsDefaultKey {
                    report(.missingString, missingSeverity(language), language, at: SourceLocation(path: file), key: entry.key,
                           "'\(entry.key)' is missing in \(file); the default language's text is shown instead. Translate: \(CoverageChecker.excerpt(entry.pattern))")
                }
                let analyses = analyses(of: entries, language: language)
                let defaultPatterns = Dictionary(defaults.map { ($0.key, $0.pattern) }, uniquingKeysWith: { a, _ in a })
                for entry in entries {
                    guard let defaultPattern = defaultPatterns[entry.key] else {
                        report(.extraString, .warning, language, at: entry.location, key: entry.key,
                               "'\(entry.key)' is not in the default language's file; remove it or add it there")
                        continue
                    }
                    if let analysis = analyses[entry.key], let expected = defaultAnalyses[entry.key],
                       analysis.argumentNames != expected.argumentNames {
                        report(.placeholderMismatch, .error, language, at: entry.location, key: entry.key,
                               "placeholders {\(analysis.argumentNames.sorted().joined(separator: "}, {"))} differ from the default language's {\(expected.argumentNames.sorted().joined(separator: "}, {"))}; keep the names as they are and translate only the text")
                    }
                    let isSame = sameByNature[language]?.contains(entry.key) ?? false
                    if entry.pattern == defaultPattern, !isSame {
                        report(.untranslatedString, .warning, language, at: entry.location, key: entry.key,
                               "'\(entry.key)' is the same as in the default language; translate it, or list it under \(UIStrings.sameAsDefaultKey) if it is the same by nature")
                    } else if !isSame {
                        checkScript(title: "", text: ProseText.ofPlainText(MessageText.visibleText(of: entry.pattern)), language: language,
                                    at: entry.location, key: entry.key)
                    }
                }
            }
        }

        /// Analyses every entry, reporting syntax errors and plural categories on the way.
        private mutating func analyses(of entries: [UIStrings.Entry], language: LanguageTag) -> [String: MessageAnalysis] {
            var result: [String: MessageAnalysis] = [:]
            let locale = Language.named(language)
            for entry in entries where entry.key != UIStrings.sameAsDefaultKey {
                do {
                    let analysis = try MessageAnalysis.parse(entry.pattern)
                    result[entry.key] = analysis
                    for (type, arguments) in [(PluralType.cardinal, analysis.pluralArguments),
                                              (.ordinal, analysis.ordinalArguments)] {
                        for (argument, categories) in arguments.sorted(by: { $0.key < $1.key }) {
                            checkCategories(categories, explicitValues: analysis.explicitValues[argument] ?? [],
                                            of: argument, type, in: locale, entry: entry)
                        }
                    }
                } catch {
                    report(.messageSyntax, .error, language, at: entry.location, key: entry.key,
                           "not valid ICU MessageFormat at offset \(error.offset): \(error.message)")
                }
            }
            return result
        }

        /// Reports the CLDR categories a plural (or selectordinal) argument lacks, and those the
        /// language never uses.
        ///
        /// A category that holds a single number (Arabic's zero, one and two) is covered by an
        /// explicit case for that number (`=0`) as well as by its keyword.
        private mutating func checkCategories(_ categories: Set<PluralCategory>, explicitValues: Set<String>,
                                              of argument: String, _ type: PluralType, in locale: Language,
                                              entry: UIStrings.Entry) {
            let needed = locale.pluralCategories(type)
            let missing = Set(needed).subtracting(categories).filter { category in
                let members = (0...200).filter { locale.pluralCategory(of: Double($0), type) == category }
                return !(members.count == 1 && explicitValues.contains("=\(members[0])"))
            }.sorted()
            let unused = categories.subtracting(needed).sorted()
            let what = type == .cardinal ? "plural" : "selectordinal"
            func list(_ categories: [PluralCategory]) -> String { categories.map(\.rawValue).joined(separator: ", ") }
            if !missing.isEmpty {
                report(.pluralCategories, .error, locale.tag, at: entry.location, key: entry.key,
                       "\(what) '\(argument)' lacks \(list(missing)), which \(locale.englishName) needs (it uses \(list(needed))); add \(missing.map { "\($0.rawValue) {…}" }.joined(separator: " "))")
            }
            if !unused.isEmpty {
                report(.pluralCategories, .warning, locale.tag, at: entry.location, key: entry.key,
                       "\(what) '\(argument)' has \(list(unused)), which \(locale.englishName) never uses; remove it")
            }
        }

        // MARK: - Scripts

        /// Warns when a prose text (see ``ProseText``) is mostly in another script than its
        /// language's (``CoverageChecker/foreignScript(title:text:language:configuration:)``).
        private mutating func checkScript(title: String, text: String, language: LanguageTag,
                                          at location: SourceLocation, key: String) {
            guard let script = CoverageChecker.foreignScript(title: title, text: text, language: language,
                                                             configuration: configuration) else { return }
            report(script, language, at: location, key: key)
        }

        private mutating func report(_ script: ForeignScript, _ language: LanguageTag, at location: SourceLocation, key: String) {
            report(.wrongScript, .warning, language, at: location, key: key,
                   "the text is mostly in \(script.found) script, but \(Language.named(language).englishName) is written in \(script.expected) here; is it still untranslated? (site.yaml `scripts:` names a language's script where its tag does not)")
        }
    }

    /// The script a text was found in, and the one its language is written in.
    struct ForeignScript: Sendable, Equatable {
        var found: String
        var expected: String
    }

    /// The script that a prose text (see ``ProseText``) with at least a few letters is mostly
    /// in, when that is another than its language's (site.yaml `scripts:`, else the one its tag
    /// implies); `nil` when it is in its language's.
    static func foreignScript(title: String, text: String, language: LanguageTag,
                              configuration: SiteConfiguration) -> ForeignScript? {
        let expected = configuration.scripts[language] ?? Language.named(language).script
        let prose = title + "\n" + text
        // Stops at the third letter: the text may be long, and ICU counts the rest.
        guard prose.unicodeScalars.lazy.filter(\.properties.isAlphabetic).prefix(3).count == 3,
              let found = ScriptDetection.dominantScript(of: prose),
              !script(found, belongsTo: expected),
              !hanScriptsOutnumberLatin(found: found, expected: expected, in: prose) else { return nil }
        return ForeignScript(found: found, expected: expected)
    }

    /// Whether a Chinese, Japanese or Korean text that ICU found mostly Latin has more letters of
    /// its scripts together (Han, kana, Hangul, which ICU counts apart) than Latin words: a
    /// Japanese sentence with a few English names ("Dockerを使ってKubernetesにデプロイします")
    /// is Japanese, as a Han character is about as much text as a Latin word. Reads code points
    /// by range, no character properties.
    static func hanScriptsOutnumberLatin(found: String, expected: String, in text: String) -> Bool {
        guard found == "Latn", ["Hans", "Hant", "Jpan", "Kore"].contains(expected) else { return false }
        var latinWords = 0
        var family = 0
        var inLatinWord = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F:
                if !inLatinWord { latinWords += 1 }
                inLatinWord = true
                continue
            case 0x1100...0x11FF, 0x3040...0x30FF, 0x3130...0x318F, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x20000...0x3FFFF:
                family += 1
            default:
                break
            }
            inLatinWord = false
        }
        return family > latinWords
    }

    /// Whether a script found in a text belongs to a language's script: Han is written in Hant
    /// and Hans, kana and Han in Jpan, Hangul and Han in Kore.
    static func script(_ found: String, belongsTo expected: String) -> Bool {
        let families = ["Hans": ["Hani"], "Hant": ["Hani"], "Jpan": ["Hani", "Hira", "Kana"], "Kore": ["Hang", "Hani"]]
        return found == expected || (families[expected]?.contains(found) ?? false)
    }
}
