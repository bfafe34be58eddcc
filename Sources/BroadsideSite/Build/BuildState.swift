import BroadsideLocale
import BroadsideTemplates

/// Everything a build has learnt so far, passed from step to step.
struct BuildState {
    let options: BuildOptions
    var configuration: SiteConfiguration!
    var strings: UIStrings!
    var templates: TemplateLibrary!
    /// A hash of what every page depends on (configuration, templates, UI strings, the tool).
    var sharedFingerprint: UInt64 = 0
    /// A hash of every input; equal to the last build's means there is nothing to do.
    var inputsFingerprint: UInt64 = 0
    /// The files of `content/` with their size and time, listed once for the whole build.
    var contentFiles: [(path: String, status: FileStatus)] = []
    /// What the last build wrote, if it wrote into this output folder.
    var previousManifest: OutputManifest?
    /// Set when nothing changed since the last build: the remaining steps are skipped.
    var isUpToDate = false
    var contentCache = ContentCache()
    /// Whether this build read files the cache did not have, so the cache must be saved.
    var contentCacheChanged = false
    var content: SiteContent!
    /// Each article's files with their Markdown rendered, in content order.
    var renderedArticles: [[LanguageTag: RenderedFile]] = []
    var plan: SitePlan!
    var output: OutputDirectory!
    /// Problems found so far; any error fails the build.
    var problems: [Diagnostic] = []
    var summary = BuildSummary()

    init(options: BuildOptions) {
        self.options = options
    }

    var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// The cache folder, `.broadside-cache` in the site folder.
    var cacheFolder: String { options.siteDirectory.appendingPath(SiteBuilder.cacheFolder) }

    var manifestPath: String { OutputManifest.path(in: cacheFolder, for: options.resolvedOutputDirectory) }
}
