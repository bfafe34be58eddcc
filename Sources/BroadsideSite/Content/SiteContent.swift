import BroadsideLocale
import Foundation

/// Every article of a site's `content/` folder, grouped by translation key.
public struct SiteContent: Sendable {
    /// Articles sorted by key.
    public var articles: [Article]

    public static let folderName = "content"

    /// Each file's size and modification time (nanoseconds), by path relative to `content/`.
    var fileStatus: [String: FileStatus] = [:]
    /// The "now" the content was read at, and the next time the clock alone changes its pages.
    var window: PublicationWindow

    /// Reads `content/` in parallel. Files with problems are left out and each problem is returned.
    ///
    /// - Parameters:
    ///   - includeDrafts: keep files whose front matter says `draft: true`.
    public static func load(from site: SiteFolder, configuration: SiteConfiguration,
                            includeDrafts: Bool) -> (content: SiteContent, problems: [Diagnostic]) {
        let listing = site.files(in: folderName)
        let (content, problems) = load(from: site, configuration: configuration, includeDrafts: includeDrafts,
                                       files: listing.files, cache: ContentCache(), now: publicationTime())
        return (content, listing.warnings + problems)
    }

    /// - Parameters:
    ///   - files: the files of `content/` with their status, as the build listed them.
    ///   - cache: what an earlier build or check read; a file whose status is unchanged is taken
    ///     from it unread (with an empty `body`), and so is one whose bytes are unchanged.
    ///   - now: what `publishDate` and `expiryDate` are compared with (``publicationTime()``).
    ///   - keepsBodies: keep each file's Markdown; a build lets it go as soon as the file is
    ///     read, and reads it again to render its page.
    ///   - examinesText: find each file's ``TextFindings`` while its text is at hand (a check).
    static func load(from site: SiteFolder, configuration: SiteConfiguration, includeDrafts: Bool,
                     files: [FileTree.File], cache: ContentCache, now: Date,
                     keepsBodies: Bool = true, examinesText: Bool = false) -> (content: SiteContent, problems: [Diagnostic]) {
        let root = site.path(folderName)
        let languageFolders = LanguageFolders(configuration: configuration)
        /// A content file as the cache has it, or its name to read it by.
        enum Source { case cached(ArticleFile), unread(ContentFileName) }
        /// Whether a cached file has what this load needs of it.
        @Sendable func isComplete(_ record: ContentCache.Record) -> Bool { !examinesText || record.file.findings != nil }
        var candidates: [(String, FileStatus, Source)] = []
        var unread: [String] = []
        for file in files {
            // The cache holds content files alone, read with the same configuration.
            if let record = cache.record(for: file.path, status: file.status), isComplete(record) {
                candidates.append((file.path, file.status, .cached(record.file)))
            } else if let name = ContentFileName(relativePath: file.path, languageFolders: languageFolders) {
                candidates.append((file.path, file.status, .unread(name)))
            } else if ContentFileName.Format(path: file.path) != nil, languageFolders.locate(file.path) == nil {
                unread.append(file.path)
            }
        }
        let timeZone = configuration.zone
        let results = candidates.concurrentMap { relativePath, _, source -> Result<ArticleFile, BuildFailure> in
            switch source {
            case .cached(let file):
                return .success(file)
            case .unread(let name):
                return Result { () throws(BuildFailure) in
                    let path = root.appendingPath(relativePath)
                    let data = try read(path, relativePath: relativePath, site: site)
                    // A file touched, or checked out again, but not changed (a clone with its cache restored).
                    if let record = cache.records[relativePath], isComplete(record),
                       record.file.contentHash == StableHash.ofContents(data) {
                        return record.file
                    }
                    var file = try parseFile(data, at: path, relativePath: relativePath, name: name,
                                             configuration: configuration, timeZone: timeZone)
                    if examinesText { file.findings = TextFindings(of: file, configuration: configuration) }
                    if !keepsBodies { file.body = "" }
                    return file
                }
            }
        }

        var fileStatus: [String: FileStatus] = [:]
        for (relativePath, status, _) in candidates { fileStatus[relativePath] = status }
        var (content, problems) = assemble(results, configuration: configuration, includeDrafts: includeDrafts, now: now)
        content.fileStatus = fileStatus
        if let first = unread.first {
            problems.append(Diagnostic(
                .warning, at: SourceLocation(path: root.appendingPath(first)),
                "\(unread.count) content file\(unread.count == 1 ? " is" : "s are") in no language's contentDir, so no page is made of \(unread.count == 1 ? "it" : "them")",
                hint: "move them into a language's folder, or give the default language no contentDir to read them as its own"))
        }
        return (content, problems)
    }

    /// The articles that the files read make, grouped by key: drafts left out unless
    /// `includeDrafts`, files not published at `now` left out, each file that could not be read
    /// and each second file of a key and language reported.
    ///
    /// - Parameter files: what reading each file gave.
    static func assemble(_ files: [Result<ArticleFile, BuildFailure>],
                         configuration: SiteConfiguration, includeDrafts: Bool,
                         now: Date) -> (content: SiteContent, problems: [Diagnostic]) {
        var window = PublicationWindow(now: now)
        var problems: [Diagnostic] = []
        var articles: [String: Article] = [:]
        for result in files {
            switch result {
            case .failure(let failure):
                problems += failure.diagnostics
            case .success(let file) where file.frontMatter.draft && !includeDrafts:
                continue
            case .success(let file) where !file.frontMatter.isPublished(at: now):
                window.narrow(to: file.frontMatter)
                continue
            case .success(let file):
                window.narrow(to: file.frontMatter)
                let key = file.key
                if let existing = articles[key]?[file.language] {
                    problems.append(Diagnostic(
                        at: SourceLocation(path: file.path),
                        "'\(key)' already has a \(file.language) file: \(existing.path)",
                        hint: "give one of them another name or translationKey"))
                    continue
                }
                if let warning = untitledWarning(file) { problems.append(warning) }
                articles[key, default: Article(key: key, files: [:])].files[file.language] = file
            }
        }
        applyBuildOptions(to: &articles, configuration: configuration)
        let sorted = articles.values.sorted { $0.key < $1.key }
        return (SiteContent(articles: sorted, window: window), problems)
    }

    /// Settles each file's build options (``PageBuildOptions``): its own, then the `cascade` of
    /// each section's `_index` file from its own section up (in its language, else the default
    /// language's), then `site.yaml`'s. Files that are not rendered are left out of the site:
    /// no page, and no page to translate.
    private static func applyBuildOptions(to articles: inout [String: Article], configuration: SiteConfiguration) {
        var cascades: [String: [LanguageTag: [Cascade]]] = [:]
        var hasOwnOptions = false
        for article in articles.values {
            for (language, file) in article.files {
                hasOwnOptions = hasOwnOptions || file.frontMatter.build != PageBuildOptions()
                if file.isSectionIndex && !file.frontMatter.cascade.isEmpty {
                    cascades[file.section, default: [:]][language] = file.frontMatter.cascade
                }
            }
        }
        guard hasOwnOptions || !cascades.isEmpty || !configuration.cascade.isEmpty else { return }
        func options(of file: ArticleFile) -> PageBuildOptions {
            var options = file.frontMatter.build
            var section: Substring? = Substring(file.section)
            while !options.isComplete, let current = section {
                let entries = cascades[String(current)].flatMap { $0[file.language] ?? $0[configuration.defaultLanguage] } ?? []
                for cascade in entries where cascade.applies(to: file) { options = options.filling(from: cascade.build) }
                section = current.isEmpty ? nil : current.lastIndex(of: "/").map { current[..<$0] } ?? ""
            }
            for cascade in configuration.cascade where cascade.applies(to: file) { options = options.filling(from: cascade.build) }
            return options
        }
        for (key, article) in articles {
            var files: [LanguageTag: ArticleFile] = [:]
            for (language, var file) in article.files {
                let settled = options(of: file)
                (file.isRendered, file.isListed) = (settled.render ?? true, settled.list ?? true)
                if file.isRendered { files[language] = file }
            }
            articles[key] = files.isEmpty ? nil : Article(key: key, files: files)
        }
    }

    /// "Now" for `publishDate` and `expiryDate`: `SOURCE_DATE_EPOCH` when it is set (so a build
    /// can be repeated exactly), else the clock.
    static func publicationTime() -> Date {
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int64(epoch),
           Timestamp.supported.contains(Date(timeIntervalSince1970: Double(seconds))) {
            return Date(timeIntervalSince1970: Double(seconds))
        }
        return Date()
    }

    /// The warning for a page whose title is not its front matter's.
    private static func untitledWarning(_ file: ArticleFile) -> Diagnostic? {
        let from = switch file.frontMatter.titleSource {
        case .frontMatter, .section: ""
        case .heading: "its first heading"
        case .fileName: "its file name"
        }
        guard !from.isEmpty else { return nil }
        return Diagnostic(.warning, at: SourceLocation(path: file.path, line: 1, column: 1),
                          "the page has no title: it is titled '\(file.frontMatter.title)' after \(from)",
                          hint: "add `title: …` to its front matter")
    }

    /// The bytes of the content file at `path`.
    private static func read(_ path: String, relativePath: String, site: SiteFolder) throws(BuildFailure) -> Data {
        do throws(Diagnostic) {
            guard let contents = try site.contents(of: folderName.appendingPath(relativePath)) else {
                throw Diagnostic(at: SourceLocation(path: path), "cannot read the file", hint: "was it removed during the build?")
            }
            return contents
        } catch {
            throw BuildFailure([error])
        }
    }

    /// The article file that `data`, the contents of the file at `path`, makes.
    ///
    /// - Parameters:
    ///   - relativePath: its path in `content/`; `name`, what that path says of it.
    ///   - timeZone: the site's, for dates without one.
    static func parseFile(_ data: Data, at path: String, relativePath: String, name: ContentFileName,
                          configuration: SiteConfiguration, timeZone: TimeZone) throws(BuildFailure) -> ArticleFile {
        let location = SourceLocation(path: path)
        let language: LanguageTag
        if let suffix = name.languageSuffix {
            guard let tag = try? LanguageTag(suffix), configuration.languages.contains(tag) else {
                throw BuildFailure([Diagnostic(
                    at: location, "'\(suffix)' is not one of the site's languages",
                    hint: "the site's languages are \(configuration.languages.map(\.identifier).joined(separator: ", ")); rename the file or add the language to site.yaml")])
            }
            language = tag
        } else {
            language = name.folderLanguage ?? configuration.defaultLanguage
        }
        guard let text = String(validatingUTF8Bytes: data) else {
            throw BuildFailure([Diagnostic(at: location, "the file is not UTF-8 text",
                                           hint: "save it as UTF-8 in your editor")])
        }
        let parts: FrontMatter.Parts
        do { parts = try FrontMatter.split(text, path: path) } catch { throw BuildFailure([error]) }
        if let (scalar, line, column) = ForbiddenCharacter.first(in: parts.body) {
            throw BuildFailure([Diagnostic(
                at: SourceLocation(path: path, line: parts.bodyLine + line, column: column),
                "control character \(ForbiddenCharacter.name(scalar.value)) in the text",
                hint: "remove it: it is invisible in an editor, and breaks pages and feeds")])
        }
        var frontMatter = try FrontMatter.parse(parts, path: path, timeZone: timeZone)
        if frontMatter.titleSource != .frontMatter, name.name == ArticleFile.sectionIndexName {
            // Hugo's title of a section: its folder's name, capitalised; the home page's is the site's.
            let title = name.section.isEmpty ? configuration.title : ArticleFile.title(ofSection: name.section)
            (frontMatter.title, frontMatter.titleSource) = (title, .section)
        } else if frontMatter.titleSource != .frontMatter {
            if let heading = PageTitle.firstHeading(in: parts.body, format: name.format) {
                (frontMatter.title, frontMatter.titleSource) = (heading, .heading)
            } else {
                (frontMatter.title, frontMatter.titleSource) = (name.name, .fileName)
            }
        }
        if frontMatter.slug == nil && frontMatter.url == nil && name.name != ArticleFile.sectionIndexName {
            do { try OutputPath.validateSegment(name.name, at: location, what: "file name") } catch {
                throw BuildFailure([error])
            }
        }
        return ArticleFile(path: path, relativePath: relativePath, section: name.section, name: name.name,
                           language: language, frontMatter: frontMatter, body: parts.body, bodyLine: parts.bodyLine,
                           contentHash: StableHash.ofContents(data), bodyHash: ArticleFile.bodyHash(of: parts.body),
                           bundleFolder: name.bundleFolder)
    }
}

extension String {
    /// The text of `bytes` if they are valid UTF-8, without a byte order mark at the start (which
    /// editors on Windows write), as Foundation's `String(bytes:encoding:)` reads it, only faster.
    init?(validatingUTF8Bytes bytes: Data) {
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        guard let text = String(validating: hasByteOrderMark ? bytes.dropFirst(3) : bytes, as: UTF8.self) else { return nil }
        self = text
    }
}
