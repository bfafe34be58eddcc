import Testing
@testable import BroadsideSite

/// Stub translations (`stub-translation`) and pages that are not translated (`translate: false`).
@Suite struct CoverageStubTests {
    static let site = """
        title: Stub fixture
        baseURL: https://stub.example.org/
        defaultLanguage: en
        languages: [en, fr, de]
        requiredLanguages: [en, fr]
        stubMarkers: [machineTranslated]
        sections: {docs: {translate: false}}
        """

    static let source = "Our campaign grows every day.\n"

    static func check(_ files: [String: String]) throws -> CoverageReport {
        let fixture = try SiteFixture(["site.yaml": site].merging(files) { _, new in new }, exampleTemplates: false)
        return try CoverageChecker.check(siteDirectory: fixture.root)
    }

    static func translation(_ body: String, extra: String = "") -> String {
        SiteFixture.article(title: "Traduction", extra: extra, body: body)
    }

    @Test func emptySameAndMarkedTranslationsAreStubsCountedAsMissing() throws {
        let report = try Self.check([
            "content/articles/a.en.md": SiteFixture.article(title: "Solidarity", body: Self.source),
            "content/articles/a.fr.md": Self.translation("  \n\t\n"),
            "content/articles/a.de.md": Self.translation("\n" + Self.source + "\n\n"),
            "content/articles/b.en.md": SiteFixture.article(title: "Second", body: "Another text.\n"),
            "content/articles/b.fr.md": Self.translation("Un autre texte.\n", extra: "machineTranslated: true\n"),
            "content/articles/b.de.md": Self.translation("Ein anderer Text.\n"),
        ])
        let stubs = report.problems.filter { $0.kind == .stubTranslation }
        #expect(Set(stubs.map { "\($0.key) \($0.language) \($0.severity)" })
                == ["articles/a fr error", "articles/a de warning", "articles/b fr error"])
        #expect(stubs.first { $0.key == "articles/b" }?.location?.line == 4, "at the marker's line")
        #expect(stubs.first { $0.key == "articles/a" && $0.language == "fr" }?.location?.line == 5, "at the body")
        #expect(report.articles.map { $0.languages["fr"] } == [.stub, .stub])
        #expect(report.coverage["fr"] == .init(translated: 0, missing: 2, outdated: 0, percent: 0))
        #expect(report.coverage["de"] == .init(translated: 1, missing: 1, outdated: 0, percent: 50))
        #expect(!report.problems.contains { $0.kind == .wrongScript }, "a stub is reported once, as a stub")
    }

    @Test func theBuildCanLeaveStubsOut() throws {
        let fixture = try SiteFixture([
            "site.yaml": Self.site,
            "content/articles/a.en.md": SiteFixture.article(title: "Solidarity", body: Self.source),
            "content/articles/a.fr.md": Self.translation(Self.source),
            "content/articles/a.de.md": Self.translation("Unsere Kampagne wächst.\n"),
        ], exampleTemplates: false)
        let configuration = try SiteConfiguration.load(siteDirectory: fixture.root)
        let (content, _) = SiteContent.load(from: try SiteFolder.opening(fixture.root), configuration: configuration,
                                            includeDrafts: false)
        let files = StubRule(configuration: configuration).removingStubs(from: content.articles[0].files) { $0 }
        #expect(Set(files.keys.map(\.identifier)) == ["en", "de"])
    }

    @Test func pagesNotTranslatedAreNeverMissing() throws {
        let report = try Self.check([
            "content/docs/setup.en.md": SiteFixture.article(title: "Setup", body: "How to set up.\n"),
            "content/docs/api/calls.en.md": SiteFixture.article(title: "Calls", body: "The calls.\n"),
            "content/articles/local.en.md": SiteFixture.article(title: "Local", extra: "translate: false\n", body: "Local news.\n"),
            "content/articles/a.en.md": SiteFixture.article(title: "Solidarity", body: Self.source),
        ])
        #expect(Set(report.problems.filter { $0.kind == .missingTranslation }.map(\.key)) == ["articles/a"])
        let row = report.articles.first { $0.key == "articles/local" }
        #expect(row?.languages == ["en": .source, "fr": .notExpected, "de": .notExpected])
        #expect(report.articles.first { $0.key == "docs/api/calls" }?.languages["fr"] == .notExpected)
        #expect(report.coverage["fr"] == .init(translated: 0, missing: 1, outdated: 0, percent: 0))
        #expect(report.coverage["en"]?.percent == 100)
    }

    @Test func aBadTranslateValueIsAnErrorAtItsLine() throws {
        let report = try Self.check([
            "content/articles/a.en.md": SiteFixture.article(title: "Solidarity", extra: "translate: maybe\n", body: Self.source),
        ])
        let problem = report.problems.first { $0.kind == .frontMatter }
        #expect(problem?.message.contains("'translate' must be true or false") == true)
        #expect(problem?.location?.line == 4)
        // Read with the rest of the front matter: like any bad value, it leaves the file out.
        #expect(problem?.location?.path.hasSuffix("content/articles/a.en.md") == true)
    }

    @Test func newSettingsAreChecked() {
        let cases = [("sections: {docs: {translate: false}}", "sections: [docs]", "'sections' must be a mapping"),
                     ("sections: {docs: {translate: false}}", "sections: {docs: {translated: false}}", "unknown key 'translated' in section 'docs'"),
                     ("sections: {docs: {translate: false}}", "sections: {docs: {translate: nope}}", "'translate' must be true or false"),
                     ("stubMarkers: [machineTranslated]", "stubMarkers: {a: b}", "'stubMarkers' must be a list"),
                     ("stubMarkers: [machineTranslated]", "scripts: {de: Latin}", "'Latin' is not an ISO 15924 script code"),
                     ("stubMarkers: [machineTranslated]", "scripts: {sr: Latn}", "'scripts' names 'sr', which is not in languages")]
        for (line, replacement, message) in cases {
            let text = Self.site.replacing(line, with: replacement)
            let diagnostics: [Diagnostic]
            do {
                _ = try SiteConfiguration.parse(text, path: "site.yaml")
                diagnostics = []
            } catch {
                diagnostics = error.diagnostics
            }
            #expect(diagnostics.contains { $0.message.contains(message) && $0.location?.line != nil }, "\(replacement): \(diagnostics)")
        }
    }
}
