import BroadsideLocale

/// Renders each article file's Markdown (summary, reading time, HTML) across all cores, taking
/// what the cache has for unchanged files. Shortcode errors and dropped raw HTML are reported
/// per file; a shortcode the site does not define, once per name with its count and first use.
struct RenderMarkdown: BuildStep {
    /// Each article's files rendered, and the content cache brought up to date.
    struct Rendered {
        /// Each article's files by language, in content order.
        var articles: [[LanguageTag: RenderedFile]]
        var cache: ContentCache
        /// Whether the cache gained or lost records, so it must be saved.
        var cacheChanged: Bool
    }

    static let name = "render Markdown"
    let content: SiteContent
    let cache: ContentCache
    let markdown: Markdown
    /// The languages built: other languages' files are not rendered (the default language's
    /// always are, for fallbacks), unless the cache has them.
    let languages: LanguageSelection
    let defaultLanguage: LanguageTag

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Rendered {
        let articles = content.articles.concurrentMap { article in
            article.files.mapValues { file in
                if let record = cache.records[file.relativePath], record.file.contentHash == file.contentHash {
                    return RenderedFile(cached: record)
                }
                guard languages.includes(file.language) || file.language == defaultLanguage else { return RenderedFile(unrendered: file) }
                return RenderedFile(file, markdown: markdown)
            }
        }
        var records: [String: ContentCache.Record] = [:]
        records.reserveCapacity(cache.records.count)
        var fresh: [RenderedFile] = []
        for article in articles {
            for rendered in article.values {
                // A cascade is read again every build, so the pages below it always see it.
                guard rendered.file.frontMatter.cascade.isEmpty else { continue }
                let path = rendered.file.relativePath
                if rendered.html == nil, let record = cache.records[path], record.status == content.fileStatus[path] {
                    records[path] = record  // taken from the cache, and its record is still right
                } else if !rendered.isRendered {
                    continue  // not rendered: no record, so the next build that needs it renders it
                } else {
                    fresh.append(rendered)
                }
            }
        }
        var unknown: [String: (count: Int, first: SourceLocation)] = [:]
        // Only files rendered now (or whose status changed) have problems and records to make,
        // in path order for the messages.
        for rendered in fresh.sorted(by: { $0.file.path < $1.file.path }) {
            problems += rendered.problems
            for use in rendered.unknownShortcodes {
                unknown[use.name, default: (0, use.location)].count += 1
            }
            guard let status = content.fileStatus[rendered.file.relativePath] else { continue }
            var file = rendered.file
            file.body = ""
            records[file.relativePath] = ContentCache.Record(status: status, file: file, summary: rendered.summary,
                                                             readingMinutes: rendered.readingMinutes,
                                                             hasReferences: rendered.hasReferences)
        }
        for (name, uses) in unknown.sorted(by: { $0.key < $1.key }) {
            let times = uses.count == 1 ? "once" : "\(uses.count) times"
            problems.append(Diagnostic(
                .warning, at: uses.first, "unknown shortcode '\(name)', used \(times) (this is the first); its tags are left out and what they enclose is kept",
                hint: "add templates/\(ShortcodeLibrary.folder)/\(name).html, or remove the shortcode"))
        }
        var updated = cache
        updated.records = records
        return Rendered(articles: articles, cache: updated,
                        cacheChanged: !fresh.isEmpty || records.count != cache.records.count)
    }
}
