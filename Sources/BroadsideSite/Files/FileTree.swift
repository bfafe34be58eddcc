import Foundation

/// The one directory walker of a build: the regular files below a folder, with one rule for
/// symbolic links.
///
/// A link is followed, to a file or a folder, only when its real path lies inside `boundary`
/// (the site folder); a link that leads outside is skipped with a warning naming it, so no file
/// from outside the site is read or published. A folder reached twice (through a link loop) is
/// read once. Hidden names (`.git`, `.DS_Store`) are left out, and so is anything that is not a
/// regular file or folder (a FIFO would block a build that read it).
struct FileTree: Sendable {
    /// A file, by its path relative to the walked folder, with its status.
    struct File: Sendable {
        var path: String
        var status: FileStatus
    }

    /// The files, sorted by path.
    var files: [File]
    /// The links and special files that were skipped, one warning each.
    var warnings: [Diagnostic]

    /// Lists the files below `root`, which is named in messages as written.
    ///
    /// - Parameter boundary: the real path of the folder no link may lead out of.
    init(root: String, boundary: String) {
        var found: [(path: String, status: FileStatus)] = []
        var warnings: [Diagnostic] = []
        var visited: Set<[UInt64]> = []
        var pending: [(folder: String, prefix: String)] = []
        if let real = RealPath.of(root) {
            if RealPath.isInside(real, boundary) {
                pending.append((root, ""))
            } else {
                warnings.append(Self.outside(root, leadsTo: real))
            }
        }
        while let (folder, prefix) = pending.popLast() {
            var info = stat()
            guard stat(folder, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            guard let directory = opendir(folder) else {
                warnings.append(Diagnostic(.warning, at: SourceLocation(path: folder),
                                           "cannot read the folder: \(String(cString: strerror(errno))); its files are left out",
                                           hint: "check the folder's permissions"))
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                    String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = folder.appendingPath(name)
                let type = Int32(entry.pointee.d_type)
                if type == Int32(DT_LNK) {
                    guard let real = RealPath.of(path) else {
                        warnings.append(Diagnostic(.warning, at: SourceLocation(path: path),
                                                   "a symbolic link that leads nowhere; skipped"))
                        continue
                    }
                    guard RealPath.isInside(real, boundary) else {
                        warnings.append(Self.outside(path, leadsTo: real))
                        continue
                    }
                }
                var status = stat()
                if type == Int32(DT_DIR) {
                    pending.append((path, prefix + name + "/"))
                    continue
                }
                guard stat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFREG:
                    found.append((prefix + name, FileStatus(status)))
                case S_IFDIR:
                    pending.append((path, prefix + name + "/"))
                default:
                    warnings.append(Diagnostic(.warning, at: SourceLocation(path: path),
                                               "not a regular file or folder (a device, FIFO or socket); skipped"))
                }
            }
        }
        files = found.sorted { $0.path < $1.path }.map { File(path: $0.path, status: $0.status) }
        self.warnings = warnings.sorted { $0.description < $1.description }
    }

    private static func outside(_ path: String, leadsTo real: String) -> Diagnostic {
        Diagnostic(.warning, at: SourceLocation(path: path),
                   "a symbolic link to \(real), outside the site folder; it is not read or published",
                   hint: "copy the file into the site, or link only to files inside the site folder")
    }
}
