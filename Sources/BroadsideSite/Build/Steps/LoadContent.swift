/// Reads every article file of `content/`, taking unchanged ones from the last build's cache:
/// the cache folder's, or the one `serve` keeps in memory.
struct LoadContent: BuildStep {
    static let name = "load content"
    let site: SiteFolder
    let configuration: SiteConfiguration
    let options: BuildOptions
    let files: FileTree
    /// The configuration fingerprint the cache must have been written with.
    let shared: UInt64
    /// The cache a build in memory kept from its last build; `nil` reads the cache folder's.
    let kept: ContentCache?

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> (SiteContent, ContentCache) {
        let cacheFolder = site.path(SiteBuilder.cacheFolder)
        // A strict build reads every file: warnings found when a file was rendered (an unknown
        // shortcode) are not kept in the cache.
        let cache = if options.clean || options.isStrict {
            ContentCache(configurationHash: shared)
        } else if let kept, kept.configurationHash == shared {
            kept
        } else {
            ContentCache.load(from: cacheFolder, configurationHash: shared,
                              root: site.path(SiteContent.folderName), languages: configuration.languages)
        }
        let (content, found) = SiteContent.load(from: site, configuration: configuration,
                                                includeDrafts: options.includeDrafts, files: files.files, cache: cache)
        problems += found
        return (content, cache)
    }
}
