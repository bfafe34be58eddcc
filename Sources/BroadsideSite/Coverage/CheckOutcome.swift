/// A check's report in the format asked for, and what the check's exit status depends on.
public struct CheckOutcome: Sendable, Equatable {
    /// The report's bytes (``ReportFormat/render(_:colour:)``).
    public var report: [UInt8]
    public var errorCount: Int
    /// Each required language's coverage in percent, in the site's order.
    public var requiredCoverage: [RequiredCoverage]

    public struct RequiredCoverage: Sendable, Equatable {
        public var language: String
        public var percent: Double
    }

    /// `report` rendered in `format`.
    init(_ report: CoverageReport, format: ReportFormat, colour: Bool) {
        self.report = format.render(report, colour: colour)
        errorCount = report.errorCount
        requiredCoverage = report.requiredLanguages.map { RequiredCoverage(language: $0, percent: report.coverage[$0]?.percent ?? 0) }
    }

    init(report: [UInt8], errorCount: Int, requiredCoverage: [RequiredCoverage]) {
        (self.report, self.errorCount, self.requiredCoverage) = (report, errorCount, requiredCoverage)
    }

    /// Required languages whose coverage is below `percent`.
    public func languagesBelow(_ percent: Double) -> [RequiredCoverage] {
        requiredCoverage.filter { $0.percent < percent }
    }
}
