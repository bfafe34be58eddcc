import BroadsideLocale

/// A language's RSS 2.0 and Atom 1.0 feeds: its newest articles, each with its HTML. Pages
/// without a date are in no feed (``SitePlan/entries`` holds dated articles only).
struct FeedWriter: Sendable {
    /// Articles per feed.
    static let limit = 20

    let context: PageContext
    let markdown: Markdown
    /// Where an article's Markdown is read again to render its HTML.
    let site: SiteFolder

    /// `<lang>/feed.xml`.
    func rss(for language: LanguageTag) throws(Diagnostic) -> [UInt8] {
        let configuration = context.configuration
        let entries = try newest(in: language)
        let home = context.paths.home(of: language)
        let writer = XMLWriter()
        writer.element("rss", attributes: ["version": "2.0", "xmlns:atom": "http://www.w3.org/2005/Atom",
                                           "xmlns:content": "http://purl.org/rss/1.0/modules/content/"]) {
            writer.element("channel") {
                writer.element("title", text: configuration.title(in: language))
                writer.element("link", text: context.permalink(home))
                writer.element("description", text: configuration.title(in: language))
                writer.element("language", text: language.identifier)
                if let newest = entries.first?.entry.text.file.frontMatter.date {
                    writer.element("lastBuildDate", text: InternetDate.rfc822(newest))
                }
                writer.element("atom:link", attributes: ["href": context.permalink(home) + "feed.xml", "rel": "self",
                                                         "type": "application/rss+xml"])
                for (entry, html, summary) in entries {
                    let file = entry.text.file
                    let permalink = context.permalink(entry.path)
                    writer.element("item") {
                        writer.element("title", text: file.frontMatter.title)
                        writer.element("link", text: permalink)
                        writer.element("guid", attributes: ["isPermaLink": "true"], text: permalink)
                        if let date = file.frontMatter.date { writer.element("pubDate", text: InternetDate.rfc822(date)) }
                        for tag in entry.tags { writer.element("category", text: tag.name) }
                        writer.element("description", text: summary)
                        writer.element("content:encoded", text: html)
                    }
                }
            }
        }
        return writer.finish()
    }

    /// `<lang>/atom.xml`.
    func atom(for language: LanguageTag) throws(Diagnostic) -> [UInt8] {
        let configuration = context.configuration
        let entries = try newest(in: language)
        let home = context.paths.home(of: language)
        let updated = entries.first?.entry.date ?? InternetDate.rfc3339(.init(timeIntervalSince1970: 0))
        let writer = XMLWriter()
        writer.element("feed", attributes: ["xmlns": "http://www.w3.org/2005/Atom", "xml:lang": language.identifier,
                                            "xml:base": configuration.baseURL]) {
            writer.element("title", text: configuration.title(in: language))
            writer.element("id", text: context.permalink(home) + "atom.xml")
            writer.element("updated", text: updated)
            writer.element("link", attributes: ["rel": "self", "type": "application/atom+xml",
                                                "href": context.permalink(home) + "atom.xml"])
            writer.element("link", attributes: ["rel": "alternate", "type": "text/html", "href": context.permalink(home)])
            writer.element("author") { writer.element("name", text: configuration.title(in: language)) }
            for (entry, html, summary) in entries {
                let file = entry.text.file
                let date = entry.date ?? updated
                writer.element("entry") {
                    writer.element("title", text: file.frontMatter.title)
                    writer.element("id", text: context.permalink(entry.path))
                    writer.element("link", attributes: ["rel": "alternate", "type": "text/html",
                                                        "href": context.permalink(entry.path)])
                    writer.element("published", text: date)
                    writer.element("updated", text: date)
                    for tag in entry.tags { writer.element("category", attributes: ["term": tag.name]) }
                    writer.element("summary", text: summary)
                    writer.element("content", attributes: ["type": "html"], text: html)
                }
            }
        }
        return writer.finish()
    }

    /// A hash of everything the language's feeds show, so an unchanged feed is not made again.
    func fingerprint(for language: LanguageTag, shared: UInt64) -> UInt64 {
        var hash = StableHash()
        hash.combine(shared)
        hash.combine(language.identifier)
        for entry in (context.plan.entries[language] ?? []).prefix(Self.limit) {
            let matter = entry.text.file.frontMatter, facts = context.facts(of: entry.text)
            for text in [entry.key, entry.path.folder, matter.title, entry.date ?? "", facts.summary] + entry.tags.map(\.name) {
                hash.combine(text)
            }
            hash.combine(entry.text.file.contentHash)
            if facts.hasReferences { hash.combine(context.referencedPaths) }
        }
        return hash.value
    }

    /// The language's newest articles with their HTML.
    /// The newest entries of `language`, each with its HTML and summary, their `ref` and `relref`
    /// shortcodes resolved as a page in `language` sees them.
    private func newest(in language: LanguageTag) throws(Diagnostic) -> [(entry: SitePlan.Entry, html: String, summary: String)] {
        var result: [(entry: SitePlan.Entry, html: String, summary: String)] = []
        for entry in (context.plan.entries[language] ?? []).prefix(Self.limit) {
            result.append((entry, try context.resolvingReferences(in: entry.text.html(with: markdown, from: site), language: language),
                           try context.resolvingReferences(in: context.facts(of: entry.text).summary, language: language)))
        }
        return result
    }
}
