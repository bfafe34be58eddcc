/// Swaps the new output in, then saves what the next build can reuse.
struct Publish: BuildStep {
    static let name = "publish"
    static let makesOutput = true
    let output: OutputDirectory
    let inputs: UInt64
    let window: PublicationWindow
    /// The content cache, and whether it changed.
    let cache: (cache: ContentCache, changed: Bool)
    let cacheFolder: String

    /// - Returns: how many files were written or removed.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Int {
        let changes: Int
        do { changes = try output.publish(inputs: inputs, window: window) } catch { throw BuildFailure([error]) }
        // A cache that cannot be written only makes the next build slower.
        if cache.changed { try? cache.cache.save(to: cacheFolder) }
        return changes
    }
}
