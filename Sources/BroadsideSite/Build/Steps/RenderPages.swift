import BroadsideLocale

/// Renders every planned page with its template and writes it.
struct RenderPages: BuildStep {
    static let name = "render pages"
    static let makesOutput = true
    let renderer: PageRenderer

    /// - Returns: the pages of each language built, in site order.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> [(language: LanguageTag, pages: Int)] {
        problems += renderer.renderAll()
        var counts: [LanguageTag: Int] = [:]
        for page in renderer.context.plan.pages where !page.path.segments.isEmpty { counts[page.language, default: 0] += 1 }
        return renderer.context.configuration.languages.filter(renderer.languages.includes).map { ($0, counts[$0] ?? 0) }
    }
}
