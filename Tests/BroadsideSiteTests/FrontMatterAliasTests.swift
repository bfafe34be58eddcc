import BroadsideLocale
import Testing
@testable import BroadsideSite

/// Front matter `aliases`: a redirect page for each, planned after every other page, never in
/// place of one; and the page Hugo writes there.
@Suite struct FrontMatterAliasTests {
    @Test func aliasesArePlannedFromTheLanguageFolderOrBesideThePage() throws {
        let plan = try SitePlanTagTests.plan([("articles/a.en.md", [])],
                                             extra: ["articles/a.en.md": "aliases: [/old/a/, former]\n"])
        #expect(plan.problems.filter { $0.severity == .error }.isEmpty)
        #expect(plan.aliases.map(\.file) == ["en/articles/former/index.html", "en/old/a/index.html"])
        #expect(plan.aliases.allSatisfy { $0.target == OutputPath(["en", "articles", "a"]) })
        // Redirect pages are no pages: not in the sitemap, no page of their own.
        #expect(!plan.pages.contains { $0.file == "en/old/a/index.html" })
    }

    @Test func anAliasThatIsAPageIsAnErrorAtTheAliases() throws {
        let plan = try SitePlanTagTests.plan([("articles/a.en.md", []), ("articles/b.en.md", [])],
                                             extra: ["articles/b.en.md": "aliases: [/articles/a]\n"])
        let error = try #require(plan.problems.first { $0.severity == .error })
        #expect(error.location?.path.hasSuffix("content/articles/b.en.md") == true)
        #expect(error.location?.line != nil)
        #expect(error.message.contains("is also the page of"))
        #expect(plan.aliases.isEmpty)
    }

    @Test func theRedirectPageIsHugos() throws {
        #expect(AliasPage.html(to: "https://x.org/a/?q=1&r=\"2\"", language: try LanguageTag("pt-BR")) == """
            <!DOCTYPE html><html lang="pt-BR"><head><title>https://x.org/a/?q=1&amp;r=&quot;2&quot;</title>\
            <link rel="canonical" href="https://x.org/a/?q=1&amp;r=&quot;2&quot;"><meta name="robots" content="noindex">\
            <meta charset="utf-8"><meta http-equiv="refresh" content="0; url=https://x.org/a/?q=1&amp;r=&quot;2&quot;"></head></html>
            """)
    }
}
