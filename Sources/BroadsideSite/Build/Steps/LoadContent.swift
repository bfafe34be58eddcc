import BroadsideLocale
import Foundation

/// Reads every article file of `content/`, taking unchanged ones from the last build's cache:
/// the cache folder's, or the one `serve` keeps in memory. Each file's Markdown is let go once
/// its front matter is read: its page reads and renders it again.
struct LoadContent: BuildStep {
    /// The site's articles, and what the next build's cache is made from.
    struct Loaded {
        /// Each article's files by language, in content order.
        var articles: [[LanguageTag: RenderedFile]]
        /// Each file's status, by path relative to `content/`.
        var fileStatus: [String: FileStatus]
        var cache: ContentCache
        /// The build's "now", and the next time the clock alone changes a page.
        var window: PublicationWindow
    }

    static let name = "load content"
    let site: SiteFolder
    let configuration: SiteConfiguration
    let options: BuildOptions
    let files: FileTree
    /// The configuration fingerprint the cache must have been written with.
    let shared: UInt64
    /// What `publishDate` and `expiryDate` are compared with.
    let now: Date
    /// The cache a build in memory kept from its last build; `nil` reads the cache folder's.
    let kept: ContentCache?

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Loaded {
        // A strict build reads every file: warnings found when a file was rendered (an unknown
        // shortcode) are not kept in the cache.
        let cache = if options.clean || options.isStrict {
            ContentCache(configurationHash: shared)
        } else if let kept, kept.configurationHash == shared {
            kept
        } else if let cacheFolder = try? site.cacheFolder() {
            ContentCache.load(from: cacheFolder, configurationHash: shared,
                              root: site.path(SiteContent.folderName), languages: configuration.languages)
        } else {
            ContentCache(configurationHash: shared)
        }
        let (content, found) = SiteContent.load(from: site, configuration: configuration, includeDrafts: options.includeDrafts,
                                                files: files.files, cache: cache, now: now, keepsBodies: false)
        problems += found
        let articles = content.articles.map { article in
            article.files.mapValues { file in
                // A file saved again unchanged keeps what it rendered to.
                if let record = cache.records[file.relativePath], record.file.contentHash == file.contentHash {
                    return RenderedFile(cached: record)
                }
                return RenderedFile(file)
            }
        }
        return Loaded(articles: articles, fileStatus: content.fileStatus, cache: cache, window: content.window)
    }
}
