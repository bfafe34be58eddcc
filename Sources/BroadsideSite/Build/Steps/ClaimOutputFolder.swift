/// Checks that the output folder is no part of the site's sources and locks it for this build.
struct ClaimOutputFolder: BuildStep {
    static let name = "claim the output folder"
    let path: String
    let site: SiteFolder
    let notice: (String) -> Void

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> OutputFolder {
        do { return try OutputFolder(path, site: site, notice: notice) } catch { throw BuildFailure(configuration: [error]) }
    }
}
