import BroadsideLocale
import Foundation

/// `broadside translations import`: translated XLIFF files back into the site. Each article's
/// translation is put together from the body as exported (the file's skeleton) and written as
/// `content/…<lang>…` with `sourceHash` the hash it was exported from, so a source edited since
/// shows as outdated; UI strings go into `locales/<lang>.yaml`, only their keys changed. Any
/// error in any file, and nothing is written.
public enum TranslationImport {
    /// What an import did.
    public struct Summary: Sendable {
        /// Files written, relative to the site.
        public var written: [String] = []
        /// Files that already were what the import would write.
        public var unchanged: [String] = []
        /// Units that came back without a translation.
        public var skipped = 0
    }

    public static func run(siteDirectory: String, files: [String]) throws(BuildFailure) -> Summary {
        let site = try SiteFolder.opening(siteDirectory)
        let configuration = try SiteConfiguration.load(from: site)
        let (content, _) = SiteContent.load(from: site, configuration: configuration, includeDrafts: true)
        let (strings, _) = UIStrings.load(from: site, configuration: configuration)
        let prefix = site.path.hasSuffix("/") ? site.path : site.path + "/"
        func relative(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
        var sources: [String: Article] = [:]
        for article in content.articles {
            if let source = article[configuration.defaultLanguage] { sources[relative(source.path)] = article }
        }
        let segmenter = MarkdownSegmenter(markdown: Markdown(unsafeHTML: configuration.unsafeHTML))
        var errors: [Diagnostic] = []
        var outputs: [(path: String, bytes: [UInt8])] = []
        var summary = Summary()
        for path in files {
            do throws(Diagnostic) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw Diagnostic(at: SourceLocation(path: path), "cannot read the file")
                }
                let document = path.hasSuffix(".po") ? try POReader.read([UInt8](data), path: path)
                                                      : try XLIFFReader.read([UInt8](data), path: path)
                let language = try languages(of: document, path: path, configuration: configuration)
                for file in document.files {
                    let at = SourceLocation(path: path, line: file.line)
                    if file.original == strings.files[configuration.defaultLanguage].map(relative) {
                        if let output = try stringsFile(file, language: language, strings: strings, defaultLanguage: configuration.defaultLanguage,
                                                        site: site, path: path, summary: &summary) {
                            outputs.append(output)
                        }
                        continue
                    }
                    guard let article = sources[file.original], let source = article[configuration.defaultLanguage] else {
                        throw Diagnostic(at: at, "'\(file.original)' is no source file of this site",
                                         hint: "import the file into the site it was exported from")
                    }
                    guard let hash = file.sourceHash else {
                        throw Diagnostic(at: at, "the translations of '\(file.original)' have no source hash",
                                         hint: "export it again with `broadside translations export`")
                    }
                    // XLIFF brings the body as exported; PO has no skeleton, so its ids are matched
                    // against the source as it is now.
                    var exported = source
                    if let skeleton = file.skeleton { exported.body = skeleton }
                    let text = try translation(of: exported, file: file, existing: article[language], hash: hash,
                                               segmenter: segmenter, path: path, summary: &summary)
                    let target = article[language].map { relative($0.path) }
                        ?? SiteContent.folderName.appendingPath(LanguageFolders(configuration: configuration).translationPath(of: source, into: language))
                    outputs.append((target, Array(text.utf8)))
                }
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors) }
        for (path, bytes) in outputs {
            let full = site.path(path)
            if FileManager.default.contents(atPath: full).map({ [UInt8]($0) == bytes }) == true {
                summary.unchanged.append(path)
                continue
            }
            do {
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: full), options: .atomic)
            } catch {
                throw BuildFailure([Diagnostic(at: SourceLocation(path: full), "cannot write the file: \(error.localizedDescription)")])
            }
            summary.written.append(path)
        }
        return summary
    }

    /// The document's target language, once its languages are the site's.
    private static func languages(of document: ImportedTranslations, path: String, configuration: SiteConfiguration) throws(Diagnostic) -> LanguageTag {
        let at = SourceLocation(path: path, line: 2, column: 1)
        guard (try? LanguageTag(document.sourceLanguage)) == configuration.defaultLanguage else {
            throw Diagnostic(at: at, "srcLang '\(document.sourceLanguage)' is not the site's default language, \(configuration.defaultLanguage)")
        }
        guard let target = try? LanguageTag(document.targetLanguage), configuration.languages.contains(target),
              target != configuration.defaultLanguage else {
            throw Diagnostic(at: at, "trgLang '\(document.targetLanguage)' is not a language this site translates into")
        }
        return target
    }

    /// The source's units as they were exported, by id.
    private static func exportedUnits(of source: ArticleFile, segmenter: MarkdownSegmenter) -> [String: TranslationUnit] {
        Dictionary(TranslationExport.units(of: source, existing: nil, segmenter: segmenter).map { ($0.id, $0) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// `target`, once it has each of `source`'s codes once, pairs closed in order.
    private static func checked(_ target: TranslatableText, against source: TranslatableText, unit: ImportedTranslations.Unit,
                                path: String) throws(Diagnostic) -> TranslatableText {
        var codes = target
        codes.codes = source.codes
        var seen: [Int] = [], open: [Int] = []
        for piece in target.pieces {
            switch piece {
            case .text: continue
            case .placeholder(let id): seen.append(id)
            case .start(let id): seen.append(id); open.append(id)
            case .end(let id):
                guard open.popLast() == id else {
                    throw Diagnostic(at: SourceLocation(path: path, line: unit.line), "unit '\(unit.id)': its codes are not nested as written")
                }
            }
        }
        let expected = source.codes.map(\.id)
        guard seen.sorted() == expected else {
            let missing = Set(expected).subtracting(seen).sorted(), extra = seen.filter { !expected.contains($0) }
            let dropped = missing.isEmpty ? "" : "drops code\(missing.count == 1 ? "" : "s") \(missing.map(String.init).joined(separator: ", "))"
            let added = extra.isEmpty ? "" : "adds code\(extra.count == 1 ? "" : "s") \(extra.map(String.init).joined(separator: ", "))"
            throw Diagnostic(at: SourceLocation(path: path, line: unit.line),
                             "the translation of unit '\(unit.id)' " + [dropped, added].filter { !$0.isEmpty }.joined(separator: " and ")
                                + (missing.isEmpty && extra.isEmpty ? "has a code twice" : ""),
                             hint: "keep each of the source's codes once: they are its links, code and formatting")
        }
        return codes
    }

    /// The text of the translation file of `source` (its body as exported), from `file`'s units.
    private static func translation(of source: ArticleFile, file: ImportedTranslations.File, existing: ArticleFile?, hash: String,
                                    segmenter: MarkdownSegmenter, path: String, summary: inout Summary) throws(Diagnostic) -> String {
        let units = exportedUnits(of: source, segmenter: segmenter)
        var title: String?, summaryText: String?, slug: String?
        var tags = source.frontMatter.tags
        var blocks: [Int: TranslatableText] = [:], alts: [Int: [Int: String]] = [:]
        for unit in file.units {
            guard let exported = units[unit.id] else {
                throw Diagnostic(at: SourceLocation(path: path, line: unit.line), "unit '\(unit.id)' is not in the export of '\(file.original)'",
                                 hint: "translate the file as it was exported; export again for new text")
            }
            guard let target = unit.target ?? unit.numbered.map({ TranslatableText(numbered: $0, codeCount: exported.source.codes.count) }),
                  target.hasText || !target.pieces.isEmpty else {
                summary.skipped += 1
                continue
            }
            let text = try checked(target, against: exported.source, unit: unit, path: path)
            let plain = text.pieces.compactMap { if case .text(let run) = $0 { run } else { nil } }.joined()
            switch exported.place {
            case .title: title = plain
            case .summary: summaryText = plain
            case .slug:
                // An address: spaces become hyphens, as Hugo makes one of a title.
                let segment = PathSegment.hugo(from: plain)
                try OutputPath.validateSegment(segment, at: SourceLocation(path: path, line: unit.line), what: "the translated slug")
                slug = segment
            case .tag(let index): if tags.indices.contains(index) { tags[index] = plain }
            case .block(let index): blocks[index] = text
            case .altText(let block, let image): alts[block, default: [:]][image] = plain
            case .string: continue
            }
        }
        let body = segmenter.translating(source.body) { index, block in
            guard blocks[index] != nil || alts[index] != nil else { return nil }
            return (blocks[index], block.altTexts.indices.map { alts[index]?[$0] })
        }
        let matter = source.frontMatter
        var fields: [(String, String)] = [("title", YAMLText.quoted(title ?? existing?.frontMatter.title ?? matter.title))]
        if let date = matter.date { fields.append(("date", InternetDate.rfc3339(date))) }
        if let weight = matter.weight { fields.append(("weight", String(weight))) }
        if let summaryText { fields.append(("summary", YAMLText.quoted(summaryText))) }
        if !tags.isEmpty { fields.append(("tags", "[" + tags.map(YAMLText.quoted).joined(separator: ", ") + "]")) }
        if let slug = slug ?? existing?.frontMatter.slug { fields.append(("slug", YAMLText.quoted(slug))) }
        if let key = matter.translationKey { fields.append(("translationKey", YAMLText.quoted(key))) }
        fields.append(("sourceHash", hash))
        return "---\n" + keptFrontMatter(of: existing, replacing: Set(fields.map(\.0)))
            + fields.map { "\($0.0): \($0.1)\n" }.joined() + "---\n" + body
    }

    /// The lines of `existing`'s YAML front matter other than the top-level keys `replaced`
    /// (each with the lines that continue it), as written.
    private static func keptFrontMatter(of existing: ArticleFile?, replacing replaced: Set<String>) -> String {
        guard let existing, let data = FileManager.default.contents(atPath: existing.path),
              let parts = try? FrontMatter.split(String(decoding: data, as: UTF8.self), path: existing.path),
              parts.format == .yaml else { return "" }
        var kept: [Substring] = []
        var skipping = false
        for line in parts.yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let continues = line.first.map { $0 == " " || $0 == "\t" || $0 == "-" } ?? false
            if continues && skipping { continue }
            let key = line.prefix { $0 != ":" }.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            skipping = !continues && line.contains(":") && replaced.contains(key)
            if !skipping && !(line.isEmpty && kept.last?.isEmpty != false) { kept.append(line) }
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return kept.map { $0 + "\n" }.joined()
    }

    /// `locales/<lang>.yaml` with the file's strings: a key that is there on one line gets its new
    /// value on that line; a new key goes at the end. Comments and order stay.
    private static func stringsFile(_ file: ImportedTranslations.File, language: LanguageTag, strings: UIStrings, defaultLanguage: LanguageTag,
                                    site: SiteFolder, path: String, summary: inout Summary) throws(Diagnostic) -> (path: String, bytes: [UInt8])? {
        let target = UIStrings.folderName.appendingPath(language.identifier + ".yaml")
        // A language whose strings are go-i18n's would lose them all to a new locales file.
        if let own = strings.files[language], own != site.path(target), FileManager.default.fileExists(atPath: own) {
            throw Diagnostic(at: SourceLocation(path: path, line: file.line),
                             "\(language)'s UI strings are in \(own), which import does not write",
                             hint: "copy the translated strings into it by hand, or move them to \(target) first")
        }
        let keys = Dictionary((strings.entries[defaultLanguage] ?? []).map { (TranslationExport.stringID($0.key), $0.key) },
                              uniquingKeysWith: { first, _ in first })
        var text = (try? site.contents(of: target)).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        var changed = false
        for unit in file.units {
            guard let key = keys[unit.id] else {
                throw Diagnostic(at: SourceLocation(path: path, line: unit.line), "unit '\(unit.id)' is no UI string of this site")
            }
            guard let target = unit.target ?? unit.numbered.map({ TranslatableText(plain: $0) }), target.hasText else {
                summary.skipped += 1
                continue
            }
            let value = target.pieces.compactMap { if case .text(let run) = $0 { run } else { nil } }.joined()
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let line = "\(key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" } ? key : YAMLText.quoted(key)): \(YAMLText.quoted(value))"
            if let index = lines.firstIndex(where: { $0.hasPrefix(key + ":") || $0.hasPrefix(YAMLText.quoted(key) + ":") }) {
                lines[index] = line
            } else {
                if lines.last == "" { lines.removeLast() }
                lines.append(line)
                lines.append("")
            }
            text = lines.joined(separator: "\n")
            changed = true
        }
        return changed ? (target, Array(text.utf8)) : nil
    }
}
