import BroadsideLocale
import BroadsideTemplates

/// Everything a build has learnt so far, passed from step to step.
struct BuildState {
    let options: BuildOptions
    var configuration: SiteConfiguration!
    var strings: UIStrings!
    var templates: TemplateLibrary!
    var content: SiteContent!
    /// Each article's files with their Markdown rendered, in content order.
    var renderedArticles: [[LanguageTag: RenderedFile]] = []
    var plan: SitePlan!
    var output: OutputDirectory!
    /// Problems found so far; any error fails the build.
    var problems: [Diagnostic] = []
    var summary = BuildSummary()

    init(options: BuildOptions) {
        self.options = options
    }

    var hasErrors: Bool { problems.contains { $0.severity == .error } }
}
