/// Publishes `static/` as it is, and each page bundle's other files beside its page in every
/// language the page is shown in.
struct PublishStaticFiles: BuildStep {
    static let name = "copy static files and page resources"
    static let makesOutput = true
    let site: SiteFolder
    let staticFiles: FileTree
    let plan: SitePlan
    let output: any SiteOutput
    /// The languages whose pages' resources are published; the others' are kept.
    let languages: LanguageSelection
    /// Whether the pages use the built-in layout, which links the built-in static files (its
    /// stylesheet): those the site's `static/` lacks are published then.
    let usesBuiltInLayout: Bool

    /// - Returns: how many files were published.
    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Int {
        var count = 0
        let staticFolder = site.path(SiteBuilder.staticFolder)
        for file in staticFiles.files {
            publish(staticFolder.appendingPath(file.path), file.status, as: file.path, keeping: false, &problems)
            count += 1
        }
        if usesBuiltInLayout {
            let own = Set(staticFiles.files.map(\.path))
            for (path, contents) in BuiltInSite.files(in: SiteBuilder.staticFolder) where !own.contains(path) {
                let origin = OutputOrigin.generated(BuiltInSite.name(of: SiteBuilder.staticFolder.appendingPath(path)))
                let fingerprint = StableHash.ofContents(contents)
                do throws(Diagnostic) {
                    try output.claim(path, for: origin)
                    if !output.isCurrent(path, fingerprint: fingerprint) {
                        try output.write(contents, to: path, fingerprint: fingerprint, from: origin)
                    }
                } catch {
                    problems.append(error)
                }
                count += 1
            }
        }
        var bundles: [String: FileTree] = [:]
        for page in plan.pages {
            guard case .article(let entry) = page.kind, let bundle = entry.text.file.bundleFolder else { continue }
            let folder = SiteContent.folderName.appendingPath(bundle)
            let tree = bundles[folder] ?? site.files(in: folder)
            if bundles[folder] == nil {
                bundles[folder] = tree
                problems += tree.warnings
            }
            for file in tree.files where !file.path.hasSuffix(".md") {
                publish(site.path(folder).appendingPath(file.path), file.status,
                        as: page.path.resourceFolder.appendingPath(file.path), keeping: !languages.includes(page.language), &problems)
                count += 1
            }
        }
        return count
    }

    /// Publishes a file as it is, unless the output already has it from the same file unchanged,
    /// or, `keeping`, it is of a language this build does not make.
    private func publish(_ source: String, _ status: FileStatus, as relativePath: String, keeping: Bool,
                         _ problems: inout [Diagnostic]) {
        var fingerprint = StableHash()
        fingerprint.combine(status)
        let origin = OutputOrigin.file(source)
        do throws(Diagnostic) {
            try output.claim(relativePath, for: origin)
            if keeping { return output.keep(relativePath) }
            guard !output.isCurrent(relativePath, fingerprint: fingerprint.value) else { return }
            try output.copy(source, of: site, to: relativePath, fingerprint: fingerprint.value, from: origin)
        } catch {
            problems.append(error)
        }
    }
}
