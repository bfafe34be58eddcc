import BroadsideLocale

/// Renders every article page, rendering its Markdown, and writes it.
struct RenderArticlePages: BuildStep {
    static let name = "render article pages"
    static let makesOutput = true
    let renderer: PageRenderer

    /// - Returns: what the files rendered for the first time told; their problems are reported.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> RenderedTexts {
        let outcome = renderer.render(articles: true)
        var texts = RenderedTexts()
        problems += texts.add(outcome.renderings)
        problems += outcome.problems
        return texts
    }
}
