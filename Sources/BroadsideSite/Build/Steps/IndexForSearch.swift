import BroadsideLocale
import Foundation

/// Indexes the site for search with Pagefind (`search: true`): each language's article pages that
/// show its own text, into that language's bundle `pagefind/<lang>/`, which its search page loads.
///
/// The bundles are written with the rest of the output, before it is published, so a failed
/// index leaves the output folder as it was. A language's bundle is made again only when one of
/// its pages changed (Pagefind has no incremental mode); a build of some languages
/// (`--languages`) indexes the pages its output holds.
struct IndexForSearch: BuildStep {
    static let name = "index for search"
    static let makesOutput = true
    /// The planned site's page data, the one the pages were rendered with.
    let context: PageContext
    let output: any SiteOutput

    /// The folder of every language's bundle in the output.
    static let folder = "pagefind"

    /// The folder of `language`'s bundle in the output, ending in `/`.
    static func bundle(of language: LanguageTag, in configuration: SiteConfiguration) -> String {
        folder.appendingPath(configuration.pathSegment(of: language)) + "/"
    }

    /// - Returns: how many files the search bundles have.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Int {
        let configuration = context.configuration
        guard let search = configuration.search else { return 0 }
        // The pages the output holds, with their bytes' hashes.
        var pages: [LanguageTag: [(file: String, contentHash: UInt64)]] = [:]
        for page in context.plan.pages {
            guard case .article = page.kind, !page.isFallback, let hash = output.contentHash(of: page.file) else { continue }
            pages[page.language, default: []].append((page.file, hash))
        }
        var count = 0
        do throws(Diagnostic) {
            var pagefind: Pagefind?
            for language in configuration.languages {
                guard let files = pages[language] else { continue }
                let bundle = Self.bundle(of: language, in: configuration)
                let origin = OutputOrigin.generated("the \(language) search index")
                // The bundle is made from its pages' bytes, and from the Pagefind that reads them.
                var inputs = StableHash()
                inputs.combine(Pagefind.version)
                for (file, contentHash) in files {
                    inputs.combine(file)
                    inputs.combine(contentHash)
                }
                let kept = try output.keepAll(under: bundle, madeFrom: inputs.value, for: origin)
                guard kept == 0 else {
                    count += kept
                    continue
                }
                if pagefind == nil { pagefind = try Pagefind.find(for: search) }
                count += try index(files.map(\.file), into: bundle, with: pagefind!, fingerprint: inputs.value, origin: origin)
            }
        } catch {
            problems.append(error)
        }
        return count
    }

    /// Runs Pagefind over `files` in a scratch folder and writes its bundle into the output.
    ///
    /// - Returns: how many files the bundle has.
    private func index(_ files: [String], into bundle: String, with pagefind: Pagefind, fingerprint: UInt64,
                       origin: OutputOrigin) throws(Diagnostic) -> Int {
        let work = try ScratchFolder.make(named: "search", purpose: "to index the site in")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let site = work.appendingPath("site"), made = work.appendingPath("bundle")
        for file in files { try output.place(file, at: site.appendingPath(file)) }
        try pagefind.index(site: site, into: made)
        var count = 0
        for file in (FileManager.default.enumerator(atPath: made)?.allObjects as? [String] ?? []).sorted() {
            let path = made.appendingPath(file)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            guard let bytes = FileManager.default.contents(atPath: path) else {
                throw Diagnostic(at: SourceLocation(path: path), "cannot read what Pagefind wrote")
            }
            let relativePath = bundle + file
            try output.claim(relativePath, for: origin)
            try output.write(bytes, to: relativePath, fingerprint: fingerprint, from: origin)
            count += 1
        }
        return count
    }
}
