import Foundation
import Testing

/// `broadside check` keeps its report and what it read in `.broadside-cache/`: a second check of
/// an unchanged site gives the saved report, a changed input makes it again, and each way says
/// the same bytes as a check with no cache at all.
@Suite struct CheckCacheTests {
    static let formats = ["text", "json", "junit", "sarif", "github", "html"]

    /// A check's exit status and report.
    struct Checked: Equatable {
        var status: Int32
        var report: [UInt8]
    }

    static func check(_ site: TemporaryFolder, _ arguments: [String] = [], epoch: Int? = nil) throws -> Checked {
        let broadside = try BroadsideProcess.executable().path
        let result = try Command.run((epoch.map { ["SOURCE_DATE_EPOCH=\($0)"] } ?? []) + [broadside, "check"] + arguments,
                                     in: site.url)
        return Checked(status: result.status, report: Array(result.stdout))
    }

    @Test func everyWayOfCheckingGivesTheSameReport() throws {
        let site = try TemporaryFolder(files: CoverageTruthTests.files)
        for arguments in Self.formats.map({ ["--format", $0] }) + [["--format", "json", "--strict"], ["--strict"]] {
            try? FileManager.default.removeItem(at: site.url(".broadside-cache"))
            // A file where the cache folder belongs: nothing is kept, everything is read.
            try site.write("", to: ".broadside-cache")
            let uncached = try Self.check(site, arguments)
            try FileManager.default.removeItem(at: site.url(".broadside-cache"))
            #expect(!uncached.report.isEmpty)

            let first = try Self.check(site, arguments)
            let saved = try Self.check(site, arguments)
            // The saved reports gone: the articles come from the check's content cache.
            for name in try FileManager.default.contentsOfDirectory(atPath: site.url(".broadside-cache").path)
            where name.hasPrefix("check-report-") {
                try FileManager.default.removeItem(at: site.url(".broadside-cache/\(name)"))
            }
            let fromCache = try Self.check(site, arguments)
            // Every file touched, as a fresh clone with its cache restored has them: read, not parsed.
            try Self.touchContent(of: site)
            let touched = try Self.check(site, arguments)
            for (way, checked) in [("first", first), ("saved", saved), ("content cache", fromCache), ("touched", touched)] {
                #expect(checked == uncached, "\(arguments.joined(separator: " ")): \(way)")
            }
        }
    }

    @Test func theSavedReportIsGivenUntilAnInputChanges() throws {
        let site = try TemporaryFolder(files: CoverageTruthTests.files)
        let first = try Self.check(site, ["--format", "json"])
        try Self.tamper(site, format: "json")
        #expect(try Self.check(site, ["--format", "json"]).report == Array("tampered".utf8), "unchanged: the saved report")
        #expect(try Self.check(site, ["--format", "text"]).report != Array("tampered".utf8), "another format has its own")
        #expect(try Self.check(site, ["--format", "json", "--strict"]).report != Array("tampered".utf8), "so has --strict")

        let changes: [(String, String)] = [
            ("content/articles/a.fr.md", CoverageTruthTests.page("Solidarité", "Notre campagne grandit chaque jour.")),
            ("i18n/fr.toml", "home = \"Accueil\"\n"),
            ("site.yaml", CoverageTruthTests.files["site.yaml"]!.replacing("requiredLanguages: [en, fr]", with: "requiredLanguages: [en]")),
            ("content/articles/c.en.md", CoverageTruthTests.page("New", "A new article.")),
        ]
        var last = first
        var reports: [[UInt8]] = []
        for (path, contents) in changes {
            try Self.tamper(site, format: "json")
            try site.write(contents, to: path)
            let checked = try Self.check(site, ["--format", "json"])
            #expect(checked.report != Array("tampered".utf8), "\(path) changed: the report is made again")
            #expect(checked.report != last.report, "\(path)")
            last = checked
            reports.append(checked.report)
        }
        try Self.tamper(site, format: "json")
        try FileManager.default.removeItem(at: site.url("content/articles/c.en.md"))
        #expect(try Self.check(site, ["--format", "json"]).report == reports[2], "a file removed: as before it was added")
    }

    @Test func theReportOfAPageScheduledForLaterIsMadeAgainOnceItIsPublished() throws {
        var files = CoverageTruthTests.files
        files["content/articles/later.en.md"] = CoverageTruthTests.page("Later", "Published later.",
                                                                        extra: "publishDate: 2030-01-01T00:00:00Z\n")
        let site = try TemporaryFolder(files: files)
        let before = Date(timeIntervalSince1970: 1_800_000_000)  // 2027
        let after = Date(timeIntervalSince1970: 1_900_000_000)  // 2030-03
        let early = try Self.check(site, ["--format", "json"], epoch: Int(before.timeIntervalSince1970))
        #expect(!String(decoding: early.report, as: UTF8.self).contains("articles/later"))
        try Self.tamper(site, format: "json")
        #expect(try Self.check(site, ["--format", "json"], epoch: Int(before.timeIntervalSince1970) + 60).report
            == Array("tampered".utf8), "the page is not published yet: the saved report holds")
        let late = try Self.check(site, ["--format", "json"], epoch: Int(after.timeIntervalSince1970))
        #expect(String(decoding: late.report, as: UTF8.self).contains("articles/later"), "published by then")
    }

    @Test func aLinkedCacheFolderIsNeitherReadNorWritten() throws {
        let site = try YAMLSite.make()
        let outside = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: site.url(".broadside-cache").path, withDestinationPath: outside.path)
        let check = try BroadsideProcess.run(arguments: ["check"], currentDirectory: site.url)
        #expect(check.status == 0, "the check runs, without its cache: \(check.errorOutput)")
        #expect(check.output.contains("fr"), "\(check.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty, "nothing written through the link")
    }

    /// Replaces the body of the saved report in `format`, keeping the line that says what it was made from.
    static func tamper(_ site: TemporaryFolder, format: String) throws {
        let path = ".broadside-cache/check-report-\(format)"
        let saved = try site.read(path)
        let header = saved.prefix { $0 != 0x0A }
        try site.write(header + Data("\ntampered".utf8), to: path)
    }

    /// Sets every content file's modification time a minute later.
    static func touchContent(of site: TemporaryFolder) throws {
        let content = site.url("content")
        let files = FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil)!
        for case let file as URL in files where !file.hasDirectoryPath {
            let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as! Date
            try FileManager.default.setAttributes([.modificationDate: modified.addingTimeInterval(60)], ofItemAtPath: file.path)
        }
    }
}
