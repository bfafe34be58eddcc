/// The steps `build` and `serve` share: from the UI strings to the static files, into the
/// output folder or into memory.
extension SiteBuilder {
    /// What the shared steps made, and what a build in memory keeps for the next one.
    struct Made<Output: SiteOutput> {
        var output: Output
        /// The content cache brought up to date, and whether it changed (so it must be saved).
        var cache: (cache: ContentCache, changed: Bool)
        var templates: LoadTemplates.Loaded
        var planned: PlanPages.Planned
        /// The context the pages were rendered in.
        var context: PageContext
        /// The time the pages hold for.
        var window: PublicationWindow
    }

    /// What a build in memory keeps for the next one; all `nil` for `build`.
    struct Kept {
        var cache: ContentCache?
        var templates: LoadTemplates.Loaded?
        /// The last build's plan and page context, reused when the inputs all pages depend on
        /// (``LookForChanges/Inputs/shared``) are the same and only the articles' texts changed.
        var planned: (planned: PlanPages.Planned, context: PageContext, shared: UInt64)?
    }

    /// Loads and plans the site, then makes every file into the output that `makeOutput` makes
    /// once the pages are planned.
    ///
    /// - Parameter kept: what a build in memory kept from its last build; nothing for `build`.
    static func makeSite<Output: SiteOutput>(
        site: SiteFolder, configuration: SiteConfiguration, inputs: LookForChanges.Inputs, options: BuildOptions,
        kept: Kept, pipeline: inout BuildPipeline, summary: inout BuildSummary,
        output makeOutput: (SitePlan, inout BuildPipeline) throws(BuildFailure) -> Output
    ) throws(BuildFailure) -> Made<Output> {
        let templates = try pipeline.run(LoadTemplates(site: site, kept: kept.templates))
        let strings = try pipeline.run(LoadUIStrings(site: site, configuration: configuration, templates: templates.library))
        let markdown = Markdown(unsafeHTML: configuration.unsafeHTML, shortcodes: ShortcodeLibrary(templates: templates.library))
        let content = try pipeline.run(LoadContent(site: site, configuration: configuration, options: options,
                                                   files: inputs.contentFiles, shared: inputs.shared, now: inputs.now, kept: kept.cache))
        let previous = kept.planned.flatMap { $0.shared == inputs.shared ? $0 : nil }
        let planned = try pipeline.run(PlanPages(configuration: configuration, articles: content.articles, now: inputs.now,
                                                       previous: previous?.planned))
        let plan = planned.plan
        let output = try makeOutput(plan, &pipeline)
        if options.recordsPageSources { summary.pageSources = pageSources(of: plan, in: site) }
        let context = if planned.pagesShowingAChange != nil, let previous { previous.context.replacing(plan: plan) } else {
            PageContext(configuration: configuration, plan: plan)
        }
        let renderer = PageRenderer(context: context, strings: strings,
                                    templates: templates.library, output: output, languages: options.languages,
                                    markdown: markdown, site: site, sharedFingerprint: inputs.shared,
                                    pagesToLookAt: planned.pagesShowingAChange, progress: options.progress)
        let texts = try pipeline.run(RenderArticlePages(renderer: renderer))
        let listed = try pipeline.run(RenderListPages(renderer: renderer, texts: texts))
        summary.pagesPerLanguage = listed.pages
        let written = try pipeline.run(WriteFeedsAndSitemap(site: site, context: listed.context, output: output,
                                                            languages: options.languages, markdown: markdown, shared: inputs.shared))
        summary.feeds = written.feeds
        let calendars = try pipeline.run(WriteEventCalendars(context: listed.context, output: output, languages: options.languages))
        let cards = try pipeline.run(DrawShareCards(context: listed.context, strings: strings, output: output, languages: options.languages))
        let search = try pipeline.run(IndexForSearch(context: listed.context, output: output))
        let staticFiles = try pipeline.run(PublishStaticFiles(site: site, staticFiles: inputs.staticFiles, plan: plan, output: output,
                                                              languages: options.languages, usesBuiltInLayout: templates.usesBuiltInLayout))
        summary.files = plan.pages.count + written.feeds + written.sitemaps + calendars + cards + search + staticFiles
        let cache = listed.texts.cache(updating: content.cache, articles: content.articles, fileStatus: content.fileStatus)
        return Made(output: output, cache: cache, templates: templates, planned: planned, context: listed.context,
                    window: content.window)
    }

    /// Each planned page's file and what it is made from: pages cannot share a path (the plan
    /// has made sure), so the output knows them all before any is written.
    static func pageOrigins(of plan: SitePlan) -> [String: OutputOrigin] {
        Dictionary(plan.pages.map { ($0.file, PageRenderer.origin(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }
}
