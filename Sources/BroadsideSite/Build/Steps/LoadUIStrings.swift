import BroadsideTemplates

/// Reads and compiles each language's `locales/<lang>.yaml`, and warns once for each language
/// whose pages show UI strings in another language (``UIStrings/fallbackWarnings(showing:)``).
struct LoadUIStrings: BuildStep {
    static let name = "load UI strings"
    let site: SiteFolder
    let configuration: SiteConfiguration
    /// The templates, which say what strings the pages show.
    let templates: TemplateLibrary

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> UIStrings {
        let (strings, found) = UIStrings.load(from: site, configuration: configuration)
        problems += found
        problems += strings.fallbackWarnings(showing: templates.firstArguments(ofCallsTo: "t"))
        return strings
    }
}
