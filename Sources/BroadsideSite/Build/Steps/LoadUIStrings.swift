/// Reads and compiles each language's `locales/<lang>.yaml`.
struct LoadUIStrings: BuildStep {
    static let name = "load UI strings"
    let site: SiteFolder
    let configuration: SiteConfiguration

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> UIStrings {
        let (strings, found) = UIStrings.load(from: site, configuration: configuration)
        problems += found
        return strings
    }
}
