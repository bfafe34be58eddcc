import Foundation
import BroadsideLocale

/// What a build wrote, for the closing summary.
public struct BuildSummary: Sendable, CustomStringConvertible {
    /// HTML pages per language, in site order.
    public var pagesPerLanguage: [(language: LanguageTag, pages: Int)] = []
    public var feeds = 0
    /// All files written, pages, feeds, sitemap and static files together.
    public var files = 0
    public var seconds = 0.0

    public var description: String {
        let pages = pagesPerLanguage.map { "\($0.language) \($0.pages)" }.joined(separator: ", ")
        let total = pagesPerLanguage.reduce(0) { $0 + $1.pages }
        return "Built \(total) pages (\(pages)), \(feeds) feeds, \(files) files in "
            + String(format: "%.2f", seconds) + " s"
    }
}
