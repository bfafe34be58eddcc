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
        let at = SourceLocation(path: path, line: document.languagesLine, column: 1)
        guard (try? LanguageTag(document.sourceLanguage)) == configuration.defaultLanguage else {
            throw Diagnostic(at: at, "srcLang '\(document.sourceLanguage)' is not the site's default language, \(configuration.defaultLanguage)")
        }
        guard let target = try? LanguageTag(document.targetLanguage), configuration.languages.contains(target),
              target != configuration.defaultLanguage else {
            throw Diagnostic(at: at, "trgLang '\(document.targetLanguage)' is not a language this site translates into")
        }
        return target
    }
}
