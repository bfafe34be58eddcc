import BroadsideTemplates
import Foundation
import Testing

/// One case of the official Mustache spec, vendored in `Fixtures/mustache-spec`.
struct MustacheSpecCase: Decodable, Sendable, CustomTestStringConvertible {
    var file = ""
    let name: String
    let template: String
    let data: TemplateValue
    let partials: [String: String]?
    let expected: String

    var testDescription: String { "\(file): \(name)" }

    private enum CodingKeys: String, CodingKey {
        case name, template, data, partials, expected
    }
}

/// The vendored spec: every JSON file but lambdas, which this engine does not support.
enum MustacheSpec {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mustache-spec")

    static let expectedFiles = [
        "comments.json", "delimiters.json", "interpolation.json", "inverted.json", "partials.json", "sections.json",
        "~inheritance.json",
    ]

    /// The spec's JSON files found in the folder; empty if it is missing.
    static var files: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix("~lambdas") }.sorted()
    }

    /// Every case of every file.
    static func loadCases() throws -> [MustacheSpecCase] {
        struct File: Decodable { let tests: [MustacheSpecCase] }
        return try files.flatMap { file in
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            return try JSONDecoder().decode(File.self, from: data).tests.map { test in
                var test = test
                test.file = file
                return test
            }
        }
    }

    /// The cases, for `@Test(arguments:)`; empty when they cannot be read, which
    /// `vendoredSpecIsComplete` then reports.
    static let cases = (try? loadCases()) ?? []
}

@Suite struct MustacheSpecTests {
    @Test func vendoredSpecIsComplete() throws {
        #expect(MustacheSpec.files == MustacheSpec.expectedFiles, "vendored spec missing from \(MustacheSpec.folder.path)")
        let cases = try MustacheSpec.loadCases()
        #expect(cases.count == 163)
        #expect(FileManager.default.fileExists(atPath: MustacheSpec.folder.appendingPathComponent("LICENSE").path))
    }

    @Test(arguments: MustacheSpec.cases)
    func specCase(_ test: MustacheSpecCase) throws {
        let partials = try (test.partials ?? [:]).map { name, source in (name, try Template(source: source, path: name)) }
        let library = TemplateLibrary(templates: Dictionary(uniqueKeysWithValues: partials), missingPartials: .renderEmpty)
        let template = try Template(source: test.template, path: test.name)
        #expect(try template.render(test.data, library: library) == test.expected)
    }
}
