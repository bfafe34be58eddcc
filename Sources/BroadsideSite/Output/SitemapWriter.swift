/// The sitemap: every page (not the redirect pages of aliases, not fallbacks, not 404 pages),
/// `lastmod` for those with a date, with `xhtml:link rel="alternate" hreflang` for each
/// translation and `x-default`.
///
/// A site whose pages fit in one file has `sitemap.xml` alone. A larger one has `sitemap.xml`
/// as a sitemap index of `sitemap-1.xml`, `sitemap-2.xml`, …, each with at most
/// ``maximumURLs`` pages and about ``maximumBytes``: the protocol allows 50,000 URLs and 50 MB a
/// file, and a build holds one file at a time.
struct SitemapWriter: Sendable {
    let context: PageContext
    /// How many files list the pages: one, or as many as the limits ask for.
    let partCount: Int

    /// The most pages in one sitemap file.
    static let maximumURLs = 50_000
    /// About the most bytes of one sitemap file, reckoned from its addresses before it is written.
    static let maximumBytes = 10 << 20
    /// The sitemap, or the sitemap index.
    static let fileName = "sitemap.xml"

    /// - Parameters:
    ///   - urls: the most pages a file holds.
    ///   - bytes: about the most bytes a file holds.
    init(context: PageContext, urls: Int = maximumURLs, bytes maximum: Int = maximumBytes) {
        self.context = context
        // Reckoned without sorting or making any alternate: most builds find the sitemap current.
        var count = 0, bytes = 0
        for index in context.plan.pages.indices where Self.isListed(context.plan.pages[index]) {
            let page = context.plan.pages[index]
            count += 1
            bytes += (context.permalink(ofPage: index).utf8.count + 80) * ((context.plan.groups[page.group]?.count ?? 0) + 2)
        }
        partCount = max(1, (count + urls - 1) / urls, (bytes + maximum - 1) / maximum)
    }

    /// Whether the sitemap lists `page`: not a 404 page, nor a fallback, which shows another
    /// language's text and is canonical to it.
    private static func isListed(_ page: SitePlan.Page) -> Bool {
        if case .notFound = page.kind { return false }
        return !page.isFallback
    }

    /// The pages each file lists, by their index in the plan: all of them in path order, cut
    /// into ``partCount`` parts of one size.
    func parts() -> [ArraySlice<Int>] {
        let plan = context.plan
        let listed = plan.pages.indices.filter { Self.isListed(plan.pages[$0]) }.sorted { plan.pages[$0].path < plan.pages[$1].path }
        let size = (listed.count + partCount - 1) / partCount
        return (0..<partCount).map { listed[min(listed.count, $0 * size)..<min(listed.count, ($0 + 1) * size)] }
    }

    /// The sitemap's files relative to `output/`: `sitemap.xml`, then the files it indexes, if any.
    var paths: [String] {
        partCount == 1 ? [Self.fileName] : [Self.fileName] + (1...partCount).map { "sitemap-\($0).xml" }
    }

    /// A hash of what the sitemap lists: every page's path, language, translations and date.
    func fingerprint(shared: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.combine(shared)
        for page in context.plan.pages {
            hash.combine(page.path.folder)
            hash.combine(page.group)
            hash.combine(page.language.identifier)
            hash.combine(page.isFallback ? "fallback" : "own")
            if case .article(let entry) = page.kind { hash.combine(entry.date ?? "") }
        }
        return hash.value
    }

    /// The file at `paths[number]`: the sitemap (or the index, when there are several files),
    /// or the `number`th file of the index, of the pages `parts` (``parts()``) gives.
    func file(_ number: Int, of parts: [ArraySlice<Int>]) -> [UInt8] {
        let writer = XMLWriter()
        let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
        if number == 0 && partCount > 1 {
            writer.element("sitemapindex", attributes: ["xmlns": namespace]) {
                for path in paths.dropFirst() {
                    writer.element("sitemap") { writer.element("loc", text: context.configuration.baseURL + path) }
                }
            }
            return writer.finish()
        }
        writer.element("urlset", attributes: ["xmlns": namespace, "xmlns:xhtml": "http://www.w3.org/1999/xhtml"]) {
            for index in parts[max(0, number - 1)] {
                let page = context.plan.pages[index]
                writer.element("url") {
                    writer.element("loc", text: context.permalink(page.path))
                    if case .article(let entry) = page.kind, let date = entry.date {
                        writer.element("lastmod", text: date)
                    }
                    for link in context.alternates(of: page) {
                        writer.element("xhtml:link", attributes: ["rel": "alternate", "hreflang": link.hreflang,
                                                                  "href": link.href])
                    }
                }
            }
        }
        return writer.finish()
    }
}
