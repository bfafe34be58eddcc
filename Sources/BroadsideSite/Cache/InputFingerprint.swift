import Foundation

/// Hashes of a build's inputs, which let a rebuild tell what changed.
enum InputFingerprint {
    /// What every page depends on: `site.yaml`, the templates, the UI strings (`locales/`, and
    /// go-i18n's `i18n/`), and the `broadside` executable itself (a new version may render differently).
    static func shared(site: SiteFolder) -> UInt64 {
        var hash = StableHash()
        hash.combine(executableStatus())
        hash.combine(bytes: (try? site.contents(of: SiteConfiguration.fileName)) ?? nil ?? Data())
        for folder in [SiteBuilder.templatesFolder, UIStrings.folderName, GoI18nStrings.folderName] {
            for file in site.files(in: folder).files {
                let path = folder.appendingPath(file.path)
                hash.combine(path)
                hash.combine(bytes: (try? site.contents(of: path)) ?? nil ?? Data())
            }
        }
        return hash.value
    }

    /// Everything a build reads: the shared inputs, the build's options, then the name and
    /// status of every file of the given folders (content and static files).
    static func all(shared: UInt64, options: BuildOptions, folders: [(name: String, tree: FileTree)]) -> UInt64 {
        var hash = StableHash()
        hash.combine(shared)
        hash.combine(options.includeDrafts ? "drafts" : "no drafts")
        // A strict build that succeeded had no warnings; one after a lenient build must look.
        hash.combine(options.isStrict ? "strict" : "lenient")
        for language in (options.languages.only ?? []).map(\.identifier).sorted() { hash.combine("only " + language) }
        combine(folders, into: &hash)
        return hash.value
    }

    /// Everything a check's report is made from: the shared inputs, how the report was asked
    /// for (its format, say), then the name and status of every content file.
    static func check(shared: UInt64, request: [String], content: FileTree) -> UInt64 {
        var hash = StableHash()
        hash.combine(shared)
        for part in request { hash.combine(part) }
        combine([(SiteContent.folderName, content)], into: &hash)
        return hash.value
    }

    private static func combine(_ folders: [(name: String, tree: FileTree)], into hash: inout StableHash) {
        for (name, tree) in folders {
            for file in tree.files {
                hash.combine(name.appendingPath(file.path))
                hash.combine(file.status)
            }
        }
    }

    private static func executableStatus() -> UInt64 {
        var hash = StableHash()
        if let status = FileStatus(path: "/proc/self/exe") { hash.combine(status) }
        hash.combine(CommandLine.arguments.first ?? "")
        return hash.value
    }
}
