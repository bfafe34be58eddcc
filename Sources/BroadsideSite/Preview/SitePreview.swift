import Foundation

/// `broadside serve`'s builds: the site built in memory, and built again after each change,
/// keeping what the last build made — the parsed templates, the content cache, and every file
/// whose inputs did not change — so that an edit renders only what it changed.
///
/// The output folder and the cache folder are never written.
public final class SitePreview {
    /// What a rebuild found.
    public enum Outcome {
        /// No input changed since the last build.
        case unchanged
        /// The site was built; `changed` lists the files (relative paths) made, changed or
        /// removed since the last build.
        case built(PreviewSite, changed: [String])
        /// The build failed; the last site that built is still the one to serve.
        case failed(BuildFailure)
    }

    private let options: BuildOptions
    private let origin: String
    private var files: [String: PreviewSite.File] = [:]
    private var kept = SiteBuilder.Kept()
    private var inputs: UInt64?

    /// - Parameters:
    ///   - options: the site folder, whether drafts are shown, and where steps are logged.
    ///   - origin: the server's address (`http://127.0.0.1:1313`), which replaces the scheme
    ///     and host of the site's `baseURL` in every page, feed and sitemap.
    public init(options: BuildOptions, origin: String) {
        self.options = options
        self.origin = origin
    }

    /// Builds the site again if any input changed since the last build.
    public func rebuild() -> Outcome {
        var pipeline = BuildPipeline(count: 13, log: options.log)
        var summary = BuildSummary()
        let start = ContinuousClock.now
        do throws(BuildFailure) {
            var (site, configuration) = try pipeline.run(ReadSiteConfiguration(siteDirectory: options.siteDirectory))
            configuration.baseURL = origin + configuration.basePath
            let found = try pipeline.run(LookForChanges(site: site, options: options, published: nil))
            guard found.all != inputs else { return .unchanged }
            inputs = found.all
            let made = try SiteBuilder.makeSite(site: site, configuration: configuration, inputs: found, options: options,
                                                kept: kept, pipeline: &pipeline, summary: &summary) { [files] plan, pipeline throws(BuildFailure) in
                try pipeline.stopOnErrors()
                return MemoryOutput(previous: files, pages: SiteBuilder.pageOrigins(of: plan))
            }
            let built = made.output.contents
            let changed = built.filter { path, file in files[path]?.contentHash != file.contentHash }.keys
                + files.keys.filter { built[$0] == nil }
            // The deepest folder first, the default language's page last: it answers for every other address.
            let notFound = made.planned.plan.pages.filter { if case .notFound = $0.kind { true } else { false } }
                .sorted { ($0.language == configuration.defaultLanguage ? 1 : 0, -$0.path.segments.count)
                    < ($1.language == configuration.defaultLanguage ? 1 : 0, -$1.path.segments.count) }
            let previous = (files, kept)
            files = built
            kept = SiteBuilder.Kept(cache: made.cache.cache, templates: made.templates,
                                    planned: (made.planned, made.context, found.shared))
            // What this build is done with, and what the last one kept, are freed on another thread.
            Leftovers(values: (consume made, consume found, previous)).free()
            summary.warnings = pipeline.problems
            summary.changes = changed.count
            summary.seconds = (ContinuousClock.now - start).seconds
            return .built(PreviewSite(site: site, files: built, basePath: configuration.basePath,
                                      notFoundPages: notFound.map(\.file), summary: summary), changed: changed.sorted())
        } catch {
            return .failed(error)
        }
    }
}

/// A build's data no longer needed, freed on another thread: freeing ten thousand pages'
/// data takes tens of milliseconds the event to the browser need not wait for.
private struct Leftovers: @unchecked Sendable {
    /// Only ever read on the thread that frees it.
    var values: Any

    /// Hands the values to another thread, which drops them.
    consuming func free() {
        let leftovers = self
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(leftovers) {} }
    }
}
