import BroadsideLocale
import Foundation

/// Decides every page of the site before any is rendered; stub translations (``StubRule``) are
/// planned as missing.
struct PlanPages: BuildStep {
    /// The plan, and what it was made of.
    struct Planned {
        var plan: SitePlan
        /// The articles planned, without their stub translations.
        var articles: [[LanguageTag: RenderedFile]]
        /// When the plan is the last build's with the texts that changed since
        /// (``SitePlan/replacingTexts(of:with:)``), the pages that show them: every other page's
        /// data is the last build's. `nil` for a new plan.
        var pagesShowingAChange: Set<Int>?
    }

    static let name = "plan pages"
    let configuration: SiteConfiguration
    let articles: [[LanguageTag: RenderedFile]]
    /// What tells upcoming events from past ones.
    let now: Date
    /// What a build in memory planned last time, with the same configuration; `nil` for `build`.
    var previous: Planned?

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Planned {
        let stubs = StubRule(configuration: configuration)
        let articles = articles.map { stubs.removingStubs(from: $0, file: \.file) }
        let planned = if let previous, let replaced = previous.plan.replacingTexts(of: previous.articles, with: articles) {
            Planned(plan: replaced.plan, articles: articles, pagesShowingAChange: replaced.pagesShowingAChange)
        } else {
            Planned(plan: SitePlan(configuration: configuration, articles: articles, now: now), articles: articles)
        }
        problems += planned.plan.problems
        return planned
    }
}
