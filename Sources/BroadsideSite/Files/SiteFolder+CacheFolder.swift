import Foundation

extension SiteFolder {
    /// The site's `.broadside-cache` folder, where a build or a check keeps what the next one
    /// reuses (content caches, output manifests); it need not exist yet.
    ///
    /// - Throws: when it is a symbolic link, or not a folder: these records are never read or
    ///   written through a link, which could lead outside the site.
    func cacheFolder() throws(Diagnostic) -> String {
        let folder = path(SiteBuilder.cacheFolder)
        var info = stat()
        guard lstat(folder, &info) == 0 else {
            if errno == ENOENT { return folder }
            throw Self.failure("cannot read the folder", at: SourceLocation(path: folder))
        }
        let kind = info.st_mode & S_IFMT
        guard kind != S_IFDIR else { return folder }
        throw Diagnostic(at: SourceLocation(path: folder),
                         kind == S_IFLNK ? "a symbolic link, where Broadside keeps its records of the last build"
                                         : "not a folder, where Broadside keeps its records of the last build",
                         hint: "remove it: Broadside makes the folder again, and never writes through a link")
    }
}
