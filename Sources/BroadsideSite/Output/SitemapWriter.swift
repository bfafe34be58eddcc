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
    /// The pages listed, in path order, by their index in the plan, cut into the sitemap's files.
    let files: [ArraySlice<Int>]

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
        let plan = context.plan
        let listed = plan.pages.indices.filter { index in
            if case .notFound = plan.pages[index].kind { return false }
            // A fallback page shows another language's text: canonical to it, and no page of its own here.
            return !plan.pages[index].isFallback
        }.sorted { plan.pages[$0].path < plan.pages[$1].path }
        var files: [ArraySlice<Int>] = []
        var start = 0, bytes = 0
        for (position, index) in listed.enumerated() {
            // Each address with the markup around it.
            let size = context.alternates(of: plan.pages[index]).reduce(2 * context.permalink(plan.pages[index].path).utf8.count + 80) {
                $0 + $1.href.utf8.count + $1.hreflang.utf8.count + 60
            }
            if position > start && (position - start == urls || bytes + size > maximum) {
                files.append(listed[start..<position])
                (start, bytes) = (position, 0)
            }
            bytes += size
        }
        files.append(listed[start...])
        self.files = files
    }

    /// The sitemap's files relative to `output/`: `sitemap.xml`, then the files it indexes, if any.
    var paths: [String] {
        files.count == 1 ? [Self.fileName] : [Self.fileName] + files.indices.map { "sitemap-\($0 + 1).xml" }
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
    /// or the `number`th file of the index.
    func file(_ number: Int) -> [UInt8] {
        let writer = XMLWriter()
        let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
        if number == 0 && files.count > 1 {
            writer.element("sitemapindex", attributes: ["xmlns": namespace]) {
                for path in paths.dropFirst() {
                    writer.element("sitemap") { writer.element("loc", text: context.configuration.baseURL + path) }
                }
            }
            return writer.finish()
        }
        writer.element("urlset", attributes: ["xmlns": namespace, "xmlns:xhtml": "http://www.w3.org/1999/xhtml"]) {
            for index in files[max(0, number - 1)] {
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
