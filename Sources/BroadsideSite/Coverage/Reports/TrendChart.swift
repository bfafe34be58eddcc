import BroadsideTemplates
import Foundation

/// One language's coverage over time as an inline SVG line chart for the HTML report: time
/// across, 0 to 100% up, a gap where the site did not have the language. Screen readers get
/// the report's table of the same values; the chart itself is labelled with its first and last.
struct TrendChart {
    let trend: CoverageTrend
    let language: String

    static let width = 480.0
    static let height = 130.0
    /// Room for the percent labels on the left and the dates below.
    private static let left = 44.0, bottom = 24.0, top = 8.0, right = 8.0

    /// The `<svg>` element.
    func svg() -> String {
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let times = monotonicTimes()
        let (first, last) = (times.first ?? 0, times.last ?? 0)
        func x(_ index: Int) -> Double {
            let span = last - first
            let share = span > 0 ? (times[index] - first) / span
                : trend.points.count > 1 ? Double(index) / Double(trend.points.count - 1) : 0.5
            return Self.left + share * plotWidth
        }
        func y(_ percent: Double) -> Double { Self.top + (100 - percent) / 100 * plotHeight }
        // Runs of points the language has; a gap where it had none.
        var runs: [[(x: Double, y: Double)]] = [[]]
        for (index, value) in trend.values(of: language).enumerated() {
            if let value { runs[runs.count - 1].append((x(index), y(value))) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        var svg = "<svg class=\"trend\" role=\"img\" aria-label=\"\(label().escapingHTML)\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(Self.height))\" width=\"\(Self.number(Self.width))\" height=\"\(Self.number(Self.height))\">"
        for percent in [0.0, 50, 100] {
            svg += "<line class=\"grid\" x1=\"\(Self.number(Self.left))\" x2=\"\(Self.number(Self.width - Self.right))\" y1=\"\(Self.number(y(percent)))\" y2=\"\(Self.number(y(percent)))\"/>"
            svg += "<text x=\"\(Self.number(Self.left - 6))\" y=\"\(Self.number(y(percent) + 4))\" text-anchor=\"end\">\(Int(percent))%</text>"
        }
        if let start = trend.points.first, let end = trend.points.last {
            svg += "<text x=\"\(Self.number(Self.left))\" y=\"\(Self.number(Self.height - 6))\">\(start.date.prefix(10))</text>"
            svg += "<text x=\"\(Self.number(Self.width - Self.right))\" y=\"\(Self.number(Self.height - 6))\" text-anchor=\"end\">\(end.date.prefix(10))</text>"
        }
        for run in runs where !run.isEmpty {
            svg += run.count == 1 ? "<circle cx=\"\(Self.number(run[0].x))\" cy=\"\(Self.number(run[0].y))\" r=\"3\"/>"
                : "<polyline points=\"\(run.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " "))\"/>"
        }
        return svg + "</svg>"
    }

    /// "ar: 0% on 2026-01-02, 62.5% on 2026-03-04", from the first point the language has.
    func label() -> String {
        let values = zip(trend.points, trend.values(of: language)).compactMap { point, value in value.map { (point, $0) } }
        guard let (firstPoint, firstValue) = values.first, let (lastPoint, lastValue) = values.last else {
            return "\(language): no coverage recorded"
        }
        return "\(language): \(TextReport.percent(firstValue)) on \(firstPoint.date.prefix(10)), \(TextReport.percent(lastValue)) on \(lastPoint.date.prefix(10))"
    }

    /// Each point's time in seconds, never before the one before it (a rebased history's
    /// commit dates can go back).
    private func monotonicTimes() -> [Double] {
        var latest = -Double.infinity
        return trend.points.map { point in
            latest = max(latest, point.time.timeIntervalSince1970)
            return latest
        }
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
