import Foundation
import Testing

/// `broadside check --links`: every internal link of the built site, at the file that wrote it.
@Suite struct LinkCheckTests {
    static func site(_ files: [String: String] = [:]) throws -> TemporaryFolder {
        try TemporaryFolder(files: [
            "site.yaml": "title: Links\nbaseURL: https://links.example.org/campaign/\ndefaultLanguage: en\nlanguages: [en, ar]\n",
            "templates/article.html": "<a href=\"{{homeURL}}\">home</a> <a href=\"/campaign/en/gone/\">gone</a> {{#article}}{{{html}}}{{/article}}",
            "static/leaflet.pdf": "%PDF",
            "content/articles/a.md": """
                ---
                title: A
                date: 2026-01-01
                ---
                [B](../b/), [B again](/campaign/en/articles/b), [the leaflet](/campaign/leaflet.pdf),
                [elsewhere](https://example.com/x), [mail](mailto:a@example.org), [here](#top),
                [absolute](https://links.example.org/campaign/en/articles/b/).

                [missing](/campaign/en/articles/nowhere/) and ![photo](photo.jpg)
                and [outside the base](/other/) and [in Arabic](/campaign/ar/articles/مقال/).

                """,
            "content/articles/b.md": "---\ntitle: B\ndate: 2026-01-02\n---\nBack to [A](/campaign/en/articles/a/).\n",
            "content/articles/b.ar.md": "---\ntitle: ب\ndate: 2026-01-02\n---\nإلى [أ](/campaign/ar/articles/a/).\n",
        ].merging(files) { _, new in new })
    }

    @Test func brokenLinksAreReportedWhereTheyAreWritten() throws {
        let site = try Self.site()
        let result = try BroadsideProcess.run(arguments: ["check", "--links"], currentDirectory: site.url)
        #expect(result.status == 1)
        let broken = result.output.components(separatedBy: "\n").filter { $0.contains("[broken-link]") }
        #expect(broken.count == 6, "\(result.output)")
        for (place, link) in [("content/articles/a.md:9:11", "/campaign/en/articles/nowhere/"), ("content/articles/a.md:9:56", "photo.jpg"),
                              ("content/articles/a.md:10:24", "/other/"), ("content/articles/a.md:10:49", "/campaign/ar/articles/مقال/"),
                              ("content/articles/b.ar.md:5:9", "/campaign/ar/articles/a/")] {
            #expect(broken.contains { $0.contains(place + ": error: [broken-link] the link '\(link)' leads to no page or file of the built site") },
                    "\(place) \(link): \(broken)")
        }
        // A template's link breaks on every page it makes: one report, at the template, with the count.
        #expect(broken.contains { $0.contains("templates/article.html:1:41: error: [broken-link] the link '/campaign/en/gone/' leads to no page or file of the built site (on 3 pages, first ") }, "\(broken)")
        // The build went to a folder of its own, removed after, and left no records behind but
        // its content cache and the check's; a report with links is never kept.
        #expect(!site.exists("output"))
        let cache = try FileManager.default.contentsOfDirectory(atPath: site.url(".broadside-cache").path)
        #expect(Set(cache) == ["content", "check"], "\(cache)")
    }

    @Test func aSiteWithoutBrokenLinksHasNoneReported() throws {
        let site = try Self.site([
            "templates/article.html": "{{#article}}{{{html}}}{{/article}}",
            "content/articles/a.md": "---\ntitle: A\ndate: 2026-01-01\n---\n[B](../b/) and [the leaflet](/campaign/leaflet.pdf).\n",
            "content/articles/b.ar.md": "---\ntitle: ب\ndate: 2026-01-02\n---\nإلى [ب](/campaign/en/articles/b/).\n",
        ])
        let result = try BroadsideProcess.run(arguments: ["check", "--links", "--format", "json"], currentDirectory: site.url)
        #expect(!result.output.contains("broken-link"), "\(result.output)")
    }

    @Test func aSiteThatDoesNotBuildIsReportedAsTheBuildWould() throws {
        let site = try Self.site(["content/articles/c.md": "---\ntitle: C\ndate: 2026-01-01\n---\nSee {{< ref \"nowhere.md\" >}}.\n"])
        let result = try BroadsideProcess.run(arguments: ["check", "--links"], currentDirectory: site.url)
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("content/articles/c.md:5:5: error: ref to 'nowhere.md': no such page in en"), "\(result.errorOutput)")
    }
}
