/// GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`, one a problem,
/// and a notice of what the coverage trend lacks (a shallow clone's history).
enum GitHubReport {
    static func render(_ report: CoverageReport) -> String {
        let trendNote = report.trend?.note.map { "::notice title=Coverage trend::\(escapeData($0))\n" } ?? ""
        return trendNote + report.problems.map { problem in
            let command = switch problem.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            var properties: [String] = []
            if let file = problem.location?.path { properties.append("file=" + escapeProperty(file)) }
            if let line = problem.location?.line { properties.append("line=\(line)") }
            properties.append("title=" + escapeProperty("\(problem.kind.rawValue) (\(problem.language))"))
            return "::\(command) \(properties.joined(separator: ","))::\(escapeData(problem.message))\n"
        }.joined()
    }

    private static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    private static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
