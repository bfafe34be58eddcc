/// Writes each language's RSS and Atom feeds, the sitemap, and a redirect page for each alias.
struct WriteFeedsAndSitemap: BuildStep {
    static let name = "write feeds, sitemap and aliases"
    static let makesOutput = true
    let site: SiteFolder
    /// The planned site's page data, the one the pages were rendered with.
    let context: PageContext
    let output: any SiteOutput
    /// The languages whose feeds and aliases are made; the others' are kept.
    let languages: LanguageSelection
    let markdown: Markdown
    let shared: UInt64

    /// - Returns: how many feeds and sitemap files there are.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> (feeds: Int, sitemaps: Int) {
        let configuration = context.configuration, plan = context.plan
        let feeds = FeedWriter(context: context, markdown: markdown, site: site)
        var count = 0
        let sitemap = SitemapWriter(context: context)
        do throws(Diagnostic) {
            for language in configuration.languages {
                let fingerprint = feeds.fingerprint(for: language, shared: shared)
                for (name, kind, make) in [("feed.xml", "RSS", feeds.rss), ("atom.xml", "Atom", feeds.atom)] {
                    let path = context.paths.feed(name, of: language)
                    let origin = OutputOrigin.generated("the \(language) \(kind) feed")
                    try output.claim(path, for: origin)
                    if !languages.includes(language) {
                        output.keep(path)
                    } else if !output.isCurrent(path, fingerprint: fingerprint) {
                        try output.write(try make(language), to: path, fingerprint: fingerprint, from: origin)
                    }
                    count += 1
                }
            }
            let fingerprint = sitemap.fingerprint(shared: shared)
            // One file at a time is made, written and let go; the pages are sorted only if one is not current.
            var parts: [ArraySlice<Int>]?
            for (number, path) in sitemap.paths.enumerated() {
                let origin = OutputOrigin.generated(number == 0 ? "the sitemap" : "part \(number) of the sitemap")
                try output.claim(path, for: origin)
                if !output.isCurrent(path, fingerprint: fingerprint) {
                    let listed = parts ?? sitemap.parts()
                    parts = listed
                    try output.write(sitemap.file(number, of: listed), to: path, fingerprint: fingerprint, from: origin)
                }
            }
            for alias in plan.aliases {
                let origin = OutputOrigin.generated("an alias of /\(alias.target.folder)/")
                let html = AliasPage.html(to: context.permalink(alias.target), language: alias.language)
                let fingerprint = StableHash.of(html.utf8)
                try output.claim(alias.file, for: origin)
                if !languages.includes(alias.language) {
                    output.keep(alias.file)
                } else if !output.isCurrent(alias.file, fingerprint: fingerprint) {
                    try output.write(html.utf8, to: alias.file, fingerprint: fingerprint, from: origin)
                }
            }
        } catch {
            problems.append(error)
        }
        return (count, sitemap.paths.count)
    }
}
