/// Opens the site folder and reads its `site.yaml`.
struct ReadSiteConfiguration: BuildStep {
    static let name = "read site.yaml"
    let siteDirectory: String

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> (SiteFolder, SiteConfiguration) {
        let site: SiteFolder
        do { site = try SiteFolder(siteDirectory) } catch { throw BuildFailure(configuration: [error]) }
        return (site, try SiteConfiguration.load(from: site))
    }
}
