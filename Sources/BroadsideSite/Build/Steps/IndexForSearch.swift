import Foundation

/// Indexes the site for search with Pagefind (`search: true`): every article page that shows its
/// own language's text, one index per language, into `pagefind/` with the rest of the output —
/// before it is published, so a failed index leaves the output folder as it was. A build of
/// some languages (`--languages`) indexes the pages its output holds: its own, and those of the
/// other languages that an earlier build into the same output made.
struct IndexForSearch: BuildStep {
    static let name = "index for search"
    static let makesOutput = true
    /// The planned site's page data, the one the pages were rendered with.
    let context: PageContext
    let output: any SiteOutput

    /// The bundle's folder in the output, where the search pages load it from.
    static let folder = "pagefind"

    /// The file that names each language's index, whose languages Pagefind writes in a
    /// different order each time (a Rust `HashMap`'s).
    static let entryFile = "pagefind-entry.json"

    /// - Returns: how many files the search bundle has.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Int {
        guard context.configuration.search else { return 0 }
        do throws(Diagnostic) {
            let pagefind = try Pagefind.find()
            let work = try ScratchFolder.make(named: "search", purpose: "to index the site in")
            defer { try? FileManager.default.removeItem(atPath: work) }
            let site = work.appendingPath("site"), bundle = work.appendingPath("bundle")
            for page in context.plan.pages {
                guard case .article = page.kind, !page.isFallback else { continue }
                try output.place(page.file, at: site.appendingPath(page.file))
            }
            try pagefind.index(site: site, into: bundle)
            let files = (FileManager.default.enumerator(atPath: bundle)?.allObjects as? [String] ?? []).sorted()
            var count = 0
            for file in files {
                let path = bundle.appendingPath(file)
                var info = stat()
                guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                guard var bytes = FileManager.default.contents(atPath: path) else {
                    throw Diagnostic(at: SourceLocation(path: path), "cannot read what Pagefind wrote")
                }
                if file == Self.entryFile { bytes = try Self.sortingKeys(of: bytes, at: path) }
                let relativePath = Self.folder.appendingPath(file), origin = OutputOrigin.generated("the search index")
                try output.claim(relativePath, for: origin)
                count += 1
                let fingerprint = StableHash.ofContents(bytes)
                if !output.isCurrent(relativePath, fingerprint: fingerprint) {
                    try output.write(bytes, to: relativePath, fingerprint: fingerprint, from: origin)
                }
            }
            return count
        } catch {
            problems.append(error)
            return 0
        }
    }

    /// The JSON document `bytes` with its keys in order, so that two builds write the same file.
    private static func sortingKeys(of bytes: Data, at path: String) throws(Diagnostic) -> Data {
        do {
            let value = try JSONSerialization.jsonObject(with: bytes)
            return try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
        } catch {
            throw Diagnostic(at: SourceLocation(path: path), "Pagefind wrote a \(entryFile) that is not JSON: \(error.localizedDescription)")
        }
    }
}
