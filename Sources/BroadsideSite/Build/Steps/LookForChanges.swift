import Foundation

/// Lists the content and static files and fingerprints every input, to learn whether anything
/// changed since the last build into this output folder.
struct LookForChanges: BuildStep {
    /// What the build's inputs are now, and what the last build left.
    struct Inputs {
        var contentFiles: FileTree
        var staticFiles: FileTree
        /// A hash of what every page depends on (configuration, templates, UI strings, the tool).
        var shared: UInt64
        /// A hash of every input; equal to the last build's means there is nothing to do.
        var all: UInt64
        /// What the last build wrote into the output folder; `nil` for a build in memory.
        var previous: OutputManifest?
        /// "Now" for the whole build (``SiteContent/publicationTime()``).
        var now: Date
        /// Nothing changed since the last build, its files are all there, and the clock has not
        /// come to a time that changes a page (``PublicationWindow``).
        var isUpToDate: Bool
    }

    static let name = "look for changes"
    let site: SiteFolder
    let options: BuildOptions
    /// The output folder and its manifest's file; `nil` for a build in memory (`serve`).
    let published: (folder: OutputFolder, manifestPath: String)?

    func run(_ problems: inout [Diagnostic]) throws(BuildFailure) -> Inputs {
        let contentFiles = site.files(in: SiteContent.folderName)
        let staticFiles = site.files(in: SiteBuilder.staticFolder)
        problems += contentFiles.warnings + staticFiles.warnings
        let shared = InputFingerprint.shared(site: site)
        let all = InputFingerprint.all(shared: shared, options: options,
                                       folders: [(SiteContent.folderName, contentFiles), (SiteBuilder.staticFolder, staticFiles)])
        let previous = published.flatMap { OutputManifest.load(at: $0.manifestPath, for: $0.folder.realPath) }
        let now = SiteContent.publicationTime()
        let isUpToDate = !options.clean && published.map { folder in
            previous.map { manifest in
                manifest.inputs == all && manifest.window.holds(at: now)
                    && manifest.entries.keys.allSatisfy { access(folder.folder.realPath.appendingPath($0), F_OK) == 0 }
            } ?? false
        } ?? false
        return Inputs(contentFiles: contentFiles, staticFiles: staticFiles, shared: shared, all: all,
                      previous: previous, now: now, isUpToDate: isUpToDate)
    }
}
