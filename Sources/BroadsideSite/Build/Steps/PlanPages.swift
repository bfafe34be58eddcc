import BroadsideLocale

/// Decides every page of the site before any is rendered; stub translations (``StubRule``) are
/// planned as missing.
struct PlanPages: BuildStep {
    static let name = "plan pages"
    let configuration: SiteConfiguration
    let articles: [[LanguageTag: RenderedFile]]

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> SitePlan {
        let stubs = StubRule(configuration: configuration)
        let plan = SitePlan(configuration: configuration,
                            articles: articles.map { stubs.removingStubs(from: $0, file: \.file) })
        problems += plan.problems
        return plan
    }
}
