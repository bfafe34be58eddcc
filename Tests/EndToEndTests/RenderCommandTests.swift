import Foundation
import Testing

/// A case of the Mustache spec vendored with the template engine's tests, with its data as JSON.
struct SpecCase: Sendable, CustomTestStringConvertible {
    let file: String
    let name: String
    let template: String
    let dataJSON: Data
    let partials: [String: String]
    let expected: String

    var testDescription: String { "\(file): \(name)" }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BroadsideTemplatesTests/Fixtures/mustache-spec")

    /// Every case of every JSON file but lambdas; empty when the folder is missing, which
    /// `specIsPresent` reports.
    static let all: [SpecCase] = (try? load()) ?? []

    static func load() throws -> [SpecCase] {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix("~lambdas") }.sorted()
        return try files.flatMap { file -> [SpecCase] in
            let spec = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file))) as? [String: Any]
            let tests = spec?["tests"] as? [[String: Any]] ?? []
            return try tests.map { test in
                SpecCase(
                    file: file,
                    name: test["name"] as? String ?? "",
                    template: test["template"] as? String ?? "",
                    dataJSON: try JSONSerialization.data(withJSONObject: test["data"] ?? NSNull(), options: .fragmentsAllowed),
                    partials: test["partials"] as? [String: String] ?? [:],
                    expected: test["expected"] as? String ?? "")
            }
        }
    }
}

/// `broadside render`, run as a user runs it.
@Suite struct RenderCommandTests {
    @Test func specIsPresent() throws {
        #expect(try SpecCase.load().count == 163)
    }

    @Test(arguments: SpecCase.all)
    func rendersSpecCaseByteForByte(_ test: SpecCase) throws {
        var files = ["template.mustache": test.template, "data.json": String(decoding: test.dataJSON, as: UTF8.self)]
        for (name, source) in test.partials {
            files["partials/\(name).mustache"] = source
        }
        let folder = try TemporaryFolder(files: files)
        try folder.createFolder("partials")
        let result = try BroadsideProcess.run(
            arguments: ["render", "template.mustache", "--data", "data.json", "--partials", "partials", "--allow-missing-partials"],
            currentDirectory: folder.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.stdout == Data(test.expected.utf8), "got \(result.output.debugDescription)")
        #expect(result.stderr.isEmpty)
    }

    /// Runs `broadside render` on `template` with `data.json` and, when given, the partials folder.
    private func render(
        _ files: [String: String], template: String, data: String = "data.json", partials: String? = nil, options: [String] = []
    ) throws -> BroadsideProcess.Result {
        let folder = try TemporaryFolder(files: files)
        let arguments = ["render", template, "--data", data] + (partials.map { ["--partials", $0] } ?? []) + options
        return try BroadsideProcess.run(arguments: arguments, currentDirectory: folder.url)
    }

    @Test func partialsComeFromMustacheThenHTMLFilesInSubfolders() throws {
        let result = try render(
            [
                "page.html": "{{> nav}}|{{> parts/footer}}|{{> missing}}",
                "data.json": #"{"site": "Broadside"}"#,
                "templates/nav.html": "html nav",
                "templates/nav.mustache": "mustache nav",
                "templates/parts/footer.html": "<footer>{{site}}</footer>",
            ], template: "page.html", partials: "templates", options: ["--allow-missing-partials"])
        #expect(result.status == 0)
        #expect(result.output == "mustache nav|<footer>Broadside</footer>|")
    }

    @Test(arguments: [nil, "templates"] as [String?])
    func aMissingPartialOrParentIsALocatedError(_ partials: String?) throws {
        let files = ["page.html": "<p>\n  {{> nav}}\n</p>", "data.json": "{}", "templates/other.html": ""]
        let result = try render(files, template: "page.html", partials: partials)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorOutput == "page.html:2:3: error: unknown partial 'nav'; add nav.mustache or nav.html to the templates folder\n")
        let parent = try render(
            ["page.html": "{{<base}}{{/base}}", "data.json": "{}", "templates/other.html": ""], template: "page.html", partials: partials)
        #expect(parent.status == 1)
        #expect(parent.errorOutput.hasPrefix("page.html:1:1: error: unknown parent 'base'"))
    }

    @Test func withAllowMissingPartialsTheyRenderEmpty() throws {
        let result = try render(["page.html": "[{{> nav}}{{<base}}{{/base}}]", "data.json": "{}"], template: "page.html",
                                options: ["--allow-missing-partials"])
        #expect(result.status == 0)
        #expect(result.output == "[]")
    }

    @Test func templateErrorExitsOneWithLocationOnStandardError() throws {
        let result = try render(
            ["templates/list.html": "<ul>\n  {{#items}}\n    <li>{{.}}</li>\n</ul>\n", "data.json": #"{"items": [1]}"#],
            template: "templates/list.html")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorOutput == "templates/list.html:5:1: error: unclosed section 'items' opened at 2:3; expected {{/items}}\n")
    }

    @Test func everyBrokenPartialIsReported() throws {
        let result = try render(
            ["page.html": "{{> a}}", "data.json": "{}", "partials/a.html": "{{#x}}", "partials/b.mustache": "{{y"],
            template: "page.html", partials: "partials")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorOutput == """
            partials/a.html:1:7: error: unclosed section 'x' opened at 1:1; expected {{/x}}
            partials/b.mustache:1:1: error: unclosed tag '{{y'; expected '}}'

            """)
    }

    @Test(arguments: [
        ("missing.json", nil, "missing.json: error: cannot read the data file:"),
        ("data.json", #"{"title": "#, "data.json: error: the data file is not valid JSON:"),
    ] as [(String, String?, String)])
    func badDataExitsOne(_ file: String, _ contents: String?, _ message: String) throws {
        var files = ["page.html": "{{title}}"]
        files[file] = contents
        let result = try render(files, template: "page.html", data: file)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorOutput.hasPrefix(message))
    }
}
