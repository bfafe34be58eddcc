import Foundation
import Testing

/// `search: true`: Pagefind's index of each language's articles, written before the output is
/// published, and the search pages that read it, tried in headless Chromium.
@Suite struct SearchTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/search_results.py")

    /// What each search page found, by path, in headless Chromium: `Tests/Browser/search_results.py`.
    static func results(of paths: [String], in site: TemporaryFolder) throws -> [String: [String]] {
        let result = try Command.run(["python3", script.path, site.url("output").path] + paths)
        #expect(result.status == 0, "\(result.errorOutput)")
        return try JSONDecoder().decode([String: [String]].self, from: Data(result.output.utf8))
    }

    @Test(.enabled(if: ServeBrowserTests.canRun, "needs Chromium, chromedriver and Selenium: scripts/bootstrap browser"))
    func theArabicSearchPageFindsAnArabicArticleByAnArabicWord() throws {
        let site = try SiteCommandTests.exampleSite()
        let build = try SiteCommandTests.run(["build"], in: site)
        #expect(build.status == 0, "\(build.errorOutput)")
        // "الختامي" (closing) is in the Arabic closing declaration, and in an article that names it.
        let arabic = "/ar/search/?q=" + "الختامي".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!
        let english = "/en/search/?q=declaration"
        let found = try Self.results(of: [arabic, english], in: site)
        #expect(found[arabic]?.first == "/ar/articles/al-bayan-al-khitami-li-warshat-al-amal/", "\(found)")
        #expect(found[arabic]?.allSatisfy { $0.hasPrefix("/ar/") } == true, "only Arabic pages: \(found)")
        #expect(found[english]?.contains("/en/articles/workshop-closing-declaration/") == true, "\(found)")
        #expect(found[english]?.allSatisfy { $0.hasPrefix("/en/") } == true, "\(found)")
    }

    static func site(extra: [String: String] = [:]) throws -> TemporaryFolder {
        var files = [
            "site.yaml": "title: Caravan\nbaseURL: https://caravan.example.org/\ndefaultLanguage: en\nlanguages: [en, am]\nmissingTranslations: fallback\nsearch: true\n",
            "content/articles/caravans.en.md": "---\ntitle: The caravans set out\ndate: 2026-05-01\n---\nThe caravans set out at dawn.\n",
            "content/articles/caravans.am.md": "---\ntitle: ተጓዦቹ ተነሱ\ndate: 2026-05-01\n---\nተጓዦቹ ጎህ ሲቀድ ተነሱ።\n",
            "content/articles/only-english.en.md": "---\ntitle: Only in English\ndate: 2026-05-02\n---\nA dispatch.\n",
        ]
        files.merge(extra) { _, new in new }
        return try TemporaryFolder(files: files)
    }

    @Test func aSearchPageGivesPagefindTheSitesWordsWhereItHasNoneOfItsOwn() throws {
        let site = try Self.site()
        let build = try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url)
        #expect(build.status == 0, "\(build.errorOutput)")
        let script = try site.text("output/pagefind/en/pagefind-ui.js")
        #expect(script.contains("translations/en.json") && !script.contains("translations/am.json"))
        #expect(try site.text("output/am/search/index.html").contains(#"data-placeholder="Search""#), "the site's string, English until am.yaml has one")
        #expect(!(try site.text("output/en/search/index.html")).contains("data-placeholder"))
        #expect(try site.text("output/en/index.html").contains(#"href="/en/search/""#), "the header links to it")
        // A fallback page shows English under Amharic: it is not in the Amharic index.
        #expect(try site.text("output/am/articles/caravans/index.html").contains("data-pagefind-body"))
        #expect(!(try site.text("output/am/articles/only-english/index.html")).contains("data-pagefind-body"))
        for language in ["en", "am"] {
            let index = try FileManager.default.contentsOfDirectory(atPath: site.url("output/pagefind/\(language)").path).filter { $0.hasSuffix(".pf_meta") }
            #expect(index.count == 1 && index[0].hasPrefix("pagefind.\(language)_"), "each language its own bundle: \(index)")
        }
        #expect(try site.text("output/am/search/index.html").contains(#"data-bundle="/pagefind/am/""#))
    }

    @Test func aLanguageWithNoArticleOfItsOwnHasNoSearchPage() throws {
        let site = try Self.site(extra: ["site.yaml": "title: Caravan\nbaseURL: https://caravan.example.org/\ndefaultLanguage: en\nlanguages: [en, am, fr]\nmissingTranslations: fallback\nsearch: true\n"])
        let build = try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url)
        #expect(build.status == 0, "\(build.errorOutput)")
        #expect(site.exists("output/fr/articles/caravans/index.html"), "French has fallbacks")
        #expect(!site.exists("output/fr/search/index.html") && !site.exists("output/pagefind/fr"))
        #expect(!(try site.text("output/fr/index.html")).contains("/search/"), "and no link to one")
        #expect(site.exists("output/am/search/index.html"))
    }

    @Test func twoBuildsMakeTheSameIndexAndAnUnchangedSiteRewritesNone() throws {
        let site = try Self.site()
        #expect(try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url).status == 0)
        let first = YAMLSite.snapshot("output", of: site)
        let rebuild = try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url)
        #expect(rebuild.output.hasPrefix("Up to date"), "\(rebuild.output)")
        try FileManager.default.removeItem(at: site.url("output"))
        try FileManager.default.removeItem(at: site.url(".broadside-cache"))
        #expect(try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url).status == 0)
        #expect(YAMLSite.snapshot("output", of: site) == first)
        #expect(first.keys.contains { $0.hasPrefix("pagefind/") })
    }

    @Test func anEditIndexesItsLanguageAgainAndKeepsTheOthersIndex() throws {
        let site = try Self.site()
        #expect(try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url).status == 0)
        func amharicIndex() throws -> [String: (Int, Data)] {
            let folder = site.url("output/pagefind/am")
            var files: [String: (Int, Data)] = [:]
            for path in FileManager.default.subpaths(atPath: folder.path) ?? [] {
                let url = folder.appendingPathComponent(path)
                guard let number = try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int,
                      !((try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? true) else { continue }
                files[path] = (number, try Data(contentsOf: url))
            }
            return files
        }
        let before = try amharicIndex(), english = try site.text("output/pagefind/en/pagefind-entry.json")
        try site.write("---\ntitle: The caravans return\ndate: 2026-05-01\n---\nThe caravans return at dusk.\n", to: "content/articles/caravans.en.md")
        #expect(try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url).status == 0)
        let after = try amharicIndex()
        #expect(!before.isEmpty && Set(after.keys) == Set(before.keys))
        for (path, file) in before { #expect(after[path]?.0 == file.0 && after[path]?.1 == file.1, "\(path) was written again") }
        #expect(try site.text("output/pagefind/en/pagefind-entry.json") != english, "the English index is made again")
    }

    @Test func aFailedIndexLeavesTheOutputAsItWas() throws {
        let site = try Self.site()
        #expect(try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url).status == 0)
        let before = YAMLSite.snapshot("output", of: site)
        try site.write("---\ntitle: The caravans return\ndate: 2026-05-01\n---\nThey return.\n", to: "content/articles/caravans.en.md")
        let failed = try Command.run(["BROADSIDE_PAGEFIND=/bin/false", try BroadsideProcess.executable().path, "build"], in: site.url)
        #expect(failed.status != 0)
        #expect(failed.errorOutput.contains("Pagefind failed (exit status 1)") && failed.errorOutput.contains("[index for search]"), "\(failed.errorOutput)")
        #expect(YAMLSite.snapshot("output", of: site) == before)
        // Without Pagefind (a python3 that has no pagefind_bin, no pagefind on PATH), the hint says how to get it.
        try site.write("#!/bin/sh\nexit 1\n", to: "bin/python3")
        chmod(site.url("bin/python3").path, 0o755)
        let missing = try Command.run(["PATH=\(site.url("bin").path):/usr/bin:/bin", "BROADSIDE_PAGEFIND=",
                                       try BroadsideProcess.executable().path, "build"], in: site.url)
        #expect(missing.status != 0)
        #expect(missing.errorOutput.contains("site.yaml:6:9: error: search: true needs Pagefind, which is not installed")
                && missing.errorOutput.contains("scripts/bootstrap search"), "\(missing.errorOutput)")
        #expect(YAMLSite.snapshot("output", of: site) == before)
    }
}
