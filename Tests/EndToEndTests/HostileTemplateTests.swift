import Foundation
import Testing

/// Hostile templates and data through the real executable: each is a located error naming the
/// limit it passes, with exit status 1, never a crash (a crash exits by a signal, whose number is
/// the status; `Program crashed` is the Swift runtime's backtrace), and a failed site build leaves
/// its output folder untouched.
@Suite struct HostileTemplateTests {
    /// `count` nested elements opened by `open` (such as `#a`) around `x`.
    private static func nested(_ count: Int, _ open: String) -> String {
        String(repeating: "{{\(open)}}", count: count) + "x" + String(repeating: "{{/a}}", count: count)
    }

    /// Expects a failure that ended the process normally, with status 1, having printed `error`.
    private static func expectFailure(_ result: BroadsideProcess.Result, _ error: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "status \(result.status): \(result.errorOutput.prefix(500))", sourceLocation: sourceLocation)
        #expect(!result.errorOutput.contains("Program crashed") && !result.errorOutput.contains("Fatal error"), sourceLocation: sourceLocation)
        #expect(result.errorOutput.contains(error), "\(result.errorOutput.prefix(500))", sourceLocation: sourceLocation)
    }

    // MARK: - broadside render

    private func render(_ files: [String: String], options: [String] = ["--partials", "partials"]) throws -> BroadsideProcess.Result {
        var files = files
        files["data.json"] = files["data.json"] ?? #"{"a": true}"#
        files["partials/.keep"] = ""
        let folder = try TemporaryFolder(files: files)
        return try BroadsideProcess.run(arguments: ["render", "x.html", "--data", "data.json"] + options, currentDirectory: folder.url)
    }

    @Test(arguments: [(10_000, "#a", "section"), (70_000, "^a", "inverted section"), (10_000, "$a", "block"), (10_000, "<a", "parent")])
    func deepNestingIsAnErrorAtTheTagThatPassesTheLimit(_ depth: Int, _ open: String, _ noun: String) throws {
        let result = try render(["x.html": "<p>\n" + Self.nested(depth, open)])
        Self.expectFailure(result, "x.html:2:\(50 * (open.count + 4) + 1): error: sections nested deeper than 50 levels: \(noun) 'a' opens level 51")
        #expect(result.stdout.isEmpty)
    }

    @Test func aPartialIncludingItselfIsAnError() throws {
        let result = try render(["x.html": "{{>self}}", "partials/self.html": "{{#a}}\n  {{>self}}\n{{/a}}\n"])
        Self.expectFailure(result, "partials/self.html:2:3: error: templates nest more than 100 levels deep at partial 'self'")
    }

    @Test func parentsIncludingEachOtherAreAnError() throws {
        let result = try render(["x.html": "{{<one}}{{/one}}", "partials/one.html": "{{<two}}{{/two}}", "partials/two.html": "{{<one}}{{/one}}"])
        Self.expectFailure(result, "error: templates nest more than 100 levels deep at parent '")
    }

    @Test func partialsRepeatingWithoutEndRunOutOfSteps() throws {
        var files = (0..<40).reduce(into: ["x.html": "{{>p0}}"]) { $0["partials/p\($1).html"] = "{{>p\($1 + 1)}}{{>p\($1 + 1)}}" }
        files["partials/p40.html"] = ""
        Self.expectFailure(try render(files), "error: rendering takes more than 10000000 steps at partial 'p")
    }

    @Test func aTemplateOverOneMebibyteIsAnError() throws {
        let result = try render(["x.html": String(repeating: "x", count: (1 << 20) + 1)])
        Self.expectFailure(result, "x.html: error: the template is 1048577 bytes, larger than the limit of 1048576 bytes (1 MiB)")
    }

    @Test(arguments: [("[", "]"), (#"{"a":"#, "}")])
    func deeplyNestedDataIsAnErrorBeforeDecoding(_ open: String, _ close: String) throws {
        let json = "\n" + String(repeating: open, count: 100_000) + "1" + String(repeating: close, count: 100_000)
        let result = try render(["x.html": "{{a}}", "data.json": json])
        Self.expectFailure(result, "data.json:2:\(100 * open.count + 1): error: arrays and objects nested deeper than 100 levels")
    }

    // MARK: - broadside build

    /// A minimal site: one English article, the four templates a site needs, one UI string.
    private static func site(article: String = "<h1>{{article.title}}</h1> {{t published}}") throws -> TemporaryFolder {
        try TemporaryFolder(files: [
            "site.yaml": "title: Hostile\nbaseURL: https://hostile.example.org/\ndefaultLanguage: en\nlanguages: [en]\n",
            "content/articles/hello.en.md": "---\ntitle: Hello\ndate: 2026-01-01\n---\nText\n",
            "templates/article.html": article,
            "templates/list.html": "{{#articles}}{{title}}{{/articles}}",
            "templates/tags.html": "tags",
            "templates/root.html": "root",
            "locales/en.yaml": "published: \"Published\"\n",
        ])
    }

    /// Builds `site`, which must succeed, replaces `templates/article.html` by `article`, builds
    /// again, and expects that to fail with `error` and leave every output file as it was.
    private func expectBuildFails(with article: String, _ error: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let site = try Self.site()
        let first = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        try #require(first.status == 0, "\(first.errorOutput)", sourceLocation: sourceLocation)
        let output = site.url("output")
        let files = try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted()
        let before = files.map { try? site.read("output/\($0)") }
        try site.write(article, to: "templates/article.html")
        let failed = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        Self.expectFailure(failed, error, sourceLocation: sourceLocation)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: output.path).sorted() == files, sourceLocation: sourceLocation)
        #expect(files.map { try? site.read("output/\($0)") } == before, sourceLocation: sourceLocation)
    }

    @Test func aBuildWithDeeplyNestedSectionsFails() throws {
        try expectBuildFails(
            with: Self.nested(10_000, "#article"),
            "templates/article.html:1:\(50 * 12 + 1): error: sections nested deeper than 50 levels: section 'article' opens level 51")
    }

    @Test func aBuildWithAPartialIncludingItselfFails() throws {
        try expectBuildFails(with: "<p>\n  {{>article}}\n</p>", "templates/article.html:2:3: error: templates nest more than 100 levels deep at partial 'article'")
    }

    @Test(arguments: [
        ("{{t}}", 3, "function 't' failed: t needs a UI string key"),
        ("{{{t}}}", 3, "function 't' failed: t needs a UI string key"),
        ("{{number}}", 3, "function 'number' failed: number needs a numeric value"),
        ("{{#article}}{{number}}{{/article}}", 15, "function 'number' failed: number needs a numeric value"),
    ])
    func aFunctionNameWithoutArgumentsIsALocatedError(_ tag: String, _ column: Int, _ message: String) throws {
        try expectBuildFails(with: "<p>\n  \(tag)</p>", "templates/article.html:2:\(column): error: \(message)")
    }

    @Test func aDateValueStillWinsOverTheDateFunction() throws {
        let site = try Self.site(article: "{{#article}}<time>{{date}}</time>{{/article}}")
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        let page = try String(decoding: site.read("output/en/articles/hello/index.html"), as: UTF8.self)
        #expect(page == "<time>2026-01-01T00:00:00Z</time>")
    }
}
