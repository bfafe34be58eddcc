import Foundation
import Testing

/// `broadside build` and `check` on a site whose UI strings are built to break ICU: a message
/// nested 40,000 deep crashed both with SIGSEGV inside ICU. Each is now an error at its place in
/// `locales/en.yaml` that names the limit, and the process exits normally.
@Suite struct HostileMessageTests {
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        let pattern: String
        /// What the error says, the limit included.
        let error: String
    }

    static func nested(_ opening: String, _ depth: Int) -> String {
        String(repeating: opening, count: depth) + "x" + String(repeating: "}}", count: depth)
    }

    static let cases = [
        Case(description: "plural 40,000 deep", pattern: nested("{n, plural, other {", 40_000),
             error: "at offset 32768: the message is 840001 characters (UTF-16 code units) long, over the limit of 32768"),
        Case(description: "select 40,000 deep", pattern: nested("{a, select, other {", 40_000),
             error: "at offset 32768: the message is 840001 characters (UTF-16 code units) long, over the limit of 32768"),
        Case(description: "select 33 deep", pattern: nested("{a, select, other {", 33),
             error: "at offset 608: arguments nest 33 deep here, over the limit of 32"),
        Case(description: "long text", pattern: String(repeating: "a", count: 40_000),
             error: "at offset 32768: the message is 40000 characters (UTF-16 code units) long, over the limit of 32768"),
        // '' is an apostrophe, not a quote, and '# quotes nothing in a select: the braces are real.
        Case(description: "quoting tricks", pattern: nested("''{a, select, other {'#", 33),
             error: "at offset 738: arguments nest 33 deep here, over the limit of 32"),
        Case(description: "many arguments", pattern: String(repeating: "{a}", count: 1_001),
             error: "at offset 3000: this is argument 1001 of the message, over the limit of 1000 arguments"),
    ]

    /// A site in English and Arabic whose English UI string `hostile` (line 2, its text from
    /// column 10) is `pattern`, also in Arabic.
    static func site(hostile pattern: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(files: [
            "site.yaml": "title: Hostile\nbaseURL: https://hostile.example.org/\ndefaultLanguage: en\n"
                + "languages: [en, ar]\ntimeZone: UTC\nmissingTranslations: fallback\n",
            "content/articles/hello.en.md": "---\ntitle: Hello\ndate: 2026-01-01\n---\nText\n",
            "content/articles/hello.ar.md": "---\ntitle: مرحبا\ndate: 2026-01-01\n---\nنص\n",
            "locales/en.yaml": "site_title: \"Hostile\"\nhostile: \"\(pattern)\"\n",
            "locales/ar.yaml": "site_title: \"عدائي\"\nhostile: \"\(pattern)\"\n",
        ])
        try FileManager.default.copyItem(at: SiteCommandTests.repository.appendingPathComponent("templates"),
                                         to: folder.url("templates"))
        return folder
    }

    @Test(arguments: cases)
    func buildReportsTheLimitAtTheMessage(hostile: Case) throws {
        let site = try Self.site(hostile: hostile.pattern)
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 1, "a normal failure, not a signal: \(result.errorOutput.prefix(500))")
        #expect(result.errorOutput.contains(
            "locales/en.yaml:2:10: error: 'hostile' is not valid ICU MessageFormat \(hostile.error)"),
                "\(result.errorOutput.prefix(500))")
        #expect(result.errorOutput.contains("locales/ar.yaml:2:10: error: 'hostile' is not valid ICU MessageFormat"))
        #expect(result.errorOutput.contains("the output folder was not changed"))
    }

    @Test(arguments: cases)
    func checkReportsTheLimitAtTheMessage(hostile: Case) throws {
        let site = try Self.site(hostile: hostile.pattern)
        let result = try BroadsideProcess.run(arguments: ["check"], currentDirectory: site.url)
        #expect(result.status == 1, "a normal failure, not a signal: \(result.errorOutput.prefix(500))")
        // The check reports the place the build does.
        #expect(result.output.contains(
            "locales/en.yaml:2:10: error: [message-syntax] not valid ICU MessageFormat \(hostile.error)"),
                "\(result.output.prefix(1000))")
        #expect(result.output.contains("locales/ar.yaml:2:10: error: [message-syntax]"))
    }
}
