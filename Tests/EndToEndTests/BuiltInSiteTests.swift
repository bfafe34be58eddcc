import Foundation
import Testing

/// The example site's templates and stylesheet are built in: a site provides only what it changes.
@Suite struct BuiltInSiteTests {
    private func run(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try SiteCommandTests.run(arguments, in: site)
    }

    /// The example site without the folders the built-in site provides.
    private func siteWithout(_ folders: [String]) throws -> TemporaryFolder {
        let site = try SiteCommandTests.exampleSite()
        for folder in folders { try FileManager.default.removeItem(at: site.url(folder)) }
        return site
    }

    @Test func aSiteOfSiteYAMLContentAndItsStringsBuildsWhatTheExampleSiteBuilds() throws {
        let example = try SiteCommandTests.exampleSite()
        let bare = try siteWithout(["templates", "static"])
        for site in [example, bare] {
            let result = try run(["build"], in: site)
            #expect(result.status == 0, "\(result.errorOutput)")
        }
        #expect(TreeSnapshot(bare.url("output")).differences(from: TreeSnapshot(example.url("output"))).isEmpty)
        #expect(FileManager.default.fileExists(atPath: bare.url("output/style.css").path))
    }

    /// The built-in strings are the templates' words in five languages; the example site's
    /// name, tagline and footer are its own, and a site without strings is named after its title.
    @Test func pagesNameTheSiteInTheirOwnLanguage() throws {
        let site = try SiteCommandTests.exampleSite()
        #expect(try run(["build"], in: site).status == 0)
        for (page, name) in [("output/ar/index.html", "حملة العودة"), ("output/ar/tags/index.html", "حملة العودة"),
                             ("output/fr/404.html", "La Campagne pour le retour"), ("output/en/index.html", "The Return Campaign")] {
            let html = String(decoding: try site.read(page), as: UTF8.self)
            #expect(html.contains("<meta property=\"og:site_name\" content=\"\(name)\">"), "\(page)")
            #expect(html.range(of: "<title>[^<]*\(name)</title>", options: .regularExpression) != nil, "\(page)")
        }
    }

    @Test func aSiteWithoutStringsIsNamedAfterItsTitle() throws {
        let site = try siteWithout(["templates", "static", "locales"])
        let yaml = String(decoding: try site.read("site.yaml"), as: UTF8.self)
        try site.write(yaml.replacingOccurrences(of: "title: The Return Campaign", with: "title: \"Solidarity {Now} 'Here'\""), to: "site.yaml")
        let result = try run(["build"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        for page in ["output/en/index.html", "output/ar/index.html"] {
            let html = String(decoding: try site.read(page), as: UTF8.self)
            // The site's name is site.yaml's, in the default language: marked as such on the Arabic pages.
            let name = page.contains("/ar/") ? "<span lang=\"en\" dir=\"ltr\">Solidarity {Now} &#39;Here&#39;</span>" : "Solidarity {Now} &#39;Here&#39;"
            #expect(html.contains("class=\"site-title\" href=\"/\(page.dropFirst(7).prefix(2))/\">\(name)</a>"), "\(html)")
            #expect(!html.contains("Published by the Return Campaign") && !html.contains("من إصدار حملة العودة")
                    && !html.contains("Solidarity with refugees"), "\(html)")
            #expect(html.contains("<p>\(name)</p>"), "the footer: \(html)")
        }
        // The templates' other words still come in each language.
        #expect(String(decoding: try site.read("output/ar/index.html"), as: UTF8.self).contains("الرئيسية"))
    }

    @Test func aSiteTemplateReplacesTheBuiltInOneOfItsName() throws {
        let site = try siteWithout(["templates", "static"])
        try site.write("<footer>Our own footer</footer>\n", to: "templates/partials/footer.html")
        let result = try run(["build"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        let page = String(decoding: try site.read("output/en/index.html"), as: UTF8.self)
        #expect(page.contains("Our own footer"))
        #expect(page.contains("<html"), "the built-in layout still frames the page")
    }

    @Test func aSiteWithItsOwnLayoutGetsNoBuiltInStylesheet() throws {
        let site = try siteWithout(["static"])
        let result = try run(["build"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: site.url("output/style.css").path))
    }

    @Test func ejectWritesWhatTheSiteLacksAndNeverReplacesAFile() throws {
        let site = try siteWithout(["templates", "static"])
        try site.write("mine", to: "templates/article.html")
        let first = try run(["templates", "eject"], in: site)
        #expect(first.status == 0, "\(first.errorOutput)")
        #expect(first.output.contains("wrote templates/layout.html"))
        #expect(first.output.contains("wrote static/style.css"))
        #expect(!first.output.contains("templates/article.html"))
        #expect(try site.read("templates/article.html") == Data("mine".utf8))
        let example = try SiteCommandTests.exampleSite()
        #expect(try site.read("templates/layout.html") == (try example.read("templates/layout.html")))
        let second = try run(["templates", "eject"], in: site)
        #expect(second.status == 0 && !second.output.contains("wrote "))
    }
}
