/// SARIF 2.1.0, for code-scanning views: one run, a rule per problem kind, a result per problem.
enum SARIFReport {
    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result] }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        let name = "broadside"
        var rules: [Rule]
    }
    struct Rule: Encodable { var id: String; var shortDescription: Text }
    struct Text: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable { var artifactLocation: ArtifactLocation; var region: Region? }
    struct ArtifactLocation: Encodable { var uri: String }
    struct Region: Encodable { var startLine: Int; var startColumn: Int? }

    static func render(_ report: CoverageReport) -> [UInt8] {
        let kinds = TranslationProblem.Kind.allCases
        let results = report.problems.map { problem in
            Result(ruleId: problem.kind.rawValue, ruleIndex: kinds.firstIndex(of: problem.kind)!,
                   level: problem.severity == .info ? "note" : problem.severity.rawValue,
                   message: Text(text: "[\(problem.language)] \(problem.message)"),
                   locations: problem.location.map { location in
                       [Location(physicalLocation: PhysicalLocation(
                           artifactLocation: ArtifactLocation(uri: uri(location.path)),
                           region: location.line.map { Region(startLine: $0, startColumn: location.column) }))]
                   } ?? [])
        }
        let rules = kinds.map { Rule(id: $0.rawValue, shortDescription: Text(text: $0.summary)) }
        return JSONReport.render(Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), results: results)]))
    }

    /// A relative URI reference for a path: percent-encoded segments, no leading `./`.
    private static func uri(_ path: String) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while segments.first == "." { segments.removeFirst() }
        return segments.map(OutputPath.percentEncoded).joined(separator: "/")
    }
}
