import Foundation
import BroadsideLocale

/// What a build wrote, for the closing summary.
public struct BuildSummary: Sendable, CustomStringConvertible {
    /// HTML pages per language, in site order.
    public var pagesPerLanguage: [(language: LanguageTag, pages: Int)] = []
    public var feeds = 0
    /// All files of the site, pages, feeds, sitemap and static files together.
    public var files = 0
    /// Files written or removed; unchanged files are left alone.
    public var changes = 0
    /// Nothing changed since the last build, so nothing was done.
    public var upToDate = false
    public var seconds = 0.0
    /// What the build found that does not stop it (links skipped, tags merged).
    public var warnings: [Diagnostic] = []
    /// With ``BuildOptions/recordsPageSources``: each page's file, relative to the output
    /// folder, with its language and the files that may have written its links, its article's
    /// (or section's `_index`) first, its template last.
    var pageSources: [String: (sources: [String], language: LanguageTag)] = [:]
    /// The output folder's manifest, which ``SiteBuilder/removeRecords(manifestPath:)`` removes.
    var manifestPath = ""

    public var description: String {
        if upToDate {
            return "Up to date: nothing changed since the last build (\(files) files), checked in "
                + String(format: "%.2f", seconds) + " s"
        }
        let pages = pagesPerLanguage.map { "\($0.language) \($0.pages)" }.joined(separator: ", ")
        let total = pagesPerLanguage.reduce(0) { $0 + $1.pages }
        return "Built \(total) pages (\(pages)), \(feeds) feeds, \(files) files; \(changes) written or removed, in "
            + String(format: "%.2f", seconds) + " s"
    }
}
