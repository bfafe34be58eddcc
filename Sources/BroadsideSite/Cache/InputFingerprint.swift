import Foundation

/// Hashes of a build's inputs, which let a rebuild tell what changed.
enum InputFingerprint {
    /// What every page depends on: `site.yaml`, the templates, the UI strings, and the
    /// `broadside` executable itself (a new version may render differently).
    static func shared(siteDirectory: String) -> UInt64 {
        var hash = StableHash()
        hash.combine(executableStatus())
        hash.combine(bytes: FileManager.default.contents(atPath: siteDirectory.appendingPath(SiteConfiguration.fileName))
                     ?? Data())
        for folder in [SiteBuilder.templatesFolder, UIStrings.folderName] {
            let root = siteDirectory.appendingPath(folder)
            for file in FileTree.files(under: root) {
                hash.combine(folder + "/" + file)
                hash.combine(bytes: FileManager.default.contents(atPath: root.appendingPath(file)) ?? Data())
            }
        }
        return hash.value
    }

    /// Everything a build reads: the shared inputs, the build's options, then the name, size
    /// and time of every file of the given folders (content and static files).
    static func all(shared: UInt64, options: BuildOptions,
                    folders: [(name: String, files: [(path: String, status: FileStatus)])]) -> UInt64 {
        var hash = StableHash()
        hash.combine(shared)
        hash.combine(options.includeDrafts ? "drafts" : "no drafts")
        for folder in folders {
            for (file, status) in folder.files {
                hash.combine(folder.name + "/" + file)
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
