/// Makes the staging folder this build writes into: the tree the last build swapped out,
/// brought up to date, or a new one.
struct PrepareOutput: BuildStep {
    static let name = "prepare output"
    static let makesOutput = true
    let folder: OutputFolder
    /// What the last build wrote into the folder: the files Broadside may replace or remove.
    let previous: OutputManifest?
    /// The output manifest's file, beside which the last build left its spare tree's record.
    let manifestPath: String
    /// Whether files the last build wrote from the same inputs are kept (not with `--clean`).
    let reuse: Bool
    /// The last build's spare tree, being brought up to date meanwhile.
    let spare: SpareTree.Preparation
    let plan: SitePlan

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> OutputDirectory {
        do {
            return try OutputDirectory(folder: folder, previous: previous, manifestPath: manifestPath, reuse: reuse,
                                       spare: spare, pages: SiteBuilder.pageOrigins(of: plan))
        } catch {
            throw BuildFailure([error])
        }
    }
}
