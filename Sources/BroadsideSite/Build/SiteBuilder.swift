import BroadsideTemplates

/// `broadside build`: a site folder to a static site, as a pipeline of named steps.
///
/// ``build(_:)`` is the table of contents: each step is a type in `Build/Steps/`, takes what
/// earlier steps made and returns what it made.
public enum SiteBuilder {
    static let templatesFolder = "templates"
    static let staticFolder = "static"
    /// The folders below the site's top whose files a build reads: with ``SiteConfiguration/fileName``, every input.
    public static let inputFolders = [SiteContent.folderName, staticFolder, templatesFolder,
                                      UIStrings.folderName, GoI18nStrings.folderName]
    /// The hidden folder in the site where a build leaves what the next one can reuse.
    public static let cacheFolder = ".broadside-cache"

    /// Builds the site into a staging folder and publishes it only when every step succeeded.
    ///
    /// - Throws: every error found, together, with the warnings; the output folder is then
    ///   exactly as it was.
    @discardableResult
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = ContinuousClock.now
        var pipeline = BuildPipeline(count: 17, log: options.log)
        pipeline.isStrict = options.isStrict
        var summary = BuildSummary()
        func finished() -> BuildSummary {
            summary.warnings = pipeline.problems
            summary.seconds = (ContinuousClock.now - start).seconds
            return summary
        }

        let (site, configuration) = try pipeline.run(ReadSiteConfiguration(siteDirectory: options.siteDirectory,
                                                                                   languages: options.languages))
        let folder = try pipeline.run(ClaimOutputFolder(path: options.outputDirectory ?? site.path("output"),
                                                        site: site, notice: options.notice))
        let cacheFolder = try pipeline.run(ClaimCacheFolder(site: site))
        let manifestPath = OutputManifest.path(in: site, cacheFolder: cacheFolder, for: folder)
        let inputs = try pipeline.run(LookForChanges(site: site, options: options, published: (folder, manifestPath)))
        if inputs.isUpToDate {
            summary.upToDate = true
            summary.files = inputs.previous?.entries.count ?? 0
            return finished()
        }
        // Brought up to date on the other core while the site is loaded and planned.
        let spare = SpareTree.Preparation(into: folder.stagingPath, from: folder.realPath, manifestPath: manifestPath,
                                          published: inputs.previous, reuse: !options.clean)
        summary.manifestPath = manifestPath
        var output: OutputDirectory?
        do throws(BuildFailure) {
            let made = try makeSite(site: site, configuration: configuration, inputs: inputs, options: options,
                                    kept: Kept(), pipeline: &pipeline, summary: &summary) { plan, pipeline throws(BuildFailure) in
                let directory = try pipeline.run(PrepareOutput(folder: folder, previous: inputs.previous, manifestPath: manifestPath,
                                                               reuse: !options.clean, spare: spare, plan: plan))
                output = directory
                return directory
            }
            summary.changes = try pipeline.run(Publish(output: made.output, inputs: inputs.all, window: made.window,
                                                       cache: made.cache, cacheFolder: cacheFolder))
        } catch {
            // The spare is left at the staging path for the next build, but not while it is being prepared.
            _ = spare.result()
            output?.discard()
            throw error
        }
        return finished()
    }
}

extension Diagnostic {
    /// A template problem, at its place in the template.
    init(_ error: TemplateError) {
        self.init(at: error.location, error.message)
    }
}

extension Duration {
    /// The duration in seconds, with its fraction.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
