/// `sitemap.xml`: every page (not the redirect pages of aliases), `lastmod` for those with a date, with `xhtml:link rel="alternate" hreflang` for each translation and `x-default`.
struct SitemapWriter: Sendable {
    let context: PageContext

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

    func sitemap() -> [UInt8] {
        let writer = XMLWriter()
        let pages = context.plan.pages.sorted { $0.path < $1.path }
        writer.element("urlset", attributes: ["xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
                                              "xmlns:xhtml": "http://www.w3.org/1999/xhtml"]) {
            // A fallback page shows another language's text: canonical to it, and no page of its own here.
            for page in pages where !page.isFallback {
                if case .notFound = page.kind { continue }
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
