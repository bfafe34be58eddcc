/// The steps `build` and `serve` share: from the UI strings to the static files, into the
/// output folder or into memory.
extension SiteBuilder {
    /// What the shared steps made, and what a build in memory keeps for the next one.
    struct Made<Output: SiteOutput> {
        var output: Output
        var rendered: RenderMarkdown.Rendered
        var templates: LoadTemplates.Loaded
        var plan: SitePlan
    }

    /// Loads, renders and plans the site, then makes every file into the output that
    /// `makeOutput` makes once the pages are planned.
    ///
    /// - Parameter kept: what a build in memory kept from its last build; `nil`s for `build`.
    static func makeSite<Output: SiteOutput>(
        site: SiteFolder, configuration: SiteConfiguration, inputs: LookForChanges.Inputs, options: BuildOptions,
        kept: (cache: ContentCache?, templates: LoadTemplates.Loaded?), pipeline: inout BuildPipeline, summary: inout BuildSummary,
        output makeOutput: (SitePlan, inout BuildPipeline) throws(BuildFailure) -> Output
    ) throws(BuildFailure) -> Made<Output> {
        let strings = try pipeline.run(LoadUIStrings(site: site, configuration: configuration))
        let templates = try pipeline.run(LoadTemplates(site: site, kept: kept.templates))
        let markdown = Markdown(unsafeHTML: configuration.unsafeHTML, shortcodes: ShortcodeLibrary(templates: templates.library))
        let rendered: RenderMarkdown.Rendered
        do {
            // The files as read, with every file's Markdown, are let go once rendered.
            let (content, cache) = try pipeline.run(LoadContent(site: site, configuration: configuration, options: options,
                                                                files: inputs.contentFiles, shared: inputs.shared, kept: kept.cache))
            rendered = try pipeline.run(RenderMarkdown(content: content, cache: cache, markdown: markdown,
                                                       languages: options.languages, defaultLanguage: configuration.defaultLanguage))
        }
        let plan = try pipeline.run(PlanPages(configuration: configuration, articles: rendered.articles))
        let output = try makeOutput(plan, &pipeline)
        let context = PageContext(configuration: configuration, plan: plan)
        if options.recordsPageSources { summary.pageSources = pageSources(of: plan, in: site) }
        summary.pagesPerLanguage = try pipeline.run(RenderPages(renderer: PageRenderer(
            context: context, strings: strings, templates: templates.library, output: output, languages: options.languages,
            markdown: markdown, site: site, sharedFingerprint: inputs.shared, progress: options.progress)))
        summary.feeds = try pipeline.run(WriteFeedsAndSitemap(site: site, context: context, output: output, languages: options.languages,
                                                              markdown: markdown, shared: inputs.shared))
        let staticFiles = try pipeline.run(PublishStaticFiles(site: site, staticFiles: inputs.staticFiles, plan: plan, output: output,
                                                              languages: options.languages, usesBuiltInLayout: templates.usesBuiltInLayout))
        summary.files = plan.pages.count + summary.feeds + 1 + staticFiles
        return Made(output: output, rendered: rendered, templates: templates, plan: plan)
    }

    /// Each planned page's file and what it is made from: pages cannot share a path (the plan
    /// has made sure), so the output knows them all before any is written.
    static func pageOrigins(of plan: SitePlan) -> [String: OutputOrigin] {
        Dictionary(plan.pages.map { ($0.file, PageRenderer.origin(of: $0)) }, uniquingKeysWith: { first, _ in first })
    }
}
