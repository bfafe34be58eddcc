import Foundation

/// Lists the regular files below a folder with `readdir`, which tells files from folders
/// without a `stat` of each: a build lists every content file at least once.
enum FileTree {
    /// Paths relative to `root`, sorted; hidden files and folders (`.name`) left out.
    static func files(under root: String) -> [String] {
        var files: [String] = []
        collect(root, prefix: "", into: &files)
        return files.sorted()
    }

    /// The regular files below `root` with their size and time, stated across all cores.
    static func filesWithStatus(under root: String) -> [(path: String, status: FileStatus)] {
        let files = files(under: root)
        return Array(zip(files, files.concurrentMap { FileStatus(path: root.appendingPath($0)) }))
    }

    private static func collect(_ folder: String, prefix: String, into files: inout [String]) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            var type = Int32(entry.pointee.d_type)
            if type == Int32(DT_UNKNOWN) || type == Int32(DT_LNK) {
                // A symbolic link counts when it leads to a file; links to folders are not
                // followed, so a link loop cannot make the walk endless.
                var info = stat()
                let follow = type == Int32(DT_LNK)
                guard (follow ? stat(folder.appendingPath(name), &info) : lstat(folder.appendingPath(name), &info)) == 0
                else { continue }
                let kind = info.st_mode & S_IFMT
                type = kind == S_IFREG ? Int32(DT_REG) : kind == S_IFDIR && !follow ? Int32(DT_DIR) : 0
            }
            if type == Int32(DT_DIR) {
                collect(folder.appendingPath(name), prefix: prefix + name + "/", into: &files)
            } else if type == Int32(DT_REG) {
                files.append(prefix + name)
            }
        }
    }
}
