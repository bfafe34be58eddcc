import Foundation

/// The folder a build publishes to, checked against the site and locked before anything is read
/// or written, so that two builds never publish into one folder at once.
struct OutputFolder: Sendable {
    /// The folder as the user gave it, for messages.
    let path: String
    /// Its real path: the folder itself resolved when it is a link, so that a linked output
    /// folder is replaced where it really is.
    let realPath: String
    /// Held until the build is done.
    let lock: FolderLock

    /// The site's folders whose files are its sources; the output may neither lie inside one nor hold one.
    static let sourceFolders = [SiteContent.folderName, SiteBuilder.templatesFolder, UIStrings.folderName,
                                SiteBuilder.staticFolder, SiteBuilder.cacheFolder]

    /// Checks `path` and takes the lock on it, waiting (after telling `notice`) while another build holds it.
    ///
    /// - Throws: when the folder is the site, holds it, lies inside one of its source folders
    ///   or holds one, or is not a folder.
    init(_ path: String, site: SiteFolder, notice: (String) -> Void) throws(Diagnostic) {
        let real = RealPath.resolving(path)
        let location = SourceLocation(path: path)
        let hint = "publish to a folder of its own, such as the site's output/ (the default)"
        if RealPath.isInside(site.realPath, real) {
            throw Diagnostic(at: location, real == site.realPath
                             ? "the output folder is the site folder itself; a build replaces its output folder"
                             : "the output folder holds the site folder; a build replaces its output folder", hint: hint)
        }
        for folder in Self.sourceFolders {
            let source = RealPath.resolving(site.path(folder))
            if RealPath.isInside(real, source) || RealPath.isInside(source, real) {
                throw Diagnostic(at: location, RealPath.isInside(real, source)
                                 ? "the output folder lies inside the site's \(folder)/ folder, which a build reads"
                                 : "the output folder holds the site's \(folder)/ folder, which a build reads", hint: hint)
            }
        }
        var info = stat()
        if stat(real, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            throw Diagnostic(at: location, "the output folder is a file", hint: hint)
        }
        let parent = (real as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(at: SourceLocation(path: parent), "cannot create the output folder's parent: \(error.localizedDescription)")
        }
        self.path = path
        realPath = real
        lock = try FolderLock(parent, for: path, notice: notice)
        // With the lock held, what a stopped build left is Broadside's own: an old tree set
        // aside goes back if the new one never came in (a staging folder left is the output
        // directory's to reuse or remove).
        TreeSwap.recover(real, staging: stagingPath)
    }

    /// Where a build writes before it swaps its tree in: `.<name>.broadside-staging` beside the folder.
    var stagingPath: String {
        (realPath as NSString).deletingLastPathComponent.appendingPath(".\((realPath as NSString).lastPathComponent).broadside-staging")
    }
}
