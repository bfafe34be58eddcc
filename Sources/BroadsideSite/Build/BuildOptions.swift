import Foundation

/// What `broadside build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site folder (with `site.yaml`).
    public var siteDirectory: String
    /// Where the site is published; `<site>/output` when `nil`.
    public var outputDirectory: String?
    /// Publish articles marked `draft: true`.
    public var includeDrafts: Bool
    /// Ignore what earlier builds left in the cache: read, render and write everything.
    public var clean: Bool
    /// Every warning is an error (an unknown shortcode, a page without a title, …).
    public var isStrict = false
    /// The languages whose pages and feeds are made (`--languages`); the others' are kept.
    public var languages = LanguageSelection.all
    /// Record in the summary which files wrote each page (``BuildSummary/pageSources``).
    var recordsPageSources = false
    /// Prints each step when it is done, with its time.
    public var log: @Sendable (String) -> Void
    /// Tells the user what the build is waiting for (another build into the same folder).
    public var notice: @Sendable (String) -> Void = { _ in }
    /// Told, as pages are rendered, how many of all are done (from several threads).
    public var progress: @Sendable (_ done: Int, _ total: Int) -> Void = { _, _ in }

    public init(siteDirectory: String = ".", outputDirectory: String? = nil, includeDrafts: Bool = false,
                clean: Bool = false, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.siteDirectory = siteDirectory
        self.outputDirectory = outputDirectory
        self.includeDrafts = includeDrafts
        self.clean = clean
        self.log = log
    }
}
