import BroadsideLocale
import Foundation

/// `broadside translations export`: what a language needs translated, as units for a CAT tool
/// (``XLIFFDocument``, ``PODocument``).
public enum TranslationExport {
    /// Which articles go out, by their state in the coverage check.
    public enum Selection: String, Sendable, CaseIterable {
        case missing, outdated, stub, all
    }

    /// The file formats an export is written in.
    public enum Format: String, Sendable, CaseIterable {
        /// XLIFF 2.0 (``XLIFFDocument``).
        case xliff
        /// gettext PO (``PODocument``).
        case po
    }

    /// The export of `language`'s articles in `selection`, in `format`, and how many units it has.
    ///
    /// - Throws: the site's configuration errors, or a language that is not one to translate into.
    public static func export(siteDirectory: String, language: String, format: Format,
                              selection: Set<Selection>) throws(BuildFailure) -> (bytes: [UInt8], files: Int, units: Int) {
        let tag: LanguageTag
        do { tag = try LanguageTag(language) } catch {
            throw BuildFailure(configuration: [Diagnostic(at: nil, "'\(language)' is not a valid BCP 47 language tag")])
        }
        let (configuration, files) = try Self.files(siteDirectory: siteDirectory, language: tag, selection: selection)
        let bytes = switch format {
        case .xliff: XLIFFDocument.bytes(of: files, sourceLanguage: configuration.defaultLanguage, targetLanguage: tag)
        case .po: Array(PODocument.text(of: files, sourceLanguage: configuration.defaultLanguage, targetLanguage: tag).utf8)
        }
        return (bytes, files.count, files.reduce(0) { $0 + $1.units.count })
    }

    /// The files of an export of `language`'s articles in `selection`.
    ///
    /// - Throws: the site's configuration errors; `language` not being one of the site's, or
    ///   being its default language.
    static func files(siteDirectory: String, language: LanguageTag,
                      selection: Set<Selection>) throws(BuildFailure) -> (configuration: SiteConfiguration, files: [TranslationFile]) {
        let site = try SiteFolder.opening(siteDirectory)
        let configuration = try SiteConfiguration.load(from: site)
        guard configuration.languages.contains(language), language != configuration.defaultLanguage else {
            throw BuildFailure(configuration: [Diagnostic(
                at: SourceLocation(path: site.path(SiteConfiguration.fileName)),
                "'\(language)' is not a language to translate into on this site",
                hint: "choose one of \(configuration.languages.filter { $0 != configuration.defaultLanguage }.map(\.identifier).joined(separator: ", "))")])
        }
        let report = try CoverageChecker.check(siteDirectory: siteDirectory)
        let states = Dictionary(report.articles.map { ($0.key, $0.languages[language.identifier]) }, uniquingKeysWith: { first, _ in first })
        let (content, _) = SiteContent.load(from: site, configuration: configuration, includeDrafts: false)
        let segmenter = MarkdownSegmenter(markdown: Markdown(unsafeHTML: configuration.unsafeHTML))
        let prefix = site.path.hasSuffix("/") ? site.path : site.path + "/"
        var files: [TranslationFile] = []
        for article in content.articles {
            guard let source = article[configuration.defaultLanguage], let state = states[article.key] ?? nil,
                  wanted(state, selection) else { continue }
            let original = source.path.hasPrefix(prefix) ? String(source.path.dropFirst(prefix.count)) : source.path
            files.append(TranslationFile(original: original, key: article.key, sourceHash: SourceHash.of(source),
                                         skeleton: source.body,
                                         units: units(of: source, existing: article[language], segmenter: segmenter)))
        }
        let (strings, _) = UIStrings.load(from: site, configuration: configuration)
        if let file = stringsFile(strings, language: language, configuration: configuration, selection: selection, prefix: prefix) {
            files.append(file)
        }
        return (configuration, files)
    }

    /// The UI strings `language` lacks, or has the same as the default language's (not by
    /// nature), or all of them with `all`: one unit per key, a plural or select message whole,
    /// with a note naming the plural categories the language needs.
    static func stringsFile(_ strings: UIStrings, language: LanguageTag, configuration: SiteConfiguration,
                            selection: Set<Selection>, prefix: String) -> TranslationFile? {
        let defaults = (strings.entries[configuration.defaultLanguage] ?? []).filter { $0.key != UIStrings.sameAsDefaultKey }
        guard let path = strings.files[configuration.defaultLanguage], !defaults.isEmpty else { return nil }
        let own = Dictionary((strings.entries[language] ?? []).map { ($0.key, $0.pattern) }, uniquingKeysWith: { first, _ in first })
        let sameByNature = strings.sameAsDefault(in: language)
        let categories = Language.named(language).pluralCategories().map(\.rawValue).joined(separator: ", ")
        let units = defaults.compactMap { entry -> TranslationUnit? in
            let target = own[entry.key]
            let untranslated = target == entry.pattern && !sameByNature.contains(entry.key)
            guard selection.contains(.all) || target == nil || untranslated else { return nil }
            var note = "the UI string '\(entry.key)', ICU MessageFormat: keep {names} and the plural and select keywords"
            if entry.pattern.contains(", plural,") || entry.pattern.contains(", selectordinal,") {
                note += "; \(Language.named(configuration.defaultLanguage).name(of: language)) needs the plural forms \(categories)"
            }
            return TranslationUnit(id: stringID(entry.key), source: TranslatableText(plain: entry.pattern),
                                   target: untranslated ? nil : target.map { TranslatableText(plain: $0) }, note: note,
                                   place: .string(entry.key))
        }
        guard !units.isEmpty else { return nil }
        let original = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        let hash = SourceHash.of(title: "", body: defaults.map { $0.key + "\u{1F}" + $0.pattern }.joined(separator: "\n"))
        return TranslationFile(original: original, key: UIStrings.folderName, sourceHash: hash, units: units)
    }

    /// A UI string's unit id: `key-` and the key where that is an XML name token, else a hash of it.
    static func stringID(_ key: String) -> String {
        let isToken = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0)) }
        return "key-" + (isToken ? key : String(StableHash.of(key.utf8), radix: 16))
    }

    /// Whether an article in `state` is in `selection`.
    private static func wanted(_ state: CoverageReport.State, _ selection: Set<Selection>) -> Bool {
        switch state {
        case .missing: selection.contains(.missing) || selection.contains(.all)
        case .outdated: selection.contains(.outdated) || selection.contains(.all)
        case .stub: selection.contains(.stub) || selection.contains(.all)
        case .translated, .unverified: selection.contains(.all)
        case .source, .notExpected: false
        }
    }

    /// The units of `source`: its title, summary, tags and slug, then its body's blocks and
    /// their images' alt texts, each with the existing translation's text as target where the
    /// two line up.
    static func units(of source: ArticleFile, existing: ArticleFile?, segmenter: MarkdownSegmenter) -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        var seen: [String: Int] = [:]
        func add(_ prefix: String, _ text: TranslatableText, target: TranslatableText?, note: String, place: TranslationUnit.Place) {
            let base = prefix + "-" + String(StableHash.of(text.numbered.utf8) >> 32, radix: 16)
            seen[base, default: 0] += 1
            let id = seen[base]! == 1 ? base : base + "-" + String(seen[base]!)
            units.append(TranslationUnit(id: id, source: text, target: target, note: note, place: place))
        }
        let matter = source.frontMatter, own = existing?.frontMatter
        units.append(TranslationUnit(id: "title", source: TranslatableText(plain: matter.title),
                                     target: own.map { TranslatableText(plain: $0.title) }, note: "the page's title", place: .title))
        if let summary = matter.summary {
            units.append(TranslationUnit(id: "summary", source: TranslatableText(plain: summary),
                                         target: own?.summary.map { TranslatableText(plain: $0) }, note: "the summary lists and feeds show",
                                         place: .summary))
        }
        for (index, tag) in matter.tags.enumerated() {
            let target = own.flatMap { $0.tags.count == matter.tags.count ? TranslatableText(plain: $0.tags[index]) : nil }
            add("tag", TranslatableText(plain: tag), target: target, note: "a tag: pages with the same tag are listed together",
                place: .tag(index))
        }
        units.append(TranslationUnit(id: "slug", source: TranslatableText(plain: source.slug),
                                     target: own.flatMap { $0.slug.map { TranslatableText(plain: $0) } },
                                     note: "the page's address: letters, digits and hyphens, no spaces", place: .slug))
        let blocks = segmenter.blocks(of: source.body)
        let existingBlocks = existing.map { segmenter.blocks(of: $0.body) }
        let aligned = existingBlocks?.count == blocks.count ? existingBlocks : nil
        for (index, block) in blocks.enumerated() {
            if block.text.hasText {
                add(String(block.kind.prefix(1)), block.text, target: aligned?[index].text, note: "a \(block.kind) of the text",
                    place: .block(index))
            }
            for (altIndex, alt) in block.altTexts.enumerated() where !alt.isEmpty {
                let target = aligned.flatMap { $0[index].altTexts.indices.contains(altIndex) ? TranslatableText(plain: $0[index].altTexts[altIndex]) : nil }
                add("alt", TranslatableText(plain: alt), target: target, note: "an image's description for readers who cannot see it",
                    place: .altText(block: index, image: altIndex))
            }
        }
        return units
    }
}
