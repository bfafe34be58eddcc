import Foundation
import Testing
@testable import BroadsideSite

/// `serve`'s builds in memory: after each change, the preview that has built since the start
/// serves byte for byte what a preview built anew serves.
@Suite struct SitePreviewTests {
    /// The three articles and a page without a date, with fallback pages: the pages of English-only
    /// articles show their text in Arabic and French too.
    static let files = SiteBuilderTests.threeArticles.merging([
        "site.yaml": SiteFixture.fallbackSiteYAML,
        "content/help.md": "---\ntitle: Help\n---\nHow to help.\n",
    ]) { _, new in new }

    /// Each change a writer makes while serving, made one after the other; all but one change pages.
    static let changes: [(name: String, change: @Sendable (SiteFixture) throws -> Void)] = [
        ("an article's first paragraph, which lists and feeds show", { site in
            try site.write(SiteFixture.article(title: "From reaction to strategy", date: "2026-03-01",
                                               extra: "tags: [strategy, media]\n", body: "A new first paragraph.\n\nMore.\n"),
                           to: "content/articles/strategy.en.md")
        }),
        ("the text of an English-only article, which its fallback pages show", { site in
            try site.write(SiteFixture.article(title: "Media in many languages", date: "2026-04-01",
                                               extra: "tags: [media]\n", body: "![A crowd](photo.jpg)\n\nNow with a caption.\n"),
                           to: "content/articles/media/index.en.md")
        }),
        ("a section's own text", { site in
            try site.write("---\ntitle: Articles\n---\nWhat this section holds.\n", to: "content/articles/_index.md")
        }),
        ("the text of a page without a date, which the home page lists apart", { site in
            try site.write("---\ntitle: Help\n---\nHow to help, now.\n", to: "content/help.md")
        }),
        ("a file saved again as it was", { site in
            try site.write(site.read("content/about.md")!, to: "content/about.md")
        }),
        ("a translation that becomes a stub: its source's text", { site in
            try site.write(SiteFixture.article(title: "De la réaction à la stratégie", date: "2026-03-01",
                                               extra: "slug: de-la-reaction\n", body: "A new first paragraph.\n\nMore.\n"),
                           to: "content/articles/strategy.fr.md")
        }),
        ("a title in the front matter", { site in
            try site.write(SiteFixture.article(title: "About the campaign", date: "2026-01-01"), to: "content/about.md")
        }),
        ("an article added", { site in
            try site.write(SiteFixture.article(title: "Newer", date: "2026-06-01"), to: "content/articles/newer.en.md")
        }),
        ("an article removed", { site in
            try FileManager.default.removeItem(atPath: site.path("content/articles/strategy.ar.md"))
        }),
    ]

    static let origin = "http://127.0.0.1:1313"

    /// Every file the preview's site serves, with what it holds.
    func served(_ outcome: SitePreview.Outcome) throws -> [String: Data] {
        guard case .built(let site, _) = outcome else {
            Issue.record("the preview did not build: \(outcome)")
            return [:]
        }
        return try site.files.mapValues { try site.contents(of: $0) }
    }

    @Test func aPreviewKeptAcrossChangesServesWhatANewOneServes() throws {
        let site = try SiteFixture(Self.files)
        // A layout that shows the summaries of the pages without a date, as a site's own may.
        let list = try #require(site.read("templates/list.html"))
        try site.write(list.replacingOccurrences(of: "{{lang title in=lang}}</a></li>", with: "{{lang title in=lang}}</a> {{summary}}</li>"), to: "templates/list.html")
        #expect(site.read("templates/list.html") != list)
        let kept = SitePreview(options: BuildOptions(siteDirectory: site.root), origin: Self.origin)
        var last = try served(kept.rebuild())
        for (name, change) in Self.changes {
            try change(site)
            let outcome = kept.rebuild()
            let now = if case .unchanged = outcome { last } else { try served(outcome) }
            let new = try served(SitePreview(options: BuildOptions(siteDirectory: site.root), origin: Self.origin).rebuild())
            #expect(now.keys.sorted() == new.keys.sorted(), "after \(name)")
            for (path, bytes) in new where now[path] != bytes {
                Issue.record("after \(name), \(path) is not what a new preview serves")
            }
            let changesPages = name != "a file saved again as it was"
            #expect((now != last) == changesPages, "after \(name), \(changesPages ? "nothing" : "something") changed")
            last = now
        }
    }
}
