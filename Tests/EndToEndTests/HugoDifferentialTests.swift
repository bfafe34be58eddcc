import Foundation
import Testing

/// The Hugo fixture (five languages in `content/<lang>/` folders, split TOML configuration,
/// permalinks, ugly URLs, shortcodes, stubs, aliases, a cascade), built by real Hugo and, after
/// `broadside import hugo`, by Broadside: every page Hugo writes, Broadside writes at the same
/// path, except the listed ones, which docs/hugo.md lists with the same reasons.
@Suite struct HugoDifferentialTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/HugoSite")
    static let documentation = SiteCommandTests.repository.appendingPathComponent("docs/hugo.md")
    /// The section of docs/hugo.md that lists ``exceptions``, one "- `path`: reason" line each.
    static let differencesHeading = "## Where the output differs from Hugo's"

    /// The pages Hugo writes for the fixture that Broadside does not write at the same path, each
    /// with why. The list can only shrink: a page listed here that Broadside writes, or that Hugo
    /// does not write, fails the test.
    static let exceptions: [String: String] = [
        "pt-br/2026/02/por-que-ar-limpo/index.html": "a stub translation (front matter only): Broadside builds it as missing, "
            + "and with `missingTranslations: skip` (the default) that is no page; Hugo publishes the empty page",
        "de/about/index.html": "a stub translation (its body is the English page's): Broadside builds it as missing, "
            + "and with `missingTranslations: skip` that is no page; Hugo publishes the copy",
    ]

    @Test(.enabled(if: HugoProcess.shouldRun, "needs hugo 0.158.0 or newer on PATH: run scripts/bootstrap hugo"))
    func everyPageHugoWritesBroadsideWritesAtTheSamePath() throws {
        _ = try HugoProcess.version.get()
        let hugoSite = try Self.copyOfFixture()
        let hugoOutput = try TemporaryFolder()
        let hugo = try HugoProcess.build(source: hugoSite.url, destination: hugoOutput.url)
        try #require(hugo.status == 0, "hugo could not build the fixture:\n\(hugo.output)\(hugo.errorOutput)")
        let hugoPages = Self.htmlFiles(in: hugoOutput.url)
        try #require(hugoPages.contains("index.html") && hugoPages.contains("fr/index.html"),
                     "hugo wrote no home pages: \(hugoPages.sorted())")
        #expect(Self.snippets(in: hugoPages).isEmpty, "the fixture's cascade keeps Hugo from writing snippets/")

        let site = try Self.importedFixture()
        let build = try Self.broadside(["build"], in: site)
        try #require(build.status == 0, "broadside could not build the fixture:\n\(build.errorOutput)")
        let pages = Self.htmlFiles(in: site.url("output"))

        let missing = hugoPages.subtracting(pages).subtracting(Self.exceptions.keys)
        #expect(missing.isEmpty, """
            Hugo writes \(missing.count) of its \(hugoPages.count) pages where Broadside writes none:
            \(Self.lines(missing))
            Broadside writes these pages that Hugo does not:
            \(Self.lines(pages.subtracting(hugoPages)))
            """)
        let written = Set(Self.exceptions.keys).intersection(pages)
        #expect(written.isEmpty, "Broadside writes these listed pages now; take them off the list here and in docs/hugo.md:\n\(Self.lines(written))")
        let notHugo = Set(Self.exceptions.keys).subtracting(hugoPages)
        #expect(notHugo.isEmpty, "Hugo does not write these listed pages; take them off the list here and in docs/hugo.md:\n\(Self.lines(notHugo))")
        #expect(Self.snippets(in: pages).isEmpty, "the cascade's build options keep snippets/ unpublished:\n\(Self.lines(Self.snippets(in: pages)))")
    }

    @Test func theExceptionsAreTheOnesDocsHugoMDLists() throws {
        let text = String(decoding: try Data(contentsOf: Self.documentation), as: UTF8.self)
        let section = try #require(text.components(separatedBy: "\n" + Self.differencesHeading + "\n").dropFirst().first,
                                   "docs/hugo.md has no section \(Self.differencesHeading)")
        var listed: [String: String] = [:]
        for line in section.split(separator: "\n", omittingEmptySubsequences: false).prefix(while: { !$0.hasPrefix("#") })
            where line.hasPrefix("- `")
        {
            let parts = line.dropFirst(3).split(separator: "`: ", maxSplits: 1)
            try #require(parts.count == 2, "docs/hugo.md: not a \"- `path`: reason\" line: \(line)")
            listed[String(parts[0])] = String(parts[1])
        }
        #expect(listed == Self.exceptions)
    }

    @Test func checkCountsTheStubTranslationsAsMissing() throws {
        let site = try Self.importedFixture()
        let check = try Self.broadside(["check", "--format", "json"], in: site)
        #expect(check.status == 0 || check.status == 1, "check ran: \(check.errorOutput)")
        let report = try #require(try JSONSerialization.jsonObject(with: check.stdout) as? [String: Any])
        let rows = (report["articles"] as? [[String: Any]] ?? []).reduce(into: [String: [String: String]]()) { rows, row in
            if let key = row["key"] as? String { rows[key] = row["languages"] as? [String: String] }
        }
        let stubs = (report["problems"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "stub-translation" }
        // An empty body (front matter only), and a body that is the English one.
        for (article, language, file) in [("posts/clean-air", "pt-BR", "content/pt-br/posts/clean-air.markdown"),
                                          ("about", "de", "content/de/about.md")] {
            #expect(rows[article]?[language] == "stub", "\(article) in \(language): \(rows[article].map { "\($0)" } ?? "no such article in \(rows.keys.sorted())")")
            #expect(stubs.contains { $0["language"] as? String == language && ($0["file"] as? String)?.hasSuffix("/" + file) == true },
                    "\(file) is a stub translation; those reported: \(stubs.map { "\($0["language"] ?? "") \($0["file"] ?? "")" })")
        }
        #expect(rows["posts/clean-air"]?["fr"] == "translated" || rows["posts/clean-air"]?["fr"] == "unverified",
                "a real translation counts: \(rows["posts/clean-air"].map { "\($0)" } ?? "no such article")")
    }

    @Test func everyInternalLinkOfTheBuiltFixtureResolves() throws {
        let site = try Self.importedFixture()
        let check = try Self.broadside(["check", "--links", "--format", "json"], in: site)
        let report = try #require(try JSONSerialization.jsonObject(with: check.stdout) as? [String: Any], "\(check.errorOutput)")
        let broken = (report["problems"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "broken-link" }
        #expect(broken.isEmpty, "\(broken.map { "\($0["file"] ?? ""): \($0["message"] ?? "")" })")
    }

    // MARK: - Helpers

    /// A copy of the fixture in a new temporary folder.
    static func copyOfFixture() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for item in try FileManager.default.contentsOfDirectory(atPath: fixture.path) {
            try FileManager.default.copyItem(at: fixture.appendingPathComponent(item), to: folder.url(item))
        }
        return folder
    }

    /// A copy of the fixture with the `site.yaml` that `broadside import hugo` writes for it.
    static func importedFixture() throws -> TemporaryFolder {
        let site = try copyOfFixture()
        let imported = try broadside(["import", "hugo"], in: site)
        try #require(imported.status == 0, "broadside import hugo failed:\n\(imported.errorOutput)")
        return site
    }

    /// Runs `broadside arguments… --site SITE`, as a user moving a Hugo site does.
    static func broadside(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try BroadsideProcess.run(arguments: arguments + ["--site", site.path], currentDirectory: site.url)
    }

    /// The `.html` files below `folder`, by path relative to it.
    static func htmlFiles(in folder: URL) -> Set<String> {
        Set((FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.hasSuffix(".html") })
    }

    /// The paths in the fixture's `snippets/` section, which the cascade leaves unpublished.
    static func snippets(in paths: Set<String>) -> Set<String> {
        paths.filter { $0.split(separator: "/").contains("snippets") }
    }

    /// `paths` sorted, one a line, indented.
    static func lines(_ paths: Set<String>) -> String {
        paths.isEmpty ? "  (none)" : paths.sorted().map { "  " + $0 }.joined(separator: "\n")
    }
}
