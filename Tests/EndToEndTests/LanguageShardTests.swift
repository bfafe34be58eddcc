import Foundation
import Testing

/// `build --languages`: one shard of a site built by language, as a CI matrix builds it.
@Suite struct LanguageShardTests {
    private func build(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try SiteCommandTests.run(["build"] + arguments, in: site)
    }

    /// Each file below `folder` with its bytes and modification time.
    private func files(in folder: URL) throws -> [String: (bytes: Data, modified: timespec)] {
        var found: [String: (bytes: Data, modified: timespec)] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
            var info = stat()
            guard stat(folder.appendingPathComponent(path).path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            found[path] = (try Data(contentsOf: folder.appendingPathComponent(path)), info.st_mtim)
        }
        return found
    }

    @Test func aShardHoldsItsLanguagesAsAFullBuildMakesThemAndWhatAllShare() throws {
        let site = try SiteCommandTests.exampleSite()
        let full = try TemporaryFolder(), shard = try TemporaryFolder()
        #expect(try build(["--output", full.url("out").path], in: site).status == 0)
        let result = try build(["--languages", "ar,fr", "--output", shard.url("out").path], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.hasPrefix("Built 38 pages (ar 19, fr 19)"), "\(result.output)")
        let whole = try files(in: full.url("out")), part = try files(in: shard.url("out"))
        // Each language has its own search index, so the shard's are the full build's too.
        let others = ["en/", "es/", "sw/", "pagefind/en/", "pagefind/es/", "pagefind/sw/"]
        let expected = whole.keys.filter { path in !others.contains { path.hasPrefix($0) } }
        #expect(Set(part.keys) == Set(expected), "\(Set(part.keys).symmetricDifference(expected).sorted())")
        for path in expected { #expect(part[path]?.bytes == whole[path]?.bytes, "\(path)") }
        #expect(expected.contains { $0.hasPrefix("pagefind/ar/") } && expected.contains { $0.hasPrefix("pagefind/fr/") })
    }

    @Test func otherLanguagesFilesAreLeftAsTheyWere() throws {
        let site = try SiteCommandTests.exampleSite()
        #expect(try build([], in: site).status == 0)
        let before = try files(in: site.url("output"))
        for (file, sentence) in [("from-reaction-to-strategy.en.md", "An English sentence added."),
                                 ("from-reaction-to-strategy.ar.md", "جملة عربية مضافة.")] {
            let path = "content/articles/" + file
            try site.write(try site.text(path) + "\n\(sentence)\n", to: path)
        }
        let result = try build(["--languages", "ar"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        let after = try files(in: site.url("output"))
        // Only the Arabic search index is made again, under new names.
        let isArabicIndex = { (path: String) in path.hasPrefix("pagefind/ar/") }
        #expect(Set(after.keys.filter { !isArabicIndex($0) }) == Set(before.keys.filter { !isArabicIndex($0) }))
        let arabic = try #require(after.first { $0.key.hasPrefix("ar/articles/") && String(decoding: $0.value.bytes, as: UTF8.self).contains("جملة عربية مضافة.") })
        #expect(arabic.value.bytes != before[arabic.key]?.bytes)
        // All languages share the sitemap and the root.
        for (path, file) in before where !path.hasPrefix("ar/") && path != "sitemap.xml" && path != "index.html" && !isArabicIndex(path) {
            #expect(after[path]?.bytes == file.bytes, "\(path) changed")
            #expect(after[path]?.modified.tv_sec == file.modified.tv_sec && after[path]?.modified.tv_nsec == file.modified.tv_nsec,
                    "\(path) was written again")
        }
        // The next full build brings English up to date.
        #expect(try build([], in: site).status == 0)
        #expect(try site.text("output/en/articles/from-reaction-to-strategy/index.html").contains("An English sentence added."))
    }

    @Test func aLanguageTheSiteDoesNotHaveIsAConfigurationError() throws {
        let site = try SiteCommandTests.exampleSite()
        let result = try build(["--languages", "ar,de"], in: site)
        #expect(result.status == 2)
        #expect(result.errorOutput.contains("error: --languages names 'de', which is not one of the site's languages"), "\(result.errorOutput)")
        #expect(!site.exists("output"))
        #expect(try build(["--languages", "ar,"], in: site).status == 2)
    }
}
