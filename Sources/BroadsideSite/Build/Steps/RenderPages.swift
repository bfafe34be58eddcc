import BroadsideLocale
import BroadsideTemplates

/// Renders every planned page with its template and writes it.
struct RenderPages: BuildStep {
    static let name = "render pages"
    static let makesOutput = true
    let configuration: SiteConfiguration
    let plan: SitePlan
    let strings: UIStrings
    let templates: TemplateLibrary
    let output: OutputDirectory
    let markdown: Markdown
    let shared: UInt64
    let progress: @Sendable (_ done: Int, _ total: Int) -> Void

    /// - Returns: the pages of each language, in site order.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> [(language: LanguageTag, pages: Int)] {
        let renderer = PageRenderer(configuration: configuration, plan: plan, strings: strings, templates: templates,
                                    output: output, markdown: markdown, sharedFingerprint: shared, progress: progress)
        problems += renderer.renderAll()
        var counts: [LanguageTag: Int] = [:]
        for page in plan.pages where !page.path.segments.isEmpty { counts[page.language, default: 0] += 1 }
        return configuration.languages.map { ($0, counts[$0] ?? 0) }
    }
}
