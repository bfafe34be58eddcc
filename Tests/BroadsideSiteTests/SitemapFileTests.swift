import Foundation
import Testing
@testable import BroadsideSite

/// A sitemap too big for one file: an index of files that together list what one file would.
@Suite struct SitemapFileTests {
    static let namespaces = ["s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"]

    /// The page data of a site of 30 articles in English, 20 of them in Arabic too.
    static func context() throws -> PageContext {
        var files: [String: String] = [:]
        for number in 1...30 {
            files["content/articles/article-\(number).en.md"] = SiteFixture.article(title: "Article \(number)")
            if number <= 20 { files["content/articles/article-\(number).ar.md"] = SiteFixture.article(title: "مقال \(number)") }
        }
        let site = try SiteFixture(files)
        let configuration = try SiteConfiguration.load(siteDirectory: site.root)
        let (content, problems) = SiteContent.load(from: try SiteFolder(site.root), configuration: configuration, includeDrafts: false)
        #expect(problems.isEmpty, "\(problems)")
        let plan = SitePlan(configuration: configuration, articles: content.articles.map { $0.files.mapValues(RenderedFile.init) }, now: content.window.now)
        return PageContext(configuration: configuration, plan: plan)
    }

    /// Each URL listed by the sitemap files of `writer` (the index left out), file by file.
    static func urls(of writer: SitemapWriter) -> [[String]] {
        let parts = writer.parts()
        return writer.paths.indices.dropFirst(writer.paths.count == 1 ? 0 : 1).map { number in
            ParsedDocument(xml: String(decoding: writer.file(number, of: parts), as: UTF8.self)).values("/s:urlset/s:url/s:loc", namespaces: namespaces)
        }
    }

    @Test func aSitemapOverItsLimitIsAnIndexOfFilesThatListTheSamePages() throws {
        let context = try Self.context()
        let whole = SitemapWriter(context: context)
        #expect(whole.paths == ["sitemap.xml"])
        let all = try #require(Self.urls(of: whole).first)
        #expect(all.filter { $0.contains("/articles/article-") }.count == 50 && all.count > 50)  // and the lists

        let byCount = SitemapWriter(context: context, urls: 7), bySize = SitemapWriter(context: context, bytes: 4_000)
        #expect(Self.urls(of: byCount).allSatisfy { $0.count <= 7 } && byCount.partCount == (all.count + 6) / 7)
        for split in [byCount, bySize] {
            let parts = Self.urls(of: split)
            #expect(parts.count > 3 && parts.allSatisfy { !$0.isEmpty })
            #expect(split.paths == ["sitemap.xml"] + parts.indices.map { "sitemap-\($0 + 1).xml" })
            #expect(Array(parts.joined()) == all)
            let index = ParsedDocument(xml: String(decoding: split.file(0, of: split.parts()), as: UTF8.self))
            #expect(index.values("/s:sitemapindex/s:sitemap/s:loc", namespaces: Self.namespaces)
                    == split.paths.dropFirst().map { "https://fixture.example.org/" + $0 })
        }
        // Every page keeps its alternates in whichever part lists it.
        let arabic = "https://fixture.example.org/ar/articles/article-1/"
        let part = try #require(Self.urls(of: byCount).firstIndex { $0.contains(arabic) })
        #expect(ParsedDocument(xml: String(decoding: byCount.file(part + 1, of: byCount.parts()), as: UTF8.self))
            .values("//s:url[s:loc='\(arabic)']/x:link/@hreflang", namespaces: Self.namespaces) == ["en", "ar", "x-default"])
        // Parts of one size, each about the size asked for.
        let sizes = (1..<bySize.paths.count).map { bySize.file($0, of: bySize.parts()).count }
        #expect(sizes.allSatisfy { $0 < 2 * 4_000 } && sizes.reduce(0, +) / sizes.count < 4_000)
    }
}
