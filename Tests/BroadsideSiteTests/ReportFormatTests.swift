import Foundation
import Testing
@testable import BroadsideSite

/// Every report format is well formed for a report with problems of several kinds.
@Suite struct ReportFormatTests {
    static func report() throws -> CoverageReport {
        try CoverageCheckerTests.check(CoverageCheckerTests.files([
            "content/articles/b.en.md": SiteFixture.article(title: "Second <b>bold</b> & \"quoted\"", body: "More words here.\n"),
            "locales/ar.yaml": "greeting: \"أهلا يا {name}\"\narticles: \"{count, plural, one {مقال واحد} other {# مقال}}\"\n",
        ]))
    }

    @Test func json() throws {
        let bytes = ReportFormat.json.render(try Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(object.keys) == ["defaultLanguage", "languages", "articles", "coverage", "problems"])
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.allSatisfy { Set($0.keys) == ["kind", "severity", "language", "file", "line", "column", "key", "message"] })
        let coverage = try #require(object["coverage"] as? [String: [String: Any]])
        #expect(Set(coverage["ar"]!.keys) == ["translated", "missing", "outdated", "percent"])
    }

    @Test func junitParsesWithASuitePerLanguage() throws {
        let report = try Self.report()
        let document = ParsedDocument(xml: String(decoding: ReportFormat.junit.render(report), as: UTF8.self))
        #expect(document.isValid)
        #expect(document.values("/testsuites/testsuite/@name") == ["en", "ar", "ru", "sw"])
        #expect(document.values("/testsuites/testsuite[@name='ar']/testcase[@name='articles/b']/failure/@type") == ["missing-translation"])
        #expect(document.values("//failure").count == report.errorCount)
    }

    @Test func sarifIsVersion210WithResults() throws {
        let report = try Self.report()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ReportFormat.sarif.render(report))) as? [String: Any])
        #expect(object["version"] as? String == "2.1.0")
        #expect(object["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.problems.count)
        let first = try #require(results.first)
        #expect(["error", "warning", "note"].contains(first["level"] as? String ?? ""))
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] != nil)
    }

    @Test func githubWorkflowCommands() throws {
        let text = String(decoding: ReportFormat.github.render(try Self.report()), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") || $0.hasPrefix("::notice") })
        #expect(lines.contains { $0.contains(",line=") && $0.contains("title=plural-categories (ar)") })
    }

    @Test func htmlIsOnePageWithTheHeatMapAndEscapedTitles() throws {
        let text = String(decoding: ReportFormat.html.render(try Self.report()), as: UTF8.self)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("class=\"missing\""))
        #expect(text.contains("&lt;b&gt;bold&lt;/b&gt;"))
        #expect(!text.contains("<b>bold"))
        #expect(ParsedDocument(html: text).values("//tr").count > 6)
    }

    @Test func textHasTheMatrixAndNoColourUnlessAsked() throws {
        let report = try Self.report()
        let plain = String(decoding: ReportFormat.text.render(report), as: UTF8.self)
        #expect(plain.contains("articles/b"))
        #expect(plain.contains("50%"))
        #expect(!plain.contains("\u{1B}["))
        #expect(String(decoding: ReportFormat.text.render(report, colour: true), as: UTF8.self).contains("\u{1B}[31m"))
    }
}
