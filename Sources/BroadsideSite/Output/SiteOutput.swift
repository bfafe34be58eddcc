/// Where a build puts the files it makes: the output folder (``OutputDirectory``), or memory
/// for `broadside serve` (``MemoryOutput``). The steps that make files see only this.
///
/// Every file's path is claimed before it is kept or written; a file is kept when the last
/// build made it from the same inputs (its fingerprint), and written otherwise.
protocol SiteOutput: AnyObject, Sendable {
    /// Records that `origin` makes `relativePath`; a second origin for one path is an error naming both.
    func claim(_ relativePath: String, for origin: OutputOrigin) throws(Diagnostic)

    /// Whether the last build made `relativePath` from the same inputs; if so it is kept as it is.
    func isCurrent(_ relativePath: String, fingerprint: UInt64) -> Bool

    /// Keeps what the last build made at `relativePath`, whatever its inputs now: a file of a
    /// language this build does not make (``LanguageSelection``).
    func keep(_ relativePath: String)

    /// Records `bytes` as the content of `relativePath`.
    ///
    /// - Parameter origin: what the file is made from, for messages; its path claimed already.
    func write(_ bytes: some Collection<UInt8>, to relativePath: String, fingerprint: UInt64,
               from origin: @autoclosure () -> OutputOrigin) throws(Diagnostic)

    /// The hash of the bytes the output holds at `relativePath`, written or kept; `nil` when it
    /// holds no such file.
    func contentHash(of relativePath: String) -> UInt64?

    /// Keeps every file the last build made below `folder` when it made them all from the
    /// inputs `fingerprint` names, claiming each for `origin`: a tool's output (Pagefind's) that
    /// is not run again when its inputs did not change.
    ///
    /// - Returns: how many files were kept; 0 when there were none, or any was made from other
    ///   inputs or is gone.
    func keepAll(under folder: String, madeFrom fingerprint: UInt64, for origin: OutputOrigin) throws(Diagnostic) -> Int

    /// Puts the file the output holds at `relativePath`, written or kept, at `path`, for a tool
    /// that reads pages as files (Pagefind).
    /// Nothing when the output holds no such file: a page of a language this build does not
    /// make (``LanguageSelection``) that no earlier build made either.
    func place(_ relativePath: String, at path: String) throws(Diagnostic)

    /// Records the file of `site` at `source` as the content of `relativePath`, as it is.
    func copy(_ source: String, of site: SiteFolder, to relativePath: String, fingerprint: UInt64,
              from origin: @autoclosure () -> OutputOrigin) throws(Diagnostic)
}
