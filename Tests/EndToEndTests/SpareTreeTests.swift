import Foundation
import Testing

/// A build starts from the tree the last one swapped out (its spare) and changes only what
/// changed: these tests hold it to publishing exactly what a build from nothing publishes, with
/// every file Broadside did not write as the user left it, never writing through a file the two
/// trees share, and never trusting a spare a stopped build may have changed.
@Suite struct SpareTreeTests {
    private func build(_ site: TemporaryFolder, _ arguments: [String] = []) throws {
        let result = try SiteCommandTests.run(["build"] + arguments, in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
    }

    /// What a `--clean` build of the site into a folder of its own publishes.
    private func cleanBuild(of site: TemporaryFolder) throws -> TreeSnapshot {
        let elsewhere = try TemporaryFolder()
        try build(site, ["--output", elsewhere.url("output").path, "--clean"])
        return TreeSnapshot(elsewhere.url("output"))
    }

    /// The spare tree's folder in the site's cache folder.
    private func spare(of site: TemporaryFolder) throws -> URL {
        let cache = site.url(".broadside-cache")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix("-spare-tree") })
        return cache.appendingPathComponent(name)
    }

    private func edit(_ site: TemporaryFolder, _ article: String, adding sentence: String) throws {
        let path = "content/articles/\(article)"
        try site.write(try site.read(path) + Data("\n\(sentence)\n".utf8), to: path)
    }

    @Test func buildAfterBuildPublishesWhatABuildFromNothingDoes() throws {
        let site = try SiteCommandTests.exampleSite()
        try build(site)
        try build(site, ["--clean"])
        /// Files someone else put in the output folder, which every build must leave as they are.
        var foreign: [String: String] = [:]
        func check(_ step: String) throws {
            try build(site)
            let published = TreeSnapshot(site.url("output")).entries
            var expected = try cleanBuild(of: site).entries
            for (path, text) in foreign {
                #expect(try site.read("output/" + path) == Data(text.utf8), "\(step): \(path)")
                var folder = path
                while !folder.isEmpty, expected[folder] == nil {
                    expected[folder] = published[folder]
                    folder = (folder as NSString).deletingLastPathComponent
                }
            }
            let differences = Set(published.keys).union(expected.keys).filter { published[$0] != expected[$0] }.sorted()
            #expect(differences.isEmpty, "\(step): \(differences)")
        }

        try edit(site, "legal-and-grassroots.en.md", adding: "One more sentence.")
        foreign["en/articles/legal-and-grassroots/notes.txt"] = "a note beside a page"
        foreign["extra/deep/file.txt"] = "a folder of someone else's"
        for (path, text) in foreign { try site.write(text, to: "output/" + path) }
        try check("files added beside pages and in a new folder")

        try FileManager.default.removeItem(at: site.url("output/extra/deep"))
        foreign["extra/deep/file.txt"] = nil
        foreign["extra/other.txt"] = "replaced"
        try site.write("replaced", to: "output/extra/other.txt")
        try edit(site, "legal-and-grassroots.fr.md", adding: "Une phrase de plus.")
        try check("a file removed, another added, by hand")

        let swahili = try site.read("content/articles/media-in-many-languages.sw.md")
        try FileManager.default.removeItem(at: site.url("content/articles/media-in-many-languages.sw.md"))
        try check("an article removed")

        // What other pages show of an article: its title in every list, and its translations
        // in the switcher and alternates of each of its pages.
        let english = String(decoding: try site.read("content/articles/legal-and-grassroots.en.md"), as: UTF8.self)
        try site.write(english.replacingOccurrences(of: "\ntitle: \"", with: "\ntitle: \"Retitled: "), to: "content/articles/legal-and-grassroots.en.md")
        try check("an article retitled")
        try site.write(swahili, to: "content/articles/media-in-many-languages.sw.md")
        try check("a translation added back")

        try site.write(try site.read("content/articles/legal-and-grassroots.en.md"), to: "content/articles/new-article.en.md")
        try check("an article added")

        try site.write("changed by hand", to: "output/extra/other.txt")
        foreign["extra/other.txt"] = "changed by hand"
        try edit(site, "legal-and-grassroots.en.md", adding: "And another.")
        try check("a file of someone else's changed in place")
    }

    @Test func aFolderMadeReadOnlyByHandKeepsItsPermissions() throws {
        let site = try SiteCommandTests.exampleSite()
        try build(site)
        try build(site, ["--clean"])
        try site.write("mine", to: "output/private/notes.txt")
        chmod(site.url("output/private").path, 0o700)
        for sentence in ["One more sentence.", "And another."] {
            try edit(site, "legal-and-grassroots.en.md", adding: sentence)
            try build(site)
            var info = stat()
            #expect(stat(site.url("output/private").path, &info) == 0 && info.st_mode & 0o7777 == 0o700)
            #expect(try site.read("output/private/notes.txt") == Data("mine".utf8))
        }
        chmod(site.url("output/private").path, 0o750)
        try edit(site, "legal-and-grassroots.en.md", adding: "And a third.")
        try build(site)
        var info = stat()
        #expect(stat(site.url("output/private").path, &info) == 0 && info.st_mode & 0o7777 == 0o750)
    }

    @Test func writingAPageNeverChangesTheFileTheTreesShare() throws {
        let site = try SiteCommandTests.exampleSite()
        try build(site)
        try build(site, ["--clean"])
        let edited = "en/articles/legal-and-grassroots/index.html"
        let kept = "en/articles/from-reaction-to-strategy/index.html"
        let before = try site.read("output/" + edited)
        try edit(site, "legal-and-grassroots.en.md", adding: "One more sentence.")
        try build(site)
        let spare = try spare(of: site)
        // The spare holds the page as the last build published it; had the new page been
        // written into the file both trees shared, the spare would hold the new one too.
        #expect(try Data(contentsOf: spare.appendingPathComponent(edited)) == before)
        #expect(try site.read("output/" + edited) != before)
        var published = stat(), spared = stat()
        #expect(stat(site.url("output/" + kept).path, &published) == 0)
        #expect(stat(spare.appendingPathComponent(kept).path, &spared) == 0)
        #expect(published.st_ino == spared.st_ino, "an unchanged page is one file in both trees")
    }

    @Test func aSpareTreeWithoutItsRecordIsNotTrusted() throws {
        let site = try SiteCommandTests.exampleSite()
        try build(site)
        try build(site, ["--clean"])
        // What a build stopped after it took the spare leaves: a changed spare, and no record.
        let spare = try spare(of: site)
        let page = spare.appendingPathComponent("en/articles/from-reaction-to-strategy/index.html")
        try FileManager.default.removeItem(at: page)
        try Data("half-written".utf8).write(to: page)
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.txt"))
        let record = spare.path.replacingOccurrences(of: "-spare-tree", with: "-spare")
        #expect(unlink(record) == 0)
        try edit(site, "legal-and-grassroots.en.md", adding: "One more sentence.")
        try build(site)
        #expect(TreeSnapshot(site.url("output")).differences(from: try cleanBuild(of: site)).isEmpty)
    }

    @Test func aStaticFileWhereAFolderWasAndBack() throws {
        let site = try SiteCommandTests.exampleSite()
        try site.write("inside", to: "static/notes/a.txt")
        try build(site)
        try build(site, ["--clean"])
        try FileManager.default.removeItem(at: site.url("static/notes"))
        try site.write("a file now", to: "static/notes")
        try build(site)
        #expect(try site.read("output/notes") == Data("a file now".utf8))
        try FileManager.default.removeItem(at: site.url("static/notes"))
        try site.write("inside again", to: "static/notes/a.txt")
        try build(site)
        #expect(try site.read("output/notes/a.txt") == Data("inside again".utf8))
        #expect(TreeSnapshot(site.url("output")).differences(from: try cleanBuild(of: site)).isEmpty)
    }
}
