import Foundation
import Testing

/// What the GitHub action (action.yml) runs, run here as the action would, with the real
/// `broadside` on PATH: `scripts/ci-check`'s reports, annotations and status, and
/// `scripts/ci-install` finding Broadside installed; and `broadside --version` from git describe.
@Suite struct CIActionTests {
    static let scripts = SiteCommandTests.repository.appendingPathComponent("scripts")

    /// Runs a script of `scripts/` with `environment` and the built `broadside` first on PATH.
    static func run(_ script: String, in folder: TemporaryFolder, _ environment: [String: String]) throws -> BroadsideProcess.Result {
        let path = try BroadsideProcess.executable().deletingLastPathComponent().path + ":/usr/bin:/bin"
        let variables = (environment.merging(["PATH": path, "HOME": folder.path]) { $1 }).map { "\($0)=\($1)" }.sorted()
        return try Command.run(["-i"] + variables + ["bash", scripts.appendingPathComponent(script).path], in: folder.url)
    }

    static let files = [
        "site.yaml": "title: CI\nbaseURL: https://ci.example.org/\ndefaultLanguage: en\nlanguages: [en, ar]\n",
        "content/a.en.md": "---\ntitle: A\n---\nSome text.\n",
        "content/a.ar.md": "---\ntitle: أ\n---\nنص.\n",
        "content/b.en.md": "---\ntitle: B\n---\nMore text.\n",
    ]

    @Test func theCheckAnnotatesReportsAndFailsAsTheActionSays() throws {
        let site = try TemporaryFolder(files: Self.files)
        let result = try Self.run("ci-check", in: site, ["BROADSIDE_REPORT": site.url("report").path,
                                                         "GITHUB_STEP_SUMMARY": site.url("summary.md").path])
        #expect(result.status == 1, "b has no Arabic file and Arabic is required: \(result.errorOutput)")
        #expect(result.output.contains("::error file=content/b.en.md,title=missing-translation (ar)::"), "\(result.output)")
        let report = try site.text("report/coverage.html")
        #expect(report.hasPrefix("<!DOCTYPE html>") && report.contains("<h2>Articles</h2>"))
        #expect(!report.contains("Coverage over time"), "no trend unless asked")
        let summary = try site.text("summary.md")
        #expect(summary.hasPrefix("## Translation coverage\n\n```\nTranslation coverage (default language: en)"), "\(summary)")
        #expect(summary.contains("coverage ") && summary.contains("50%"))
    }

    @Test func inputsReachTheCheck() throws {
        let site = try TemporaryFolder(files: Self.files.merging(["site.yaml": Self.files["site.yaml"]! + "requiredLanguages: [en]\n"]) { $1 })
        let lenient = try Self.run("ci-check", in: site, [:])
        #expect(lenient.status == 0, "a missing translation of a language that is not required is a warning")
        #expect(site.exists("broadside-report/coverage.html"), "the report's default folder")
        let strict = try Self.run("ci-check", in: site, ["BROADSIDE_STRICT": "true"])
        #expect(strict.status == 1 && strict.output.contains("::error "), "\(strict.output)")
        let required = try Self.run("ci-check", in: site, ["BROADSIDE_MIN_COVERAGE": "100", "BROADSIDE_SITE": "."])
        #expect(required.status == 0, "en is the only required language, and it has everything")

        let history = try GitHistory()
        try history.commit("A site", Self.files)
        let trend = try Self.run("ci-check", in: history.folder, ["BROADSIDE_TREND": "true"])
        #expect(trend.status == 1)
        #expect(try history.folder.text("broadside-report/coverage.html").contains("<h2>Coverage over time</h2>"))
    }

    @Test func installingFindsBroadsideInstalled() throws {
        let folder = try TemporaryFolder()
        let result = try Self.run("ci-install", in: folder, [:])
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.hasPrefix("ci-install: broadside ") && result.output.contains(" is installed already"))
    }

    @Test func theVersionIsWhatGitDescribeSaysOfTheCheckout() throws {
        let version = try BroadsideProcess.run(arguments: ["--version"], currentDirectory: SiteCommandTests.repository).output
        let head = try Command.run(["git", "-C", SiteCommandTests.repository.path, "rev-parse", "--short", "HEAD"])
        guard head.status == 0 else { return }  // a source archive: no git, the base version
        let tagged = try Command.run(["git", "-C", SiteCommandTests.repository.path, "describe", "--tags", "--match", "v[0-9]*"])
        if tagged.status == 0 {
            #expect(version.hasPrefix(String(tagged.output.dropFirst().prefix { $0 != "\n" })), "\(version)")
        } else {
            #expect(version.hasPrefix("0.1.0-g" + head.output.trimmingCharacters(in: .whitespacesAndNewlines)), "\(version)")
        }
    }
}
