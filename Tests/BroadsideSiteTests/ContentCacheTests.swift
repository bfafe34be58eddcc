import BroadsideLocale
import Foundation
import Testing
@testable import BroadsideSite

@Suite struct ContentCacheTests {
    @Test func roundTripsEveryFieldWhateverItHolds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let title = "Back\\slash,\nnew line\r\nand \u{1F}\u{1E} separators — العربية"
        var frontMatter = FrontMatter(title: title, date: Date(timeIntervalSince1970: 1_777_593_600.5), summary: nil,
                                      tags: ["a\u{1E}b", "", "تضامن"], draft: true, slug: "s", translationKey: nil,
                                      sourceHash: "0123456789ab",
                                      locations: FieldLocations(path: "site/content/articles/x.ar.md",
                                                                 [("tags", SourceLocation(path: "site/content/articles/x.ar.md", line: 4, column: 7))]))
        frontMatter.event = Event(start: Date(timeIntervalSince1970: 1_781_449_200), end: nil,
                                  timeZone: try #require(TimeZoneRules(identifier: "Africa/Nairobi")), online: nil,
                                  location: "Dakar, Maison\u{1E}des jeunes")
        let file = ArticleFile(path: "site/content/articles/x.ar.md", relativePath: "articles/x.ar.md", section: "articles",
                               name: "x", language: try LanguageTag("ar"), frontMatter: frontMatter, body: "",
                               bodyLine: 7, contentHash: .max)
        var cache = ContentCache(configurationHash: 42)
        let status = FileStatus(size: 10, modified: -3, changed: 5, inode: 77)
        cache.records["articles/x.ar.md"] = .init(status: status, file: file, facts: TextFacts(summary: "Line\none", readingMinutes: 4, hasReferences: false))
        try cache.save(to: folder)

        let loaded = ContentCache.load(from: folder, configurationHash: 42, root: "site/content",
                                        languages: [try LanguageTag("ar")])
        let record = try #require(loaded.record(for: "articles/x.ar.md", status: status))
        #expect(record.file.frontMatter.title == title)
        #expect(record.file.frontMatter.date == frontMatter.date)
        #expect(record.file.frontMatter.tags == frontMatter.tags)
        #expect(record.file.frontMatter.event == frontMatter.event)
        #expect(record.file.frontMatter.locations["tags"]?.description == "site/content/articles/x.ar.md:4:7")
        #expect(record.file.frontMatter.draft && record.file.frontMatter.slug == "s" && record.file.frontMatter.translationKey == nil)
        #expect(record.file.path == "site/content/articles/x.ar.md" && record.file.contentHash == .max && record.file.bodyLine == 7)
        #expect(record.facts.summary == "Line\none" && record.facts.readingMinutes == 4)
        for changed in [FileStatus(size: 11, modified: -3, changed: 5, inode: 77), FileStatus(size: 10, modified: -3, changed: 6, inode: 77),
                        FileStatus(size: 10, modified: -3, changed: 5, inode: 78)] {
            #expect(loaded.record(for: "articles/x.ar.md", status: changed) == nil)
        }
        #expect(ContentCache.load(from: folder, configurationHash: 43, root: "site/content",
                                   languages: [try LanguageTag("ar")]).records.isEmpty)
    }
}
