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
        let folder = try TemporaryFolder()
        try folder.write(test.template, to: "template.mustache")
        try folder.write(test.dataJSON, to: "data.json")
        try folder.createFolder("partials")
        for (name, source) in test.partials {
            try folder.write(source, to: "partials/\(name).mustache")
        }
        let result = try BroadsideProcess.run(
            arguments: ["render", "template.mustache", "--data", "data.json", "--partials", "partials"], currentDirectory: folder.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.stdout == Data(test.expected.utf8), "got \(result.output.debugDescription)")
        #expect(result.stderr.isEmpty)
    }

    @Test func partialsComeFromMustacheThenHTMLFilesInSubfolders() throws {
        let folder = try TemporaryFolder()
        try folder.write("{{> nav}}|{{> parts/footer}}|{{> missing}}", to: "page.html")
        try folder.write(#"{"site": "Broadside"}"#, to: "data.json")
        try folder.write("html nav", to: "templates/nav.html")
        try folder.write("mustache nav", to: "templates/nav.mustache")
        try folder.write("<footer>{{site}}</footer>", to: "templates/parts/footer.html")
        let result = try BroadsideProcess.run(
            arguments: ["render", "page.html", "--data", "data.json", "--partials", "templates"], currentDirectory: folder.url)
        #expect(result.status == 0)
        #expect(result.output == "mustache nav|<footer>Broadside</footer>|")
    }

    @Test func withoutAPartialsFolderPartialsRenderEmpty() throws {
        let folder = try TemporaryFolder()
        try folder.write("[{{> nav}}]", to: "page.html")
        try folder.write("{}", to: "data.json")
        let result = try BroadsideProcess.run(arguments: ["render", "page.html", "--data", "data.json"], currentDirectory: folder.url)
        #expect(result.status == 0)
        #expect(result.output == "[]")
    }

    @Test func templateErrorExitsOneWithLocationOnStandardError() throws {
        let folder = try TemporaryFolder()
        try folder.write("<ul>\n  {{#items}}\n    <li>{{.}}</li>\n</ul>\n", to: "templates/list.html")
        try folder.write(#"{"items": [1]}"#, to: "data.json")
        let result = try BroadsideProcess.run(
            arguments: ["render", "templates/list.html", "--data", "data.json"], currentDirectory: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorOutput == "templates/list.html:5:1: error: unclosed section 'items' opened at 2:3; expected {{/items}}\n")
    }

    @Test func everyBrokenPartialIsReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("{{> a}}", to: "page.html")
        try folder.write("{}", to: "data.json")
        try folder.write("{{#x}}", to: "partials/a.html")
        try folder.write("{{y", to: "partials/b.mustache")
        let result = try BroadsideProcess.run(
            arguments: ["render", "page.html", "--data", "data.json", "--partials", "partials"], currentDirectory: folder.url)
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
        let folder = try TemporaryFolder()
        try folder.write("{{title}}", to: "page.html")
        if let contents { try folder.write(contents, to: file) }
        let result = try BroadsideProcess.run(arguments: ["render", "page.html", "--data", file], currentDirectory: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.errorOutput.hasPrefix(message))
    }
}
