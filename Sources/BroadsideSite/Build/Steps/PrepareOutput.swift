/// Makes the staging folder this build writes into.
struct PrepareOutput: BuildStep {
    static let name = "prepare output"
    static let makesOutput = true
    let folder: OutputFolder
    /// What the last build wrote into the folder: the files Broadside may replace or remove.
    let previous: OutputManifest?
    /// Whether files the last build wrote from the same inputs are kept (not with `--clean`).
    let reuse: Bool
    let plan: SitePlan

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> OutputDirectory {
        do { return try OutputDirectory(folder: folder, previous: previous, reuse: reuse,
                                             pages: Dictionary(plan.pages.map { ($0.path.file, PageRenderer.origin(of: $0)) },
                                                               uniquingKeysWith: { first, _ in first })) } catch { throw BuildFailure([error]) }
    }
}
