/// Finds the cache folder (``SiteFolder/cacheFolder()``), where the build reads and writes its
/// records: the content cache and the output manifest.
struct ClaimCacheFolder: BuildStep {
    static let name = "claim the cache folder"
    let site: SiteFolder

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> String {
        do { return try site.cacheFolder() } catch { throw BuildFailure(configuration: [error]) }
    }
}
