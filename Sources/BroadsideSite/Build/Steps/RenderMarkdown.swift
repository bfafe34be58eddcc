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

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Rendered {
        let articles = content.articles.concurrentMap { article in
            article.files.mapValues { file in
                if let record = cache.records[file.relativePath], record.file.contentHash == file.contentHash {
                    return RenderedFile(cached: record)
                }
                return RenderedFile(file, markdown: markdown)
            }
        }
        var records: [String: ContentCache.Record] = [:]
        var renderedNow = 0
        var unknown: [String: (count: Int, first: SourceLocation)] = [:]
        for rendered in articles.joined().map(\.value).sorted(by: { $0.file.path < $1.file.path }) {
            if rendered.html != nil { renderedNow += 1 }
            problems += rendered.problems
            for use in rendered.unknownShortcodes {
                unknown[use.name, default: (0, use.location)].count += 1
            }
            // A cascade is read again every build, so the pages below it always see it.
            guard let status = content.fileStatus[rendered.file.relativePath], rendered.file.frontMatter.cascade.isEmpty else { continue }
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
                        cacheChanged: renderedNow > 0 || records.count != cache.records.count)
    }
}
