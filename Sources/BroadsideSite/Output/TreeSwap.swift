import Foundation

/// Completes a staging folder into a whole output tree and swaps it for the old one.
enum TreeSwap {
    /// Hard-links into `staging` what the new tree keeps of the old one at `target`: the files
    /// this build kept (`kept`), and every file, link and empty folder Broadside did not write
    /// (not in `managed`, the last manifest), with the old tree's folder permissions.
    ///
    /// - Parameter published: every path the new build publishes, by what it is made from.
    /// - Throws: when a file Broadside did not write is where the new build publishes one, or a
    ///   file cannot be linked or copied; the old tree is then unchanged.
    static func carryOver(from target: String, named name: String, into staging: String, kept: [String],
                          managed: Set<String>, published: [String: OutputOrigin]) throws(Diagnostic) {
        var foreign: [String] = []
        var folders: [(path: String, mode: mode_t)] = []
        var pending = [""]
        while let folder = pending.popLast() {
            let absolute = target.appendingPath(folder)
            guard let directory = opendir(absolute) else {
                throw FileWriter.failure("cannot read the folder", name.appendingPath(folder))
            }
            defer { closedir(directory) }
            var info = stat()
            if fstat(dirfd(directory), &info) == 0, info.st_mode & 0o7777 != 0o755 { folders.append((folder, info.st_mode & 0o7777)) }
            var isEmpty = true
            while let entry = readdir(directory) {
                let entryName = withUnsafeBytes(of: entry.pointee.d_name) { buffer in
                    String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard entryName != ".", entryName != ".." else { continue }
                isEmpty = false
                let path = folder.appendingPath(entryName)
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    guard lstat(target.appendingPath(path), &info) == 0 else { continue }
                    type = info.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                }
                if type == Int32(DT_DIR) {
                    pending.append(path)
                } else if !managed.contains(path) {
                    if let origin = published[path] {
                        throw Diagnostic(at: origin.location ?? SourceLocation(path: name.appendingPath(path)),
                                         "\(name.appendingPath(path)) was not written by Broadside, and the site now publishes \(origin.name) there",
                                         hint: "move or remove \(name.appendingPath(path)); Broadside never replaces a file it did not write. If an earlier build wrote it and Broadside's record of that is gone (.broadside-cache deleted), remove the output folder and build again")
                    }
                    foreign.append(path)
                }
            }
            if isEmpty && !folder.isEmpty { FileWriter.makeFolder(staging.appendingPath(folder)) }
        }
        // Across all cores: a rebuild after a small edit keeps nearly every file.
        let failures = (kept + foreign).concurrentMap { path -> Diagnostic? in
            do throws(Diagnostic) {
                try link(path, from: target, into: staging, named: name)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
        for (folder, mode) in folders {
            chmod(staging.appendingPath(folder), mode)
        }
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
        let aside = staging + "-previous"
        guard rename(target, aside) == 0 else { throw FileWriter.failure("cannot publish", name) }
        guard rename(staging, target) == 0 else {
            let error = FileWriter.failure("cannot publish", name)
            rename(aside, target)
            throw error
        }
        rename(aside, staging)
    }

    /// Removes a tree Broadside made (a staging folder, or an old output tree after a swap),
    /// making its folders writable first where a user made them read-only.
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        // The language folders hold nearly everything: they go in parallel.
        let entries = info.st_mode & S_IFMT == S_IFDIR ? (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] : []
        _ = entries.concurrentMap { try? FileManager.default.removeItem(atPath: path.appendingPath($0)) }
        guard (try? FileManager.default.removeItem(atPath: path)) == nil else { return }
        var pending = [path]
        while let folder = pending.popLast() {
            guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { continue }
            chmod(folder, info.st_mode & 0o7777 | 0o700)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                pending.append(folder.appendingPath(name))
            }
        }
        try? FileManager.default.removeItem(atPath: path)
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
