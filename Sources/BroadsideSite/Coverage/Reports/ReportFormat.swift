/// The forms `broadside check` can write its report in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// A coverage matrix and problems by language, for people at a terminal.
    case text
    case json
    /// JUnit XML, for GitLab and Jenkins.
    case junit
    /// SARIF 2.1.0, for code-scanning views.
    case sarif
    /// GitHub Actions workflow commands.
    case github
    /// One self-contained page with a coverage heat map.
    case html

    /// The report's bytes.
    /// - Parameter colour: colour the text report (only on a terminal).
    public func render(_ report: CoverageReport, colour: Bool = false) -> [UInt8] {
        switch self {
        case .text: Array(TextReport(report: report, colour: colour).render().utf8)
        case .json: JSONReport.render(report)
        case .junit: JUnitReport.render(report)
        case .sarif: SARIFReport.render(report)
        case .github: Array(GitHubReport.render(report).utf8)
        case .html: Array(HTMLReport.render(report).utf8)
        }
    }
}
