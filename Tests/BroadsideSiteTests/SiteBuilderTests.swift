import Foundation
import Testing
@testable import BroadsideSite

/// Builds real site folders with the repository's own templates and UI strings.
@Suite struct SiteBuilderTests {
    static let threeArticles: [String: String] = [
        "content/articles/strategy.en.md": SiteFixture.article(title: "From reaction to strategy", date: "2026-03-01",
                                                               extra: "tags: [strategy, media]\n"),
        "content/articles/strategy.ar.md": SiteFixture.article(title: "من ردود الفعل إلى الاستراتيجية", date: "2026-03-01",
                                                               extra: "slug: min-rad-alfil\ntags: [استراتيجية]\n",
                                                               body: "نص المقال بالعربية.\n"),
        "content/articles/strategy.fr.md": SiteFixture.article(title: "De la réaction à la stratégie", date: "2026-03-01",
                                                               extra: "slug: de-la-reaction\n"),
        // A Hugo page bundle, English only.
        "content/articles/media/index.en.md": SiteFixture.article(title: "Media in many languages", date: "2026-04-01",
                                                                  extra: "tags: [media]\n", body: "![A crowd](photo.jpg)\n"),
        "content/articles/media/photo.jpg": "not really a JPEG",
        // Hugo's section list page, which has no date: skipped.
        "content/articles/_index.md": "---\ntitle: Articles\n---\n",
        // No language suffix: the default language.
        "content/about.md": SiteFixture.article(title: "About us", date: "2026-01-01"),
    ]

    @Test func buildsPagesFeedsAndSitemap() throws {
        let site = try SiteFixture(Self.threeArticles)
        let summary = try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        for page in ["index.html", "en/index.html", "ar/index.html", "fr/index.html", "en/articles/strategy/index.html",
                     "ar/articles/min-rad-alfil/index.html", "fr/articles/de-la-reaction/index.html",
                     "en/articles/media/index.html", "en/about/index.html", "en/tags/index.html",
                     "en/tags/media/index.html", "sitemap.xml", "style.css", "ar/feed.xml", "ar/atom.xml"] {
            #expect(site.exists("output/" + page), "missing \(page)")
        }
        #expect(!site.exists("output/ar/articles/media/index.html"), "skip mode publishes no fallback")
        #expect(site.read("output/en/articles/media/photo.jpg") == "not really a JPEG", "a bundle's files go beside its page")
        #expect(summary.feeds == 6)

        let arabic = try #require(site.read("output/ar/articles/min-rad-alfil/index.html"))
        #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(arabic.contains("hreflang=\"en\" href=\"https://fixture.example.org/en/articles/strategy/\""))
        #expect(arabic.contains("hreflang=\"fr\" href=\"https://fixture.example.org/fr/articles/de-la-reaction/\""))
        #expect(arabic.contains("hreflang=\"x-default\" href=\"https://fixture.example.org/en/articles/strategy/\""))
        #expect(arabic.contains("<meta property=\"og:locale\" content=\"ar_EG\">"), "the territory from CLDR's likely subtags")
        #expect(arabic.contains("og:locale:alternate"))
        #expect(arabic.contains(">العربية<"), "the switcher names Arabic in Arabic")
        #expect(arabic.contains(">English<"))
        #expect(arabic.contains("href=\"/en/articles/strategy/\""))
        #expect(arabic.contains("href=\"/ar/feed.xml\""))

        let english = try #require(site.read("output/en/articles/media/index.html"))
        #expect(english.contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(!english.contains("hreflang=\"ar\""), "no alternate for a translation that does not exist")
        #expect(!english.contains("class=\"languages\""), "no switcher when the page exists in one language")
    }

    @Test func feedsParseAndCarryTheLanguage() throws {
        let site = try SiteFixture(Self.threeArticles)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        let rss = ParsedDocument(xml: try #require(site.read("output/en/feed.xml")))
        #expect(rss.isValid)
        #expect(rss.values("/rss/channel/language") == ["en"])
        #expect(rss.values("/rss/channel/item/title") == ["Media in many languages", "From reaction to strategy", "About us"])
        #expect(rss.values("/rss/channel/item/link").allSatisfy { $0.hasPrefix("https://fixture.example.org/en/") })
        #expect(rss.values("/rss/channel/lastBuildDate") == ["Wed, 01 Apr 2026 00:00:00 +0000"])
        let atom = ParsedDocument(xml: try #require(site.read("output/ar/atom.xml")))
        let namespaces = ["a": "http://www.w3.org/2005/Atom"]
        #expect(atom.isValid)
        #expect(atom.values("/a:feed/@xml:lang", namespaces: namespaces) == ["ar"])
        #expect(atom.values("/a:feed/a:entry/a:published", namespaces: namespaces) == ["2026-03-01T00:00:00Z"])
        #expect(atom.values("/a:feed/a:entry/a:content", namespaces: namespaces).first?.contains("<p>") == true)
        let sitemap = ParsedDocument(xml: try #require(site.read("output/sitemap.xml")))
        let sitemapNamespaces = ["s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"]
        #expect(sitemap.values("//s:url[s:loc='https://fixture.example.org/ar/articles/min-rad-alfil/']/x:link/@hreflang",
                               namespaces: sitemapNamespaces) == ["en", "ar", "fr", "x-default"])
    }

    @Test func fallbackPagesShowTheSourceUnderATranslatedNotice() throws {
        var files = Self.threeArticles
        files["site.yaml"] = """
            title: Fixture Campaign
            baseURL: https://fixture.example.org/
            defaultLanguage: en
            languages: [en, ar, fr]
            missingTranslations: fallback
            """
        let site = try SiteFixture(files)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        let page = try #require(site.read("output/ar/articles/media/index.html"))
        #expect(page.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(page.contains("<article class=\"article\" lang=\"en\" dir=\"ltr\">"))
        #expect(page.contains("class=\"notice\""))
        #expect(!page.contains("hreflang=\"ar\""), "a fallback is no translation")
        let list = try #require(site.read("output/ar/index.html"))
        #expect(!list.contains("Media in many languages"), "fallbacks stay out of lists")
    }

    @Test func errorsLeaveTheOutputExactlyAsItWas() throws {
        var files = Self.threeArticles
        files["content/articles/broken.en.md"] = "---\ntitle: Broken\ndate: 2026-02-30\n---\nText\n"
        files["content/articles/nodate.fr.md"] = "---\ntitle: Sans date\ndate: soon\n---\nTexte\n"
        files["content/articles/strange.de.md"] = SiteFixture.article(title: "Deutsch")
        files["output/keep.txt"] = "previous build"
        let site = try SiteFixture(files)
        let parent = try FileManager.default.contentsOfDirectory(atPath: site.root).sorted()
        #expect {
            try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        } throws: { error in
            let diagnostics = (error as! BuildFailure).diagnostics
            let text = (error as! BuildFailure).description
            return diagnostics.count == 3
                && text.contains("content/articles/broken.en.md:3:7: error: '2026-02-30' is not a valid date")
                && text.contains("nodate.fr.md:3:7: error: 'soon' is not a valid date")
                && text.contains("'de' is not one of the site's languages")
        }
        #expect(site.files(under: "output") == ["keep.txt"])
        #expect(site.read("output/keep.txt") == "previous build")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root).sorted() == parent)
    }

    @Test func titlesWithMarkupAreEscapedEverywhere() throws {
        let title = "<script>alert(\"x\")</script> & <b>bold</b>"
        let site = try SiteFixture(["content/articles/x.en.md": SiteFixture.article(
            title: title, extra: "summary: \"<img src=x onerror=alert(1)>\"\ntags: [\"<i>tag</i>\"]\n")])
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        for file in site.files(under: "output") where file.hasSuffix(".html") || file.hasSuffix(".xml") {
            let text = try #require(site.read("output/" + file))
            #expect(!text.contains("<script>"), "\(file) has a raw script tag")
            #expect(!text.contains("<img src=x"), "\(file) has a raw img tag")
            #expect(!text.contains("<i>tag"), "\(file) has a raw tag name")
        }
        let rss = ParsedDocument(xml: try #require(site.read("output/en/feed.xml")))
        #expect(rss.values("/rss/channel/item/title") == [title])
        let page = ParsedDocument(html: try #require(site.read("output/en/articles/x/index.html")))
        #expect(page.values("//h1") == [title])
        #expect(page.values("//meta[@property='og:title']/@content") == [title])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try SiteFixture(Self.threeArticles)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root, outputDirectory: site.path("first")))
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root, outputDirectory: site.path("second")))
        let files = site.files(under: "first")
        #expect(files == site.files(under: "second"))
        #expect(files.count > 20)
        for file in files {
            #expect(site.read("first/" + file) == site.read("second/" + file), "\(file) differs")
        }
    }

    @Test func internalLinksNeverBreak() throws {
        var files = Self.threeArticles
        files["site.yaml"] = """
            title: Fixture Campaign
            baseURL: https://fixture.example.org/campaign/
            defaultLanguage: en
            languages: [en, ar, fr]
            paginate: 1
            missingTranslations: fallback
            """
        let site = try SiteFixture(files)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        var checked = 0
        for file in site.files(under: "output") where file.hasSuffix(".html") {
            let document = ParsedDocument(html: try #require(site.read("output/" + file)))
            for link in document.values("//a/@href | //link/@href") where !link.hasPrefix("https://") {
                #expect(link.hasPrefix("/campaign/"), "\(file): \(link) is outside the base path")
                let relative = String(link.dropFirst("/campaign/".count)).removingPercentEncoding ?? ""
                let target = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
                #expect(site.exists("output/" + target), "\(file) links to \(link), which does not exist")
                checked += 1
            }
            for link in document.values("//link[@rel='alternate' or @rel='canonical']/@href") where link.hasPrefix("https://") {
                let relative = String(link.dropFirst("https://fixture.example.org/campaign/".count)).removingPercentEncoding ?? ""
                #expect(site.exists("output/" + relative + (relative.hasSuffix(".xml") ? "" : "index.html")), "\(file): \(link)")
            }
        }
        #expect(checked > 50)
        #expect(site.exists("output/en/page/3/index.html"))
    }

    /// Once per language (the message names it), not once per page.
    @Test func aTemplateMistakeIsReportedOnceWithItsPlace() throws {
        let site = try SiteFixture(Self.threeArticles)
        try site.write(site.read("templates/partials/footer.html")! + "{{t no_such_string}}\n", to: "templates/partials/footer.html")
        #expect {
            try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        } throws: { error in
            let diagnostics = (error as! BuildFailure).diagnostics
            return diagnostics.count == 3
                && diagnostics.allSatisfy { $0.location?.path.hasSuffix("templates/partials/footer.html") == true }
                && diagnostics.allSatisfy { $0.location?.line == 5 && $0.message.contains(" (rendering ") }
                && diagnostics.contains { $0.message.contains("and 2 more pages)") }
                && diagnostics.allSatisfy { $0.message.contains("no UI string 'no_such_string'") }
        }
        #expect(!site.exists("output"))
    }

    @Test func draftsOnlyWithTheFlag() throws {
        let site = try SiteFixture(["content/articles/wip.en.md": SiteFixture.article(title: "Work in progress", extra: "draft: true\n")])
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        #expect(!site.exists("output/en/articles/wip/index.html"))
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root, includeDrafts: true))
        #expect(site.exists("output/en/articles/wip/index.html"))
    }

    @Test func slugsCannotEscapeTheOutput() throws {
        let site = try SiteFixture(["content/articles/x.en.md": SiteFixture.article(title: "X", extra: "slug: ../../x\n")])
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(BuildOptions(siteDirectory: site.root)) }
        #expect(!site.exists("output"))
        #expect(!FileManager.default.fileExists(atPath: (site.root as NSString).deletingLastPathComponent + "/x"))
    }

    @Test func datesAndNumbersFollowThePageLanguage() throws {
        let site = try SiteFixture(Self.threeArticles)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        let english = try #require(site.read("output/en/articles/strategy/index.html"))
        #expect(english.contains("March 1, 2026"))
        let french = try #require(site.read("output/fr/articles/de-la-reaction/index.html"))
        #expect(french.contains("1 mars 2026"))
        let arabic = try #require(site.read("output/ar/articles/min-rad-alfil/index.html"))
        #expect(arabic.contains("مارس"))
    }
}
