import Foundation
import Testing

/// Content as Hugo accepts it, built by the real executable: `.md`, `.markdown` and `.html`
/// files; YAML, TOML and JSON front matter; pages without a date or a title; `weight`,
/// `publishDate`, `expiryDate`, `url` and `aliases`.
@Suite struct HugoContentTests {
    /// A site in English and Arabic whose templates show what the build decided.
    static func site(_ files: [String: String]) throws -> TemporaryFolder {
        try TemporaryFolder(files: [
            "site.yaml": "title: Hugo\nbaseURL: https://hugo.example.org/\ndefaultLanguage: en\nlanguages: [en, ar]\ntimeZone: UTC\nunsafeHTML: true\n",
            "locales/en.yaml": "x: \"x\"\n",
            "locales/ar.yaml": "x: \"x\"\n",
            "templates/root.html": "root",
            "templates/tags.html": "tags",
            "templates/article.html": "<h1>{{title}}</h1>{{#article}}{{#hasDate}}<time>{{date}}</time>{{/hasDate}}{{{html}}}{{/article}}",
            "templates/list.html": "{{#articles}}dated:{{title}}|{{/articles}}{{#pages}}undated:{{title}}@{{url}}|{{/pages}}",
        ].merging(files) { _, new in new })
    }

    static let content = [
        // TOML, undated, weighted: listed apart, after "About".
        "content/docs/setup.md": "+++\ntitle = \"Setup\"\nweight = 2\n+++\nHow to set up.\n",
        // JSON, undated, untitled (its first heading), its own whole path and an old one.
        "content/docs/about.markdown": "{\n  \"weight\": 1,\n  \"url\": \"/about/\",\n  \"aliases\": [\"/old/about/\", \"former\"]\n}\n# About the campaign\n\nWho we are.\n",
        // An HTML body, dated; no title and no heading: the file name.
        "content/news/raw.html": "---\ndate: 2026-05-01\n---\n<p>Raw <b>HTML</b></p>\n\n<pre>a\n\nb</pre>\n",
        "content/news/dated.md": "---\ntitle: Dated\ndate: 2026-04-01T10:00:00Z\n---\nNews.\n",
        // Not yet published, and no longer published, with SOURCE_DATE_EPOCH as now.
        "content/news/future.md": "---\ntitle: Future\ndate: 2026-01-01\npublishDate: 2026-07-01\n---\nLater.\n",
        "content/news/expired.md": "---\ntitle: Expired\ndate: 2026-01-01\nexpiryDate: 2026-05-01\n---\nGone.\n",
    ]

    /// 2026-06-01T00:00:00Z.
    static let now = "1780272000"

    static func build(_ site: TemporaryFolder) throws -> BroadsideProcess.Result {
        // In the child's environment only: tests run side by side in this process.
        try Command.run(["SOURCE_DATE_EPOCH=\(now)", try BroadsideProcess.executable().path, "build"], in: site.url)
    }

    func text(_ site: TemporaryFolder, _ path: String) throws -> String {
        String(decoding: try site.read(path), as: UTF8.self)
    }

    @Test func buildsEachFormAtItsPath() throws {
        let site = try Self.site(Self.content)
        let result = try Self.build(site)
        #expect(result.status == 0, "\(result.errorOutput)")
        // Titles from the first heading, else the file name, each with a warning at the file.
        #expect(result.errorOutput.contains("content/docs/about.markdown:1:1: warning: the page has no title: it is titled 'About the campaign' after its first heading"))
        #expect(result.errorOutput.contains("content/news/raw.html:1:1: warning: the page has no title: it is titled 'raw' after its file name"))

        #expect(try text(site, "output/en/docs/setup/index.html").hasPrefix("<h1>Setup</h1><p>How to set up.</p>"))
        // `url` is the page's whole path in its language's folder, as Hugo reads it.
        let about = try text(site, "output/en/about/index.html")
        #expect(about.hasPrefix("<h1>About the campaign</h1><h1>About the campaign</h1>"))
        #expect(!FileManager.default.fileExists(atPath: site.url("output/en/docs/about").path))
        // Each alias is a redirect page to the page's address, from the language's folder, or
        // beside the page.
        for alias in ["output/en/old/about/index.html", "output/en/former/index.html"] {
            let redirect = try text(site, alias)
            #expect(redirect.contains("<link rel=\"canonical\" href=\"https://hugo.example.org/en/about/\">")
                    && redirect.contains("noindex") && redirect.contains("http-equiv=\"refresh\""), "\(alias): \(redirect)")
        }
        // An HTML body is HTML: blank lines and Markdown-looking text stay as written.
        let raw = try text(site, "output/en/news/raw/index.html")
        #expect(raw.contains("<time>2026-05-01T00:00:00Z</time><p>Raw <b>HTML</b></p>\n<!---->\n<pre>a\n<!---->\nb</pre>"))
        #expect(!FileManager.default.fileExists(atPath: site.url("output/en/news/future").path))
        #expect(!FileManager.default.fileExists(atPath: site.url("output/en/news/expired").path))

        // Home: dated pages newest first; undated ones apart, by weight then title.
        #expect(try text(site, "output/en/index.html") == "dated:raw|dated:Dated|undated:About the campaign@/en/about/|undated:Setup@/en/docs/setup/|")
        // Feeds hold dated pages only.
        let feed = try text(site, "output/en/feed.xml")
        #expect(feed.contains("<title>raw</title>") && feed.contains("<title>Dated</title>"))
        #expect(!feed.contains("Setup") && !feed.contains("About the campaign"))
        // The sitemap lists undated pages without lastmod.
        let sitemap = try text(site, "output/sitemap.xml")
        #expect(sitemap.contains("<loc>https://hugo.example.org/en/docs/setup/</loc>\n    <xhtml:link"))
        #expect(sitemap.contains("<loc>https://hugo.example.org/en/news/dated/</loc>\n    <lastmod>2026-04-01T10:00:00Z</lastmod>"))

        // After an edit elsewhere, the other files come from the content cache with every new field.
        try site.write("---\ntitle: Dated again\ndate: 2026-04-01T10:00:00Z\n---\nNews.\n", to: "content/news/dated.md")
        let again = try Self.build(site)
        #expect(again.status == 0, "\(again.errorOutput)")
        #expect(again.errorOutput.contains("the page has no title: it is titled 'About the campaign'"), "warnings are kept for cached files")
        #expect(try text(site, "output/en/index.html") == "dated:raw|dated:Dated again|undated:About the campaign@/en/about/|undated:Setup@/en/docs/setup/|")
        #expect(FileManager.default.fileExists(atPath: site.url("output/en/about/index.html").path))
    }

    @Test func anAliasOnAPageIsALocatedError() throws {
        var content = Self.content
        content["content/docs/setup.md"] = "+++\ntitle = \"Setup\"\naliases = [\"/about/\"]\n+++\nText\n"
        let result = try Self.build(try Self.site(content))
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("content/docs/setup.md:3:11: error: en/about/index.html of the alias /en/about of content/docs/setup.md is also the page of content/docs/about.markdown"), "\(result.errorOutput)")
    }

    @Test func badTOMLAndJSONAreLocatedErrors() throws {
        let result = try Self.build(try Self.site([
            "content/a.md": "+++\ntitle = \"A\"\ndate = 2026-13-01\n+++\n",
            "content/b.md": "{\n  \"title\": \"B\",\n  \"weight\": \"heavy\"\n}\n",
        ]))
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("content/a.md:3:"), "\(result.errorOutput)")
        #expect(result.errorOutput.contains("content/a.md:3:") && result.errorOutput.contains("error: TOML:"))
        #expect(result.errorOutput.contains("content/b.md:3:13: error: 'weight' must be a whole number"), "\(result.errorOutput)")
    }
}
