import Foundation

/// Paths with every symbolic link resolved, to decide what lies inside a folder.
enum RealPath {
    /// The real path of an existing file or folder; `nil` when it does not exist.
    static func of(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The real path `path` has or would have: its longest existing ancestor resolved, then the
    /// rest of its components as they are (`.` and `..` applied).
    static func resolving(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath.appendingPath(path)
        var existing = (absolute as NSString).standardizingPath
        var rest: [String] = []
        while RealPath.of(existing) == nil, existing != "/" {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return rest.reduce(of(existing) ?? existing) { $0.appendingPath($1) }
    }

    /// Whether `path` is `folder` or lies below it (both real paths).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }
}
