import BroadsideTemplates

/// `broadside build`: a site folder to a static site, as a pipeline of named steps.
///
/// ``build(_:)`` is the table of contents: each step is a type in `Build/Steps/`, takes what
/// earlier steps made and returns what it made.
public enum SiteBuilder {
    static let templatesFolder = "templates"
    static let staticFolder = "static"
    /// The hidden folder in the site where a build leaves what the next one can reuse.
    public static let cacheFolder = ".broadside-cache"

    /// Builds the site into a staging folder and publishes it only when every step succeeded.
    ///
    /// - Throws: every error found, together, with the warnings; the output folder is then
    ///   exactly as it was.
    @discardableResult
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = ContinuousClock.now
        var pipeline = BuildPipeline(count: 13, log: options.log)
        pipeline.isStrict = options.isStrict
        var summary = BuildSummary()
        func finished() -> BuildSummary {
            summary.warnings = pipeline.problems
            summary.seconds = (ContinuousClock.now - start).seconds
            return summary
        }

        let (site, configuration) = try pipeline.run(ReadSiteConfiguration(siteDirectory: options.siteDirectory))
        let folder = try pipeline.run(ClaimOutputFolder(path: options.outputDirectory ?? site.path("output"),
                                                        site: site, notice: options.notice))
        let cacheFolder = site.path(cacheFolder)
        let manifestPath = OutputManifest.path(in: site, for: folder)
        let inputs = try pipeline.run(LookForChanges(site: site, options: options, output: folder, manifestPath: manifestPath))
        if inputs.isUpToDate {
            summary.upToDate = true
            summary.files = inputs.previous?.entries.count ?? 0
            return finished()
        }
        let strings = try pipeline.run(LoadUIStrings(site: site, configuration: configuration))
        let (templates, usesBuiltInLayout) = try pipeline.run(LoadTemplates(site: site))
        let (content, cache) = try pipeline.run(LoadContent(site: site, configuration: configuration, options: options,
                                                            files: inputs.contentFiles, shared: inputs.shared))
        let markdown = Markdown(unsafeHTML: configuration.unsafeHTML, shortcodes: ShortcodeLibrary(templates: templates))
        let rendered = try pipeline.run(RenderMarkdown(content: content, cache: cache, markdown: markdown))
        // Planning runs on one core: the other brings the last build's spare tree up to date.
        let spare = SpareTree.Preparation(into: folder.stagingPath, from: folder.realPath, manifestPath: manifestPath,
                                          published: inputs.previous, reuse: !options.clean)
        let plan = try pipeline.run(PlanPages(configuration: configuration, articles: rendered.articles))
        let output = try pipeline.run(PrepareOutput(folder: folder, previous: inputs.previous, manifestPath: manifestPath,
                                                    reuse: !options.clean, spare: spare, plan: plan))
        let context = PageContext(configuration: configuration, plan: plan)
        summary.manifestPath = manifestPath
        if options.recordsPageSources { summary.pageSources = pageSources(of: plan, in: site) }
        do throws(BuildFailure) {
            summary.pagesPerLanguage = try pipeline.run(RenderPages(renderer: PageRenderer(
                context: context, strings: strings, templates: templates, output: output,
                markdown: markdown, site: site, sharedFingerprint: inputs.shared, progress: options.progress)))
            summary.feeds = try pipeline.run(WriteFeedsAndSitemap(site: site, context: context, output: output,
                                                                  markdown: markdown, shared: inputs.shared))
            let staticFiles = try pipeline.run(PublishStaticFiles(site: site, staticFiles: inputs.staticFiles, plan: plan,
                                                                  output: output, usesBuiltInLayout: usesBuiltInLayout))
            summary.changes = try pipeline.run(Publish(output: output, inputs: inputs.all,
                                                       cache: rendered, cacheFolder: cacheFolder))
            summary.files = plan.pages.count + summary.feeds + 1 + staticFiles
        } catch {
            output.discard()
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
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
