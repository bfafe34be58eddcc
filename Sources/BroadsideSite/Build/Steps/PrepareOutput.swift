/// Makes the staging folder this build writes into.
struct PrepareOutput: BuildStep {
    static let name = "prepare output"
    static let makesOutput = true
    let folder: OutputFolder
    /// What the last build wrote into the folder: the files Broadside may replace or remove.
    let previous: OutputManifest?
    /// Whether files the last build wrote from the same inputs are kept (not with `--clean`).
    let reuse: Bool

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> OutputDirectory {
        do { return try OutputDirectory(folder: folder, previous: previous, reuse: reuse) } catch { throw BuildFailure([error]) }
    }
}
