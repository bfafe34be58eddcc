import Foundation

/// Completes a staging folder into a whole output tree and swaps it for the old one.
enum TreeSwap {
    /// Hard-links into `staging` what the new tree keeps of the old one at `target`: the files
    /// this build kept (in `kept`, the new manifest, but not `staged`), and every file, link and
    /// empty folder Broadside did not write (not in `managed`, the last manifest), with the old
    /// tree's folder permissions. One walk of the old tree does it, a top-level folder to a core.
    ///
    /// - Parameter published: every path the new build publishes, by what it is made from.
    /// - Returns: every folder of the old tree.
    /// - Throws: when a file Broadside did not write is where the new build publishes one, or a
    ///   file cannot be linked or copied; the old tree is then unchanged.
    static func carryOver(from target: String, named name: String, into staging: String,
                          kept: [String: OutputManifest.Entry], staged: Set<String>, managed: Set<String>,
                          published: [String: OutputOrigin]) throws(Diagnostic) -> [String] {
        guard let top = try? FileManager.default.contentsOfDirectory(atPath: target) else {
            throw FileWriter.failure("cannot read the folder", name)
        }
        var info = stat()
        if stat(target, &info) == 0, info.st_mode & 0o7777 != 0o755 { chmod(staging, info.st_mode & 0o7777) }
        let results = top.sorted().concurrentMap { entry -> Result<(carried: Int, folders: [String]), Diagnostic> in
            Result { () throws(Diagnostic) in
                var carried = 0
                /// Whether `path`, a file or link of the old tree, goes into the new one: a file
                /// Broadside did not write does, unless the site now publishes one there; of
                /// Broadside's own, those this build kept.
                func carries(_ path: String) throws(Diagnostic) -> Bool {
                    guard managed.contains(path) else {
                        if let origin = published[path] { throw foreignFile(at: path, named: name, publishing: origin) }
                        return true
                    }
                    guard !staged.contains(path), kept[path] != nil else { return false }
                    carried += 1
                    return true
                }
                let folders = try link(entry, from: target, into: staging, named: name, where: carries)
                return (carried, folders)
            }
        }
        var carried = 0
        var folders = [""]
        for result in results {
            switch result {
            case .success(let linked):
                carried += linked.carried
                folders += linked.folders
            case .failure(let error): throw error
            }
        }
        // A file kept from the last build that went missing meanwhile is no file to keep.
        if carried != kept.count - staged.count,
           let missing = kept.keys.sorted().first(where: { !staged.contains($0) && access(staging.appendingPath($0), F_OK) != 0 }) {
            throw Diagnostic(at: SourceLocation(path: name.appendingPath(missing)), "was removed from the output folder during the build",
                             hint: "build again")
        }
        return folders
    }

    /// The error for a file Broadside did not write at `path`, where the site now publishes `origin`.
    static func foreignFile(at path: String, named name: String, publishing origin: OutputOrigin) -> Diagnostic {
        Diagnostic(at: origin.location ?? SourceLocation(path: name.appendingPath(path)),
                   "\(name.appendingPath(path)) was not written by Broadside, and the site now publishes \(origin.name) there",
                   hint: "move or remove \(name.appendingPath(path)); Broadside never replaces a file it did not write. If an earlier build wrote it and Broadside's record of that is gone (.broadside-cache deleted), remove the output folder and build again")
    }

    /// Hard-links `target/entry`, and everything below it for which `carries` says so, as
    /// `staging/entry`, making a folder only where something goes in it (or where the old one
    /// was empty: Broadside never leaves a folder empty, so an empty one is somebody else's),
    /// with the old folder's permissions.
    ///
    /// - Returns: the folders of `target/entry`, relative to `target`.
    static func link(_ entry: String, from target: String, into staging: String, named name: String,
                     where carries: (String) throws(Diagnostic) -> Bool) throws(Diagnostic) -> [String] {
        /// Folders whose permissions differ from a new folder's, given them once their files are in.
        var modes: [(path: String, mode: mode_t)] = []
        var folders: [String] = []
        var info = stat()
        guard lstat(target.appendingPath(entry), &info) == 0 else { return [] }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            if try carries(entry) { try link(entry, from: target, into: staging, named: name) }
            return []
        }
        var pending = [entry]
        while let folder = pending.popLast() {
            folders.append(folder)
            guard let directory = opendir(target.appendingPath(folder)) else {
                throw FileWriter.failure("cannot read the folder", name.appendingPath(folder))
            }
            defer { closedir(directory) }
            var madeInStaging = false
            /// The folder in the staging tree, made when something first goes in it.
            func makeInStaging() {
                guard !madeInStaging else { return }
                madeInStaging = true
                let path = staging.appendingPath(folder)
                if mkdir(path, 0o755) != 0 && errno == ENOENT { FileWriter.makeFolder(path) }
                if fstat(dirfd(directory), &info) == 0, info.st_mode & 0o7777 != 0o755 { modes.append((path, info.st_mode & 0o7777)) }
            }
            var isEmpty = true
            while let item = readdir(directory) {
                let itemName = item.pointee.name
                guard itemName != ".", itemName != ".." else { continue }
                isEmpty = false
                let path = folder.appendingPath(itemName)
                if item.pointee.isFolder(in: directory) {
                    pending.append(path)
                } else if try carries(path) {
                    makeInStaging()
                    try link(path, from: target, into: staging, named: name)
                }
            }
            if isEmpty { makeInStaging() }
        }
        for (path, mode) in modes.reversed() { chmod(path, mode) }
        return folders
    }

    /// Swaps the folders `staging` and `target` in one atomic rename; where the file system
    /// cannot exchange, moves the old tree aside and the new one in (the target is then missing
    /// for a moment, but never a mix).
    static func exchange(_ staging: String, _ target: String, named name: String) throws(Diagnostic) {
        if let renameExchange, renameExchange(AT_FDCWD, staging, AT_FDCWD, target, 2 /* RENAME_EXCHANGE */) == 0 {
            return
        }
        guard renameExchange == nil || errno == EINVAL || errno == ENOSYS else {
            throw FileWriter.failure("cannot publish", name)
        }
        let aside = previousPath(of: staging)
        guard rename(target, aside) == 0 else { throw FileWriter.failure("cannot publish", name) }
        guard rename(staging, target) == 0 else {
            let error = FileWriter.failure("cannot publish", name)
            rename(aside, target)
            throw error
        }
        rename(aside, staging)
    }

    /// Where ``exchange(_:_:named:)`` moves the old tree while it moves the new one in, when the
    /// file system cannot exchange the two.
    static func previousPath(of staging: String) -> String {
        staging + "-previous"
    }

    /// Puts back an old tree that a build stopped between the two renames of the exchange's
    /// fallback left aside, or removes it when the new tree is already in place.
    static func recover(_ target: String, staging: String) {
        let aside = previousPath(of: staging)
        var info = stat()
        guard lstat(aside, &info) == 0 else { return }
        if lstat(target, &info) != 0 {
            rename(aside, target)
        } else {
            remove(aside)
        }
    }

    /// Removes a tree Broadside made (a staging folder, or an old output tree after a swap),
    /// making its folders writable first where a user made them read-only.
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        // The language folders hold nearly everything: they go in parallel.
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        _ = entries.concurrentMap { removeTree(path.appendingPath($0)) }
        removeTree(path)
    }

    /// Removes `path` and everything below it with `unlinkat` on each folder's descriptor,
    /// making folders writable where a user made them read-only.
    private static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        /// Folders to empty, then (in reverse order, children first) to remove.
        var folders = [path]
        var index = 0
        while index < folders.count {
            let folder = folders[index]
            index += 1
            if lstat(folder, &info) == 0, info.st_mode & 0o700 != 0o700 { chmod(folder, info.st_mode & 0o7777 | 0o700) }
            guard let directory = opendir(folder) else { continue }
            let descriptor = dirfd(directory)
            while let item = readdir(directory) {
                let name = item.pointee.name
                guard name != ".", name != ".." else { continue }
                if item.pointee.isFolder(in: directory) {
                    folders.append(folder.appendingPath(name))
                } else {
                    unlinkat(descriptor, name, 0)
                }
            }
            closedir(directory)
        }
        for folder in folders.reversed() { rmdir(folder) }
    }

    /// Links `target/path` as `staging/path`, or copies it where a link is refused.
    private static func link(_ path: String, from target: String, into staging: String, named name: String) throws(Diagnostic) {
        let source = target.appendingPath(path)
        let destination = staging.appendingPath(path)
        if Foundation.link(source, destination) == 0 { return }
        if errno == ENOENT {
            FileWriter.makeFolder((destination as NSString).deletingLastPathComponent)
            if Foundation.link(source, destination) == 0 { return }
        }
        if errno == EEXIST || errno == ENOTDIR {
            throw Diagnostic(at: SourceLocation(path: name.appendingPath(path)),
                             "was not written by Broadside, and the site now publishes a file or folder in its place",
                             hint: "move or remove it; Broadside never replaces a file it did not write")
        }
        do {
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        } catch {
            throw Diagnostic(at: SourceLocation(path: name.appendingPath(path)),
                             "cannot keep the file in the new output: \(error.localizedDescription)",
                             hint: "check that you can read it")
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, which Swift's Glibc module does not declare.
    private static let renameExchange: RenameAt2? = dlsym(dlopen(nil, RTLD_NOW), "renameat2")
        .map { unsafeBitCast($0, to: RenameAt2.self) }
}

extension dirent {
    /// The entry's name.
    var name: String {
        withUnsafeBytes(of: d_name) { buffer in String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self) }
    }

    /// Whether the entry, of the open folder `directory`, is a folder (not a link to one).
    func isFolder(in directory: OpaquePointer) -> Bool {
        if Int32(d_type) != Int32(DT_UNKNOWN) { return Int32(d_type) == Int32(DT_DIR) }
        var info = stat()
        return fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
