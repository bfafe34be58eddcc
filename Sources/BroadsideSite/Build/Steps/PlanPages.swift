import BroadsideLocale

/// Decides every page of the site before any is rendered.
struct PlanPages: BuildStep {
    static let name = "plan pages"
    let configuration: SiteConfiguration
    let articles: [[LanguageTag: RenderedFile]]

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> SitePlan {
        let plan = SitePlan(configuration: configuration, articles: articles)
        problems += plan.problems
        return plan
    }
}
