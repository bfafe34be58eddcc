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

/// The globs of Hugo's `cascade` targets.
@Suite struct PathGlobTests {
    @Test(arguments: [
        ("/snippets/**", "/snippets/a/b", true), ("/snippets/**", "/snippets", false),
        ("{/docs,/docs/**}", "/docs", true), ("{/docs,/docs/**}", "/docs/x/y", true), ("{/docs,/docs/**}", "/doc", false),
        ("/docs/*", "/docs/a", true), ("/docs/*", "/docs/a/b", false), ("/d?cs/*-x", "/DOCS/a-x", true),
        ("**", "/anything/at/all", true), ("/a*b*c", "/aXbYc", true), ("/a*b*c", "/aXbY", false), ("", "", true),
    ])
    func matchesAsHugoDoes(pattern: String, path: String, matches: Bool) throws {
        #expect(try PathGlob(pattern, at: SourceLocation(path: "t")).matches(path) == matches)
    }

    @Test func aLongPatternAgainstALongPathIsQuick() throws {
        let glob = try PathGlob(String(repeating: "*a", count: 120), at: SourceLocation(path: "t"))
        #expect(!glob.matches(String(repeating: "a", count: 10_000) + "b"))
    }
}
