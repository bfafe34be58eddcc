/// Opens the site folder and reads its `site.yaml`.
struct ReadSiteConfiguration: BuildStep {
    static let name = "read site.yaml"
    let siteDirectory: String
    /// The languages the build makes, each of which must be the site's.
    var languages = LanguageSelection.all

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> (SiteFolder, SiteConfiguration) {
        let site: SiteFolder
        do { site = try SiteFolder(siteDirectory) } catch { throw BuildFailure(configuration: [error]) }
        let configuration = try SiteConfiguration.load(from: site)
        let unknown = languages.problems(for: configuration)
        guard unknown.isEmpty else { throw BuildFailure(configuration: unknown) }
        return (site, configuration)
    }
}
