import Foundation
import Testing

/// `broadside check --trend` on sites whose history a test commits step by step: translations
/// added in batches, a commit that touches nothing of the site, an outdated translation, a
/// language added later, a merged branch, renames, a shallow clone.
@Suite struct CoverageTrendTests {
    static func siteYAML(languages: String) -> String {
        "title: Trend\nbaseURL: https://trend.example.org/\ndefaultLanguage: en\nlanguages: [\(languages)]\nrequiredLanguages: [en]\n"
    }

    static func page(_ title: String, _ body: String = "Some text of the campaign.") -> String {
        "---\ntitle: \(title)\ndate: 2026-01-01\n---\n\(body)\n"
    }

    /// Commits the story of a site in English, French and Arabic, then Swahili; returns the
    /// ids of the commits the trend must show, oldest first.
    static func translatedStory(in history: GitHistory) throws -> [String] {
        var points: [String] = []
        points.append(try history.commit("Sources", [
            "site.yaml": siteYAML(languages: "en, fr, ar"),
            "content/articles/a.en.md": page("A"), "content/articles/b.en.md": page("B"),
            "content/articles/c.en.md": page("C"), "content/articles/d.en.md": page("D"),
        ]))
        points.append(try history.commit("French, a first batch", [
            "content/articles/a.fr.md": page("A fr", "Du texte de la campagne."),
            "content/articles/b.fr.md": page("B fr", "Du texte de la campagne."),
        ]))
        try history.commit("Notes that are not the site", ["NOTES.md": "Who translates what.\n"])
        // d.fr is a stub (no text), so it counts as missing; a.fr is stamped with a.en's hash.
        try history.folder.write(page("C fr", "Du texte."), to: "content/articles/c.fr.md")
        try history.folder.write(page("D fr", ""), to: "content/articles/d.fr.md")
        for key in ["a", "b", "c", "d"] {
            try history.folder.write(page("\(key) ar", "نص من الحملة."), to: "content/articles/\(key).ar.md")
        }
        let stamp = try BroadsideProcess.run(arguments: ["stamp", "content/articles/a.fr.md"], currentDirectory: history.folder.url)
        #expect(stamp.status == 0, "\(stamp.errorOutput)")
        points.append(try history.commit("Arabic, and the rest of French"))
        points.append(try history.commit("A changes after its French translation", [
            "content/articles/a.en.md": page("A", "Some new text of the campaign."),
        ]))
        points.append(try history.commit("Swahili", [
            "site.yaml": siteYAML(languages: "en, fr, ar, sw"),
            "content/.drafts/e.en.md": page("Hidden"),
        ]))
        return points
    }

    /// The trend's points of a JSON report: commit, date, and coverage by language.
    static func trend(of result: BroadsideProcess.Result) throws -> (points: [(String, String, [String: Double])], note: String?) {
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let points = try #require(json["trend"] as? [[String: Any]]).map { point in
            (point["commit"] as? String ?? "", point["date"] as? String ?? "", point["coverage"] as? [String: Double] ?? [:])
        }
        return (points, json["trendNote"] as? String)
    }

    @Test func theTrendCountsEveryCommitThatChangedTheSite() throws {
        let history = try GitHistory()
        let commits = try Self.translatedStory(in: history)
        let result = try BroadsideProcess.run(arguments: ["check", "--trend", "--format", "json"], currentDirectory: history.folder.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        let (points, note) = try Self.trend(of: result)
        #expect(note == nil, "the whole history is there")
        #expect(points.map(\.0) == commits, "the commit of notes alone is no point")
        #expect(points.map(\.1) == [1, 2, 4, 5, 6].map(GitHistory.date(day:)))
        let expected: [[String: Double]] = [
            ["en": 100, "fr": 0, "ar": 0],
            ["en": 100, "fr": 50, "ar": 0],
            ["en": 100, "fr": 75, "ar": 100],   // d.fr is a stub
            ["en": 100, "fr": 50, "ar": 100],   // a.fr is outdated; the Arabic ones have no sourceHash
            ["en": 100, "fr": 50, "ar": 100, "sw": 0],
        ]
        #expect(points.map(\.2) == expected)

        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let coverage = try #require(json["coverage"] as? [String: [String: Any]])
        #expect(coverage.mapValues { $0["percent"] as? Double } == expected.last!.mapValues { $0 },
                "the last point is what the check reports now")
    }

    @Test func theTextReportDrawsASparklinePerLanguage() throws {
        let history = try GitHistory()
        _ = try Self.translatedStory(in: history)
        let result = try BroadsideProcess.run(arguments: ["check", "--trend"], currentDirectory: history.folder.url)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("Coverage over time: 5 commits, 2026-01-01 to 2026-01-06"), "\(result.output)")
        #expect(lines.contains { $0.hasPrefix("fr  ") && $0.contains(" ▁▅▆▅▅ ") && $0.hasSuffix("0% → 50%") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("ar  ") && $0.contains(" ▁▁███ ") && $0.hasSuffix("0% → 100%") }, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("sw  ") && $0.contains("    ▁ ") && $0.hasSuffix("  0%") }, "\(lines)")
    }

    @Test func theHTMLReportChartsEachLanguageBesideATable() throws {
        let history = try GitHistory()
        _ = try Self.translatedStory(in: history)
        let report = try TemporaryFolder()
        let result = try BroadsideProcess.run(arguments: ["check", "--trend", "--format", "html", "--output", report.url("index.html").path],
                                              currentDirectory: history.folder.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        func xpath(_ expression: String) throws -> String {
            try Command.run(["xmllint", "--html", "--xpath", expression, report.url("index.html").path]).output
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try xpath("count(//figure/*[local-name()='svg'])") == "4", "a chart for en, fr, ar and sw")
        #expect(try xpath("string(//figure[figcaption='fr']/*[local-name()='svg']/@aria-label)") == "fr: 0% on 2026-01-01, 50% on 2026-01-06")
        #expect(try xpath("string(//figure[figcaption='sw']/*[local-name()='svg']/@aria-label)") == "sw: 0% on 2026-01-06, 0% on 2026-01-06")
        #expect(try xpath("count(//figure[figcaption='fr']//*[local-name()='polyline'])") == "1")
        #expect(try xpath("count(//figure[figcaption='sw']//*[local-name()='circle'])") == "1", "one point is a dot")
        #expect(try xpath("count(//details//table//tr)") == "6", "a header and a row a commit")
        #expect(try xpath("string(//details//table//tr[2])").contains("2026-01-06"), "newest first")
        #expect(try xpath("string(//details//table//tr[last()])").replacingOccurrences(of: " ", with: "").contains("100%0%0%"))

        guard AccessibilityTests.canRun else { return }
        let axe = try Command.run(["python3", AccessibilityTests.script.path, report.path, "/index.html"])
        #expect(axe.status == 0, "\(axe.errorOutput)")
        let violations = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(axe.output.utf8))
        #expect(violations["/index.html"] == [:], "\(violations)")
    }

    @Test func aShallowCloneGivesTheCommitsItHasAndSaysHowToFetchTheRest() throws {
        let history = try GitHistory()
        let commits = try Self.translatedStory(in: history)
        let clones = try TemporaryFolder()
        try Command.run(["git", "clone", "-q", "--depth", "2", "file://" + history.folder.path, clones.url("clone").path])
        let result = try BroadsideProcess.run(arguments: ["check", "--trend", "--format", "json"], currentDirectory: clones.url("clone"))
        #expect(result.status == 0, "\(result.errorOutput)")
        let (points, note) = try Self.trend(of: result)
        #expect(points.map(\.0) == Array(commits.suffix(2)))
        #expect(points.map(\.2) == [["en": 100, "fr": 50, "ar": 100], ["en": 100, "fr": 50, "ar": 100, "sw": 0]],
                "the oldest commit it has counts all its files")
        #expect(note?.contains("shallow clone") == true && note?.contains("fetch-depth: 0") == true, "\(note ?? "")")

        let github = try BroadsideProcess.run(arguments: ["check", "--trend", "--format", "github"], currentDirectory: clones.url("clone"))
        #expect(github.output.hasPrefix("::notice title=Coverage trend::the repository is a shallow clone"), "\(github.output)")
    }

    @Test func aSiteInASubfolderFollowsTheMainlineThroughMergesAndRenames() throws {
        let history = try GitHistory()
        try history.commit("A site in a folder of its own", [
            "site/site.yaml": Self.siteYAML(languages: "en, fr"), "site/content/a.en.md": Self.page("A"),
            "site/content/b.en.md": Self.page("B"), "content/a.fr.md": Self.page("Not the site's", "Pas le site."),
        ])
        try history.git("checkout", "-q", "-b", "translation")
        try history.commit("French on a branch", ["site/content/a.fr.md": Self.page("A fr", "Du texte.")])
        try history.git("checkout", "-q", "main")
        try history.commit("Elsewhere", ["README.md": "The campaign.\n"])
        try history.git("merge", "-q", "--no-ff", "-m", "Merge the French", "translation")
        let merge = try history.git("rev-parse", "HEAD")
        let rename = try history.commit("Renamed", [
            "site/content/a.en.md": nil, "site/content/a.fr.md": nil,
            "site/content/renamed.en.md": Self.page("A"), "site/content/renamed.fr.md": Self.page("A fr", "Du texte."),
        ])
        let result = try BroadsideProcess.run(arguments: ["check", "--trend", "--format", "json", "--site", "site"],
                                              currentDirectory: history.folder.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        let (points, _) = try Self.trend(of: result)
        #expect(points.count == 3 && points.dropFirst().map(\.0) == [merge, rename], "the branch's own commit is no point")
        #expect(points.map(\.2) == [["en": 100, "fr": 0], ["en": 100, "fr": 50], ["en": 100, "fr": 50]])
    }

    @Test func commitsFromBeforeTheConfigurationAreCountedWithTodays() throws {
        let history = try GitHistory()
        try history.commit("A Hugo site's sources", ["content/a.en.md": Self.page("A"), "content/b.en.md": Self.page("B")])
        try history.commit("French", ["content/a.fr.md": Self.page("A fr", "Du texte.")])
        try history.commit("Adopting Broadside", ["site.yaml": Self.siteYAML(languages: "en, fr")])
        try history.commit("A broken configuration", ["site.yaml": "languages: [en, fr\n"])
        try history.commit("Mended", ["site.yaml": Self.siteYAML(languages: "en, fr")])
        let result = try BroadsideProcess.run(arguments: ["check", "--trend", "--format", "json"], currentDirectory: history.folder.url)
        let (points, note) = try Self.trend(of: result)
        #expect(points.map(\.2) == [["en": 100, "fr": 0], ["en": 100, "fr": 50], ["en": 100, "fr": 50], ["en": 100, "fr": 50]])
        #expect(points.map(\.1) == [1, 2, 3, 5].map(GitHistory.date(day:)), "the broken one is left out")
        #expect(note == "2 commits are from before site.yaml was committed, and counted with today's; 1 commit without a readable site.yaml is left out.")
    }

    @Test(.enabled(if: Command.isRoot, "needs root to give the repository to another user"))
    func aRepositoryOfAnotherUserIsReadOnceItIsTrusted() throws {
        let history = try GitHistory()
        try history.commit("Sources", ["site.yaml": Self.siteYAML(languages: "en, fr"), "content/a.en.md": Self.page("A")])
        try Command.run(["chown", "-R", "nobody", history.folder.path])
        let home = try TemporaryFolder()
        func trend() throws -> (points: [(String, String, [String: Double])], note: String?) {
            try Self.trend(of: try Command.run(["HOME=\(home.path)", try BroadsideProcess.executable().path, "check", "--trend",
                                                "--format", "json"], in: history.folder.url))
        }
        let refused = try trend()
        #expect(refused.points.isEmpty)
        #expect(refused.note?.contains("git repository of another user") == true, "\(refused.note ?? "")")
        #expect(refused.note?.contains("git config --global --add safe.directory") == true, "\(refused.note ?? "")")
        try home.write("[safe]\n\tdirectory = \(history.folder.url.resolvingSymlinksInPath().path)\n", to: ".gitconfig")
        #expect(try trend().points.count == 1, "git's own setting lets it be read")
    }

    @Test func theTrendNeverChangesTheExitStatus() throws {
        let history = try GitHistory()
        _ = try Self.translatedStory(in: history)
        let notARepository = try TemporaryFolder(files: [
            "site.yaml": Self.siteYAML(languages: "en, fr"), "content/a.en.md": Self.page("A"),
        ])
        for folder in [history.folder, notARepository] {
            for arguments in [["check"], ["check", "--min-coverage", "100"], ["check", "--strict"]] {
                let without = try BroadsideProcess.run(arguments: arguments, currentDirectory: folder.url)
                let with = try BroadsideProcess.run(arguments: arguments + ["--trend"], currentDirectory: folder.url)
                #expect(with.status == without.status, "\(arguments)")
            }
        }
        let json = try BroadsideProcess.run(arguments: ["check", "--trend", "--format", "json"], currentDirectory: notARepository.url)
        let (points, note) = try Self.trend(of: json)
        #expect(points.isEmpty)
        #expect(note == "the site is not in a git repository, so it has no history to read")
    }
}
