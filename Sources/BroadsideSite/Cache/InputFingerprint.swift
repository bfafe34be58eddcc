import Foundation

/// Hashes of a build's inputs, which let a rebuild tell what changed.
enum InputFingerprint {
    /// What every page depends on: `site.yaml`, the templates, the UI strings, and the
    /// `broadside` executable itself (a new version may render differently).
    static func shared(siteDirectory: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(executableStatus())
        for name in [SiteConfiguration.fileName] {
            hash.combine(name)
            hash.combine(bytes: FileManager.default.contents(atPath: siteDirectory.appendingPath(name)) ?? Data())
        }
        for folder in [SiteBuilder.templatesFolder, UIStrings.folderName] {
            let root = siteDirectory.appendingPath(folder)
            for file in FileTree.files(under: root) {
                hash.combine(folder + "/" + file)
                hash.combine(bytes: FileManager.default.contents(atPath: root.appendingPath(file)) ?? Data())
            }
        }
        return hash.value
    }

    /// Everything a build reads: the shared inputs, then the name, size and time of every
    /// content and static file, and the build's options.
    static func all(shared: UInt64, siteDirectory: String, options: BuildOptions) -> UInt64 {
        var hash = StableHash()
        hash.combine(shared)
        hash.combine(options.includeDrafts ? "drafts" : "no drafts")
        for folder in [SiteContent.folderName, SiteBuilder.staticFolder] {
            let root = siteDirectory.appendingPath(folder)
            let files = FileTree.files(under: root)
            let statuses = files.concurrentMap { FileStatus(path: root.appendingPath($0)) }
            for (file, status) in zip(files, statuses) {
                hash.combine(folder + "/" + file)
                hash.combine(UInt64(bitPattern: status.size))
                hash.combine(UInt64(bitPattern: status.modified))
            }
        }
        return hash.value
    }

    private static func executableStatus() -> UInt64 {
        let status = FileStatus(path: "/proc/self/exe")
        var hash = StableHash()
        hash.combine(UInt64(bitPattern: status.size))
        hash.combine(UInt64(bitPattern: status.modified))
        hash.combine(CommandLine.arguments.first ?? "")
        return hash.value
    }
}
