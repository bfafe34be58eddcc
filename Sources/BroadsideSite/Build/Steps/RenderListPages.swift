import BroadsideLocale

/// Renders every page but the articles' (lists, tag indexes, the language chooser, 404 pages)
/// and writes it, showing what the article pages learnt of their texts.
struct RenderListPages: BuildStep {
    /// What the pages were rendered with.
    struct Listed {
        /// What every file rendered for the first time told: the article pages' and the section pages' own.
        var texts: RenderedTexts
        /// The page data knowing every article's rendering, for the feeds.
        var context: PageContext
        /// The pages of each language built, in site order.
        var pages: [(language: LanguageTag, pages: Int)]
    }

    static let name = "render list pages"
    static let makesOutput = true
    /// The renderer of the article pages.
    let renderer: PageRenderer
    /// What the article pages' texts told.
    let texts: RenderedTexts

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Listed {
        let renderer = renderer.knowing(texts)
        let outcome = renderer.render(articles: false)
        var texts = texts
        problems += texts.add(outcome.renderings)
        problems += outcome.problems
        var counts: [LanguageTag: Int] = [:]
        for page in renderer.context.plan.pages where !page.path.segments.isEmpty { counts[page.language, default: 0] += 1 }
        return Listed(texts: texts, context: renderer.context,
                      pages: renderer.context.configuration.languages.filter(renderer.languages.includes).map { ($0, counts[$0] ?? 0) })
    }
}
