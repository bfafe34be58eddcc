import Foundation
import Testing

/// `broadside build`, `check` and `stamp`, run as the built executable on copies of the
/// repository's own example site, as a user runs them.
@Suite struct SiteCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A copy of the example site (site.yaml, content, locales, templates, static) in a temporary folder.
    static func exampleSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for item in ["site.yaml", "content", "locales", "templates", "static"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(item), to: folder.url(item))
        }
        return folder
    }

    static func run(_ arguments: [String], in folder: TemporaryFolder) throws -> BroadsideProcess.Result {
        try BroadsideProcess.run(arguments: arguments, currentDirectory: folder.url)
    }

    @Test func buildsTheExampleSiteThenRebuildsNothing() throws {
        let site = try Self.exampleSite()
        let first = try Self.run(["build"], in: site)
        #expect(first.status == 0, "\(first.errorOutput)")
        #expect(first.output.hasPrefix("Built "))
        #expect(first.output.contains("pages (en ") && first.output.contains(", sw ") && first.output.contains("10 feeds"))
        #expect(!first.output.contains("\r"), "no progress output when not on a terminal")
        #expect(first.errorOutput.isEmpty)
        let arabic = try String(decoding: site.read("output/ar/index.html"), as: UTF8.self)
        #expect(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"))
        // The Swahili fallback of the article that has no Swahili file.
        let fallback = try String(decoding: site.read("output/sw/articles/legal-and-grassroots/index.html"), as: UTF8.self)
        #expect(fallback.contains("<article class=\"article\" lang=\"en\" dir=\"ltr\">"))

        let second = try Self.run(["build"], in: site)
        #expect(second.status == 0)
        #expect(second.output.hasPrefix("Up to date"))
    }

    @Test func aBrokenArticleFailsTheBuildAndLeavesOutputAlone() throws {
        let site = try Self.exampleSite()
        #expect(try Self.run(["build"], in: site).status == 0)
        let before = try site.read("output/en/index.html")
        try site.write("---\ntitle: [unclosed\ndate: 2026-01-01\n---\nText\n", to: "content/articles/broken.en.md")
        let failed = try Self.run(["build"], in: site)
        #expect(failed.status == 1)
        #expect(failed.stdout.isEmpty)
        #expect(failed.errorOutput.contains("content/articles/broken.en.md:3:5: error: YAML"))
        #expect(failed.errorOutput.contains("error: YAML"))
        #expect(failed.errorOutput.contains("the output folder was not changed"))
        #expect(try site.read("output/en/index.html") == before)
        #expect(!FileManager.default.fileExists(atPath: site.url(".output.broadside-staging").path))
    }

    @Test func coverageBelowTheMinimumFailsNamingTheSite() throws {
        let site = try Self.exampleSite()
        try FileManager.default.removeItem(at: site.url("content/articles/legal-and-grassroots.ar.md"))
        let result = try Self.run(["check", "--min-coverage", "100"], in: site)
        #expect(result.status == 1)
        #expect(result.errorOutput.contains(".: error: ar coverage is 85.7%, below --min-coverage 100.0%"), "\(result.errorOutput)")
    }

    @Test func checkPassesOnTheExampleSiteInEveryFormat() throws {
        let site = try Self.exampleSite()
        let text = try Self.run(["check", "--min-coverage", "100"], in: site)
        #expect(text.status == 0, "\(text.output)\(text.errorOutput)")
        #expect(text.output.contains("articles/legal-and-grassroots"))
        #expect(!text.output.contains("\u{1B}["), "no colour when not on a terminal")
        for format in ["json", "junit", "sarif", "github", "html"] {
            let result = try Self.run(["check", "--format", format, "--output", "report.\(format)"], in: site)
            #expect(result.status == 0, "\(format): \(result.errorOutput)")
            #expect(try site.read("report.\(format)").count > 10 || format == "github")
        }
    }

    @Test func checkExitCodes() throws {
        let site = try Self.exampleSite()
        // A required language below the minimum: Swahili is not required, so 80% passes; 100 for all would not.
        try site.write(String(decoding: try site.read("site.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "requiredLanguages: [en, ar, fr, es]", with: "requiredLanguages: [en, ar, fr, es, sw]"),
                       to: "site.yaml")
        let missing = try Self.run(["check", "--format", "github"], in: site)
        #expect(missing.status == 1)
        #expect(missing.output.contains("::error file=content/articles/legal-and-grassroots.en.md"))
        #expect(missing.output.contains("title=missing-translation (sw)"))

        let noSite = try TemporaryFolder()
        let configuration = try Self.run(["check"], in: noSite)
        #expect(configuration.status == 2)
        #expect(configuration.errorOutput.contains("site.yaml"))

        let usage = try Self.run(["check", "--format", "yaml"], in: site)
        #expect(usage.status == 2)
    }

    @Test func editingASourceOutdatesItsTranslationsUntilStamped() throws {
        let site = try Self.exampleSite()
        let source = "content/articles/media-in-many-languages.en.md"
        try site.write(String(decoding: try site.read(source), as: UTF8.self) + "\nOne more paragraph.\n", to: source)
        let outdated = try Self.run(["check", "--format", "json"], in: site)
        #expect(outdated.status == 0, "outdated translations are warnings")
        let report = try #require(try JSONSerialization.jsonObject(with: outdated.stdout) as? [String: Any])
        let problems = try #require(report["problems"] as? [[String: Any]])
        let kinds = problems.filter { $0["key"] as? String == "articles/media-in-many-languages" }.compactMap { $0["kind"] as? String }
        #expect(kinds == Array(repeating: "outdated-translation", count: 4))
        #expect(try Self.run(["check", "--strict"], in: site).status == 1)

        let translation = "content/articles/media-in-many-languages.ar.md"
        let before = try site.read(translation)
        let stamp = try Self.run(["stamp", translation], in: site)
        #expect(stamp.status == 0, "\(stamp.errorOutput)")
        let after = try site.read(translation)
        let beforeLines = String(decoding: before, as: UTF8.self).components(separatedBy: "\n")
        let afterLines = String(decoding: after, as: UTF8.self).components(separatedBy: "\n")
        #expect(beforeLines.count == afterLines.count, "only the sourceHash line changes")
        #expect(zip(beforeLines, afterLines).filter { $0 != $1 }.allSatisfy { $0.0.hasPrefix("sourceHash: ") && $0.1.hasPrefix("sourceHash: ") })
        let rechecked = try Self.run(["check", "--format", "json"], in: site)
        #expect(!String(decoding: rechecked.stdout, as: UTF8.self).contains("media-in-many-languages.ar.md"))
    }
}
