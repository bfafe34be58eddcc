import BroadsideLocale
import Foundation

/// Translation coverage per language at each commit of the site's history that changed its
/// content, UI strings or configuration, oldest first: what `broadside check --trend` adds to
/// the report (``CoverageHistory`` reads it).
public struct CoverageTrend: Sendable, Equatable {
    /// The coverage at one commit.
    public struct Point: Sendable, Encodable, Equatable {
        /// The commit's full id.
        public var commit: String
        /// When it was committed.
        public var time: Date
        /// Language tag to the percentage of the language's articles translated (one decimal),
        /// counted as the report's `coverage` counts it, for the languages the site had then.
        public var coverage: [String: Double]

        /// ``time`` in RFC 3339, UTC.
        public var date: String { InternetDate.rfc3339(time) }

        enum CodingKeys: String, CodingKey { case commit, date, coverage }

        /// `{"commit", "date", "coverage"}`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(commit, forKey: .commit)
            try container.encode(date, forKey: .date)
            try container.encode(coverage, forKey: .coverage)
        }
    }

    public var points: [Point]
    /// What the trend lacks and how to get it (a shallow clone's history, no repository);
    /// `nil` when it reaches the site's first commit.
    public var note: String?
}

extension CoverageTrend {
    /// `language`'s percentage at each point, `nil` where the site did not have the language.
    func values(of language: String) -> [Double?] {
        points.map { $0.coverage[language] }
    }

    /// At most `count` of the points, evenly spread, the first and the last always among them:
    /// what a line of `count` characters can show.
    func sampled(to count: Int) -> [Point] {
        guard points.count > count, count > 1 else { return points }
        return (0..<count).map { points[$0 * (points.count - 1) / (count - 1)] }
    }
}
