/// The report for people at a terminal: a coverage matrix (articles × languages), then the
/// problems grouped by language; coloured only when asked (on a terminal).
struct TextReport {
    let report: CoverageReport
    let colour: Bool

    private static let keyWidth = 40
    private static let columnWidth = 7

    func render() -> String {
        var lines = ["Translation coverage (default language: \(report.defaultLanguage))", ""]
        lines.append(pad("article", Self.keyWidth) + report.languages.map { pad($0, Self.columnWidth) }.joined())
        for row in report.articles {
            let cells = report.languages.map { language in
                let state = row.languages[language] ?? .missing
                return paint(pad(Self.symbol(state), Self.columnWidth), Self.colour(of: state))
            }
            lines.append(pad(Self.truncated(row.key), Self.keyWidth) + cells.joined())
        }
        lines.append(pad("coverage", Self.keyWidth) + report.languages.map { language in
            let percent = report.coverage[language]?.percent ?? 0
            let text = pad(Self.percent(percent), Self.columnWidth)
            return paint(text, percent >= 100 ? .green : report.requiredLanguages.contains(language) ? .red : .yellow)
        }.joined())
        lines.append("")
        lines.append("✓ translated  src source  ? unverified  old outdated  — missing  stub stub (counts as missing)  · not translated")
        if let trend = report.trend { lines += trendLines(trend) }
        for language in [""] + report.languages {
            let problems = report.problems.filter { $0.language == language }
            guard !problems.isEmpty else { continue }
            lines.append("")
            lines.append(paint("\(language.isEmpty ? "site" : language): \(Self.count(problems))", .bold))
            for problem in problems.sorted(by: Self.order) {
                let place = problem.location?.description ?? ""
                let severity = paint(problem.severity.rawValue,
                                     problem.severity == .error ? .red : problem.severity == .warning ? .yellow : .dim)
                lines.append("  \(place.isEmpty ? "" : place + ": ")\(severity): [\(problem.kind.rawValue)] \(problem.message)")
            }
        }
        lines.append("")
        lines.append(Self.count(report.problems))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The most points a sparkline shows: longer histories are sampled.
    private static let sparklineWidth = 60

    /// "Coverage over time", then a sparkline row per language and the trend's note.
    private func trendLines(_ trend: CoverageTrend) -> [String] {
        var lines = [""]
        guard let first = trend.points.first, let last = trend.points.last else {
            return lines + ["Coverage over time: no commits to show" + (trend.note.map { "; \($0)" } ?? ".")]
        }
        let count = "\(trend.points.count) commit\(trend.points.count == 1 ? "" : "s")"
        lines.append(paint("Coverage over time: \(count), \(first.date.prefix(10)) to \(last.date.prefix(10))", .bold))
        let sampled = trend.sampled(to: Self.sparklineWidth)
        let width = report.languages.map(\.count).max() ?? 0
        for language in report.languages {
            let values = trend.values(of: language).compactMap { $0 }
            guard let start = values.first, let end = values.last else { continue }
            let line = sampled.map { point in point.coverage[language].map(Self.bar) ?? " " }.joined()
            let change = start == end ? Self.percent(end) : "\(Self.percent(start)) → \(Self.percent(end))"
            lines.append("\(pad(language, width))  \(pad(line, sampled.count))  \(change)")
        }
        if let note = trend.note { lines.append("note: \(note)") }
        return lines
    }

    /// One of eight bars, from "▁" for 0% to "█" for 100%.
    private static func bar(_ percent: Double) -> String {
        let bars = Array("▁▂▃▄▅▆▇█")
        return String(bars[min(7, max(0, Int((percent / 100 * 7).rounded())))])
    }

    /// "100%", "62.5%".
    static func percent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : "\(value)%"
    }

    private static func order(_ lhs: TranslationProblem, _ rhs: TranslationProblem) -> Bool {
        (lhs.severity, lhs.location?.path ?? "", lhs.location?.line ?? 0, lhs.key) < (rhs.severity, rhs.location?.path ?? "", rhs.location?.line ?? 0, rhs.key)
    }

    private static func count(_ problems: [TranslationProblem]) -> String {
        let counts = Diagnostic.Severity.allCases.map { severity in (severity, problems.count { $0.severity == severity }) }
        return counts.map { "\($0.1) \($0.0.rawValue)\($0.1 == 1 || $0.0 == .info ? "" : "s")" }.joined(separator: ", ")
    }

    static func symbol(_ state: CoverageReport.State) -> String {
        switch state {
        case .source: "src"
        case .translated: "✓"
        case .unverified: "?"
        case .outdated: "old"
        case .missing: "—"
        case .stub: "stub"
        case .notExpected: "·"
        }
    }

    private enum Colour: String {
        case red = "31", green = "32", yellow = "33", bold = "1", dim = "2"
    }

    private static func colour(of state: CoverageReport.State) -> Colour {
        switch state {
        case .source, .translated: .green
        case .unverified: .dim
        case .outdated: .yellow
        case .missing, .stub: .red
        case .notExpected: .dim
        }
    }

    private func paint(_ text: String, _ colour: Colour) -> String {
        self.colour ? "\u{1B}[\(colour.rawValue)m\(text)\u{1B}[0m" : text
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    private static func truncated(_ key: String) -> String {
        key.count < keyWidth - 1 ? key : String(key.prefix(keyWidth - 3)) + "…"
    }
}
