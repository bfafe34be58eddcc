import Foundation
import Testing
@testable import BroadsideSite

/// A rebuild after a change gives byte for byte what a clean build gives, and writes only what changed.
@Suite struct IncrementalBuildTests {
    /// Builds, applies `change`, rebuilds incrementally into `output/` and cleanly into `clean/`,
    /// and compares the two trees.
    @discardableResult
    func rebuild(after change: (SiteFixture) throws -> Void,
                 files: [String: String] = SiteBuilderTests.threeArticles) throws -> BuildSummary {
        let site = try SiteFixture(files)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        try change(site)
        let summary = try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root, outputDirectory: site.path("clean"), clean: true))
        let built = site.files(under: "output")
        #expect(built == site.files(under: "clean"))
        for file in built {
            #expect(site.read("output/" + file) == site.read("clean/" + file), "\(file) differs from a clean build")
        }
        return summary
    }

    /// Rewrites a file of the site (its modification time changes with it: nanoseconds are compared).
    func edit(_ site: SiteFixture, _ path: String, _ transform: (String) -> String) throws {
        try site.write(transform(site.read(path)!), to: path)
    }

    @Test func nothingChangedWritesNothing() throws {
        let site = try SiteFixture(SiteBuilderTests.threeArticles)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        let before = try FileManager.default.attributesOfItem(atPath: site.path("output/en/index.html"))[.modificationDate] as? Date
        let summary = try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        #expect(summary.upToDate)
        #expect(summary.changes == 0)
        let after = try FileManager.default.attributesOfItem(atPath: site.path("output/en/index.html"))[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func editingAnArticleRewritesOnlyWhatShowsIt() throws {
        let summary = try rebuild(after: { site in
            try edit(site, "content/articles/strategy.fr.md") { $0 + "\nUne phrase de plus.\n" }
        })
        // The French page, the French feeds; lists show the summary and reading time, which stay.
        #expect(summary.changes == 3)
        #expect(!summary.upToDate)
    }

    @Test func editingATitleReachesListsFeedsAndTags() throws {
        try rebuild(after: { site in
            try edit(site, "content/articles/strategy.en.md") { $0.replacingOccurrences(of: "From reaction", with: "From anger") }
        })
    }

    /// The summary is learnt as the article's page renders it, before the lists show it.
    @Test func editingAFirstParagraphReachesTheListsThatShowIt() throws {
        let site = try SiteFixture(SiteBuilderTests.threeArticles)
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        try site.write(SiteFixture.article(title: "From reaction to strategy", date: "2026-03-01", extra: "tags: [strategy, media]\n",
                                           body: "A first paragraph written since.\n\nAnd the rest.\n"),
                       to: "content/articles/strategy.en.md")
        try SiteBuilder.build(BuildOptions(siteDirectory: site.root))
        for list in ["output/en/index.html", "output/en/tags/media/index.html", "output/en/feed.xml"] {
            #expect(site.read(list)?.contains("A first paragraph written since.") == true, "\(list)")
        }
        try rebuild(after: { site in
            try edit(site, "content/articles/strategy.en.md") { $0.replacingOccurrences(of: "\n\n", with: "\n\nA new opening.\n\n") }
        })
    }

    @Test func addingAndDeletingArticles() throws {
        try rebuild(after: { site in
            try site.write(SiteFixture.article(title: "Nouvelle", date: "2026-06-01", extra: "tags: [nouveau]\n"),
                           to: "content/articles/new.fr.md")
            try FileManager.default.removeItem(atPath: site.path("content/articles/media/index.en.md"))
        })
    }

    @Test func changingASlugMovesThePage() throws {
        try rebuild(after: { site in
            try edit(site, "content/articles/strategy.ar.md") { $0.replacingOccurrences(of: "slug: min-rad-alfil", with: "slug: jadid") }
        })
    }

    @Test func templateAndLocaleChanges() throws {
        try rebuild(after: { site in
            try edit(site, "templates/partials/footer.html") { $0 + "<!-- new footer -->\n" }
            try edit(site, "locales/fr.yaml") { $0.replacingOccurrences(of: "nav_home: \"", with: "nav_home: \"→ ") }
        })
    }

    @Test func configurationAndStaticChanges() throws {
        try rebuild(after: { site in
            try edit(site, "site.yaml") { $0 + "\npaginate: 1\n" }
            try site.write("body { color: red; }\n", to: "static/extra.css")
        })
    }
}
