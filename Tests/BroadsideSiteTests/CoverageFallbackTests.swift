import Testing
@testable import BroadsideSite

/// A fallback page is no duplicate content: canonical to its source page and not indexed.
@Suite struct CoverageFallbackTests {
    @Test func aFallbackPageIsCanonicalToItsSourceAndNotIndexed() throws {
        let site = try SiteFixture([
            "site.yaml": SiteFixture.fallbackSiteYAML,
            "content/articles/media.en.md": SiteFixture.article(title: "Media", body: "Only in English.\n"),
            "content/articles/media.fr.md": SiteFixture.article(title: "Médias", body: "En français.\n"),
        ])
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        let fallback = try #require(site.read("output/ar/articles/media/index.html"))
        #expect(fallback.contains("<link rel=\"canonical\" href=\"https://fixture.example.org/en/articles/media/\">"))
        #expect(fallback.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(fallback.components(separatedBy: "rel=\"canonical\"").count == 2, "one canonical link")
        for translation in ["output/en/articles/media/index.html", "output/fr/articles/media/index.html"] {
            let page = try #require(site.read(translation))
            #expect(!page.contains("noindex"), "\(translation)")
            let own = "https://fixture.example.org/" + translation.dropFirst("output/".count).dropLast("index.html".count)
            #expect(page.contains("<link rel=\"canonical\" href=\"\(own)\">"), "\(translation)")
        }
        let sitemap = try #require(site.read("output/sitemap.xml"))
        #expect(!sitemap.contains("<loc>https://fixture.example.org/ar/articles/media/</loc>"), "no fallback page in the sitemap")
        #expect(sitemap.contains("<loc>https://fixture.example.org/fr/articles/media/</loc>"))
    }
}
