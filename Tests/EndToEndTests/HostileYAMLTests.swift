import Foundation
import Testing

/// `broadside build`, `check` and `stamp` on sites whose YAML is hostile: each stops quickly
/// with its documented status and a located error naming the limit, no signal, and a failed
/// build leaves the output folder as it was.
@Suite struct HostileYAMLTests {
    static func run(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try BroadsideProcess.run(arguments: arguments, currentDirectory: site.url)
    }

    /// Builds the good site, breaks `file` with `contents`, builds again: status 1, `expected`
    /// in the errors, well under the time a bomb took, and the output unchanged.
    static func expectBuildFails(_ file: String, _ contents: String, with expected: String,
                                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let site = try YAMLSite.make()
        let first = try run(["build"], in: site)
        #expect(first.status == 0, "\(first.errorOutput)", sourceLocation: sourceLocation)
        let before = YAMLSite.snapshot("output", of: site)
        #expect(!before.isEmpty, sourceLocation: sourceLocation)
        try site.write(contents, to: file)
        let start = ContinuousClock.now
        let failed = try run(["build"], in: site)
        #expect(ContinuousClock.now - start < .seconds(5), sourceLocation: sourceLocation)
        // A broken site.yaml is a configuration error (status 2); anything else, status 1.
        #expect(failed.status == (file == "site.yaml" ? 2 : 1), "\(failed.errorOutput)", sourceLocation: sourceLocation)
        #expect(failed.errorOutput.contains(expected), "\(failed.errorOutput.prefix(2_000))", sourceLocation: sourceLocation)
        #expect(failed.errorOutput.contains("the output folder was not changed"), sourceLocation: sourceLocation)
        #expect(YAMLSite.snapshot("output", of: site) == before, sourceLocation: sourceLocation)
    }

    static let nodeLimit = "error: YAML has more than 100000 values once its aliases are expanded"
    static let depthLimit = "error: YAML nests lists and mappings deeper than the limit of 64 levels"

    // MARK: - Alias bombs and nesting, in each kind of YAML file

    @Test func anAliasBombInALocaleFile() throws {
        try Self.expectBuildFails("locales/fr.yaml", YAMLSite.aliasBomb(levels: 29), with: "locales/fr.yaml:15:15: error: YAML has more")
        try Self.expectBuildFails("locales/fr.yaml", YAMLSite.aliasBomb(levels: 29), with: Self.nodeLimit)
    }

    @Test func checkReportsALocaleFileItCannotRead() throws {
        let site = try YAMLSite.make(["locales/fr.yaml": YAMLSite.aliasBomb(levels: 29)])
        let check = try Self.run(["check"], in: site)
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains("locales/fr.yaml:15:15: error: [message-syntax] YAML has more than 100000 values"), "\(check.output)")
    }

    @Test func anAliasBombInSiteYAML() throws {
        try Self.expectBuildFails("site.yaml", YAMLSite.siteYAML + YAMLSite.aliasBomb(levels: 40), with: "site.yaml:20:15: error: YAML has more")
        let site = try YAMLSite.make(["site.yaml": YAMLSite.siteYAML + YAMLSite.aliasBomb(levels: 40)])
        let check = try Self.run(["check"], in: site)
        #expect(check.status == 2, "check's status for a site configuration error")
        #expect(check.errorOutput.contains(Self.nodeLimit))
        let stamp = try Self.run(["stamp", "content/articles/a.fr.md"], in: site)
        #expect(stamp.status == 2)
        #expect(stamp.errorOutput.contains(Self.nodeLimit))
    }

    @Test func anAliasBombInFrontMatterUsedAsAKey() throws {
        let bomb = "---\ntitle: T\ndate: 2026-01-01\n" + YAMLSite.aliasBomb(levels: 30) + "? *a30\n: 1\n---\nText\n"
        try Self.expectBuildFails("content/articles/a.fr.md", bomb, with: "content/articles/a.fr.md:")
        try Self.expectBuildFails("content/articles/a.fr.md", bomb, with: Self.nodeLimit)
        let site = try YAMLSite.make(["content/articles/a.fr.md": bomb])
        let check = try Self.run(["check"], in: site)
        #expect(check.status == 1)
        #expect(check.output.contains("YAML has more than 100000 values"))
        let stamp = try Self.run(["stamp", "content/articles/a.fr.md"], in: site)
        #expect(stamp.status == 1)
        #expect(stamp.errorOutput.contains(Self.nodeLimit))
        #expect(try site.read("content/articles/a.fr.md") == Data(bomb.utf8))
    }

    @Test func deepNestingInEachFile() throws {
        let deep = String(repeating: "[", count: 100_000)
        try Self.expectBuildFails("locales/fr.yaml", "nav: " + deep, with: "locales/fr.yaml:1:")
        try Self.expectBuildFails("site.yaml", YAMLSite.siteYAML + "x: " + String(repeating: "{a: ", count: 100_000),
                                  with: Self.depthLimit)
        try Self.expectBuildFails("content/articles/a.en.md", "---\ntitle: T\ndate: 2026-01-01\nx: \(deep)\n---\n",
                                  with: "content/articles/a.en.md:4:")
        try Self.expectBuildFails("content/articles/a.en.md", "---\ntitle: T\ndate: 2026-01-01\nx: \(deep)\n---\n",
                                  with: Self.depthLimit)
    }

    @Test func aFileOverTheSizeLimit() throws {
        let huge = "nav:\n  home: \"" + String(repeating: "x", count: 1 << 20) + "\"\n"
        try Self.expectBuildFails("locales/fr.yaml", huge,
                                  with: "locales/fr.yaml:1:1: error: YAML text is 1048592 bytes, over the limit of 1048576 bytes")
    }

    // MARK: - Numbers, dates, control characters, tags

    /// The base-60 number (`a:b` is a × 60 + b in YAML 1.1) overflowed inside Yams: a signal, before.
    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "100000000000000000000", "1001",
                      "9223372036854775:223372036854775807"])
    func aHugePaginate(value: String) throws {
        let text = YAMLSite.siteYAML.replacingOccurrences(of: "paginate: 5", with: "paginate: \(value)")
        try Self.expectBuildFails("site.yaml", text, with: "site.yaml:5:11: error: 'paginate' must be a whole number from 1 to 1000")
    }

    @Test(arguments: ["10000-01-01", "9999-12-31T23:00:00-05:00", "0000-01-01"])
    func aDateOutsideYears1To9999(date: String) throws {
        try Self.expectBuildFails("content/articles/a.en.md", "---\ntitle: T\ndate: \(date)\n---\nText\n",
                                  with: "content/articles/a.en.md:3:7: error: '\(date)'")
    }

    @Test(arguments: [("title: \"Solidarity\\0\"", "U+0000"), ("tags: [one, \"t\\x07wo\"]", "U+0007"),
                      ("summary: \"\\e[31mred\"", "U+001B"), ("summary: \"\\x7F\"", "U+007F")])
    func controlCharactersInFrontMatter(line: String, character: String) throws {
        try Self.expectBuildFails("content/articles/a.en.md", "---\ntitle: T\ndate: 2026-01-01\n\(line)\n---\nText\n",
                                  with: "content/articles/a.en.md:4:")
        try Self.expectBuildFails("content/articles/a.en.md", "---\ndate: 2026-01-01\n\(line)\n---\nText\n",
                                  with: "error: YAML: control character \(character) in a value")
    }

    @Test func controlCharactersInSiteYAMLAndLocales() throws {
        try Self.expectBuildFails("site.yaml", YAMLSite.siteYAML.replacingOccurrences(of: "title: Minimal", with: "title: \"M\\x1B]0;x\\x07\""),
                                  with: "site.yaml:1:8: error: YAML: control character U+001B in a value")
        try Self.expectBuildFails("locales/fr.yaml", "nav:\n  home: \"Acc\\x00ueil\"\n",
                                  with: "locales/fr.yaml:2:9: error: YAML: control character U+0000 in a value")
    }

    /// A raw control character: the location and the message agree, and the message holds no other position.
    @Test func aRawControlCharacterIsReportedWhereItIs() throws {
        try Self.expectBuildFails("content/articles/a.en.md", "---\ntitle: T\ndate: 2026-01-01\nsummary: ab\u{07}c\n---\nText\n",
                                  with: "content/articles/a.en.md:4:12: error: YAML: control characters are not allowed (U+0007) [load content]")
    }

    @Test func controlCharactersInAnArticleBody() throws {
        try Self.expectBuildFails("content/articles/a.fr.md", "---\ntitle: T\ndate: 2026-01-01\n---\nFirst line.\nSecond \u{07}line, fullwidth，ok.\n",
                                  with: "content/articles/a.fr.md:6:8: error: control character U+0007 in the text")
    }

    @Test func oneBadLanguageTagIsOneError() throws {
        let text = YAMLSite.siteYAML.replacingOccurrences(of: "languages: [en, fr]", with: "languages: [en, \"fr!\", ar]\nrequiredLanguages: [en, ar]")
        let site = try YAMLSite.make(["site.yaml": text])
        let build = try Self.run(["build"], in: site)
        #expect(build.status == 2)
        #expect(build.errorOutput.contains("site.yaml:4:17: error: 'fr!' is not a valid BCP 47 language tag"))
        #expect(!build.errorOutput.contains("is not in languages"))
        #expect(build.errorOutput.contains("build failed with 1 error;"))
    }
}
