import Testing
@testable import BroadsideSite

@Suite struct ContentFileNameTests {
    @Test(arguments: [
        ("articles/solidarity.ar.md", "articles", "solidarity", "ar"),
        ("articles/solidarity.md", "articles", "solidarity", nil),
        ("posts/2026/notes.pt-BR.md", "posts/2026", "notes", "pt-BR"),
        ("posts/my-trip/index.fr.md", "posts", "my-trip", "fr"),
        ("posts/my-trip/index.md", "posts", "my-trip", nil),
        ("about.zh-Hant.md", "", "about", "zh-Hant"),
        ("articles/v1.2.md", "articles", "v1.2", nil),
        ("articles/report.final.md", "articles", "report.final", nil),
    ] as [(String, String, String, String?)])
    func readsHugoNames(path: String, section: String, name: String, language: String?) throws {
        let parsed = try #require(ContentFileName(relativePath: path))
        #expect(parsed.section == section)
        #expect(parsed.name == name)
        #expect(parsed.languageSuffix == language)
    }

    @Test func pageBundlesKnowTheirFolder() throws {
        #expect(try #require(ContentFileName(relativePath: "posts/my-trip/index.fr.md")).bundleFolder == "posts/my-trip")
        #expect(try #require(ContentFileName(relativePath: "posts/my-trip.fr.md")).bundleFolder == nil)
    }

    @Test func sectionPagesAreNamedAfterHugosIndex() throws {
        let section = try #require(ContentFileName(relativePath: "articles/_index.ar.md"))
        #expect((section.section, section.name, section.languageSuffix) == ("articles", "_index", "ar"))
        #expect(try #require(ContentFileName(relativePath: "_index.md")).section == "")
    }

    @Test(arguments: ["articles/_draft.en.md", "articles/image.png", ".hidden.md", "articles/.draft.md", "_indexes.md"])
    func skipsWhatIsNoArticle(path: String) {
        #expect(ContentFileName(relativePath: path) == nil)
    }
}
