import Foundation
import Synchronization

/// The old tree a publish swaps out, kept as the next build's staging folder instead of being
/// removed, so that a build that changes a few files links, writes and removes only those.
///
/// Right after the swap the old tree differs from the published one only in the files that
/// build wrote or removed; every other file the two share by hard link. The next build brings
/// the spare up to date — those files linked from the published tree, and every folder someone
/// changed since (its status changed after the tree was sealed) made to match — then writes
/// into it what it changes and swaps it in. Nothing is ever written through a shared file:
/// ``FileWriter`` replaces a file, never opens one that exists.
///
/// What the spare is and how it differs is its record, a file beside the output manifest,
/// written before the swap and committed with it. A build removes the record before it touches
/// the spare, so a spare that a stopped build left half-changed is never trusted again.
struct SpareTree: Sendable {
    /// The spare's device and inode.
    var identity: String
    /// The published tree the spare differs from, by device and inode, so that a record
    /// written for a swap that never happened is not believed.
    var tree: String
    /// The status-change time of the published tree's top folder as the tree was sealed; any
    /// folder changed after that has one at least as late.
    var sealed: timespec
    /// The files in which the spare differs from the published tree.
    var differences: [String]
    /// The published tree's folders that hold none of Broadside's files (`.git`), watched for
    /// change besides those that do.
    var otherFolders: [String]

    private static let header = "broadside-spare-tree 1"

    /// ``take(into:from:manifestPath:published:)`` on a thread of its own, started while the
    /// build still plans its pages (which runs on one core), and waited for when the output
    /// directory is made.
    final class Preparation: Sendable {
        private let done = DispatchGroup()
        private let folders = Mutex<[String]?>(nil)

        /// Starts bringing the spare up to date, unless `published` is `nil` (nothing to be
        /// the spare of) or `reuse` is false (`--clean` starts from nothing).
        init(into staging: String, from target: String, manifestPath: String, published: OutputManifest?, reuse: Bool) {
            guard reuse, let published else { return }
            done.enter()
            DispatchQueue.global().async { [self] in
                let taken = SpareTree.take(into: staging, from: target, manifestPath: manifestPath, published: published)
                folders.withLock { $0 = taken }
                done.leave()
            }
        }

        /// What ``SpareTree/take(into:from:manifestPath:published:)`` returned; `nil` when it was not started.
        func result() -> [String]? {
            done.wait()
            return folders.withLock { $0 }
        }
    }

    /// The record's file, beside the manifest at `manifestPath`.
    static func recordPath(_ manifestPath: String) -> String { manifestPath + "-spare" }

    /// Where the spare waits between builds: in the cache folder, out of sight of the site's
    /// git, when that is on the output's device; else it stays at the staging path.
    static func parkedPath(_ manifestPath: String) -> String { manifestPath + "-spare-tree" }

    /// Puts the spare the last build left at `staging`, brought up to date with the published
    /// tree at `target`, and removes its record.
    ///
    /// - Returns: the folders of the tree that hold none of the files of `published` (its
    ///   manifest); `nil` when there is no spare to trust or it cannot be brought up to date.
    static func take(into staging: String, from target: String, manifestPath: String,
                     published: OutputManifest) -> [String]? {
        let record = load(manifestPath, target: target)
        unlink(recordPath(manifestPath))
        unlink(recordPath(manifestPath) + ".next")
        guard let record else { return nil }
        if OutputManifest.treeIdentity(of: staging) != record.identity {
            TreeSwap.remove(staging)
            guard OutputManifest.treeIdentity(of: parkedPath(manifestPath)) == record.identity,
                  rename(parkedPath(manifestPath), staging) == 0 else { return nil }
        }
        do {
            let updated = record.differences.concurrentMap { path in
                Result { () throws(Diagnostic) in try update(path, in: staging, from: target) }
            }
            var otherFolders = record.otherFolders
            for result in updated { otherFolders += try result.get() }
            // The folders changed since the seal are few: mirror them one by one, parents first.
            let watched = Array(folders(holding: published.entries.keys).union(record.otherFolders))
            let top = open(target, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard top >= 0 else { return nil }
            defer { close(top) }
            let changed = watched.concurrentMap { folder in
                var info = stat()
                guard fstatat(top, folder.isEmpty ? "." : folder, &info, AT_SYMLINK_NOFOLLOW) == 0,
                      info.st_mode & S_IFMT == S_IFDIR else { return false }
                return (info.st_ctim.tv_sec, info.st_ctim.tv_nsec) >= (record.sealed.tv_sec, record.sealed.tv_nsec)
            }
            for folder in zip(watched, changed).filter(\.1).map(\.0).sorted() {
                otherFolders += try mirror(folder, in: staging, from: target)
            }
            return otherFolders
        } catch {
            return nil
        }
    }

    /// Removes the spare, wherever it is, with its record, and anything else at `staging`.
    static func discard(staging: String, manifestPath: String) {
        unlink(recordPath(manifestPath))
        unlink(recordPath(manifestPath) + ".next")
        TreeSwap.remove(staging)
        TreeSwap.remove(parkedPath(manifestPath))
    }

    /// Moves the spare, just swapped out to `staging`, to its place in the cache folder.
    static func park(_ staging: String, manifestPath: String) {
        rename(staging, parkedPath(manifestPath))
    }

    /// Marks the moment the tree at `staging` is complete: the status-change time its top
    /// folder has after one more change.
    static func seal(_ staging: String) -> timespec {
        let mark = staging.appendingPath(".broadside-seal")
        mkdir(mark, 0o700)
        rmdir(mark)
        var info = stat()
        return stat(staging, &info) == 0 ? info.st_ctim : timespec()
    }

    /// Every folder that holds one of `paths`, at any depth, the top one (`""`) included.
    static func folders(holding paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = [""]
        for path in paths {
            var path = path
            path.withUTF8 { bytes in
                var end = bytes.lastIndex(of: UInt8(ascii: "/"))
                while let slash = end, folders.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<slash]), as: UTF8.self)).inserted {
                    end = bytes[..<slash].lastIndex(of: UInt8(ascii: "/"))
                }
            }
        }
        return folders
    }

    /// Makes the spare's `path` what the published tree has there.
    ///
    /// - Returns: the folders it made.
    private static func update(_ path: String, in staging: String, from target: String) throws(Diagnostic) -> [String] {
        TreeSwap.remove(staging.appendingPath(path))
        var info = stat()
        guard lstat(target.appendingPath(path), &info) == 0 else {
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, lstat(target.appendingPath(folder), &info) != 0, rmdir(staging.appendingPath(folder)) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
            return []
        }
        return try TreeSwap.link(path, from: target, into: staging, named: target, where: { _ in true })
    }

    /// Makes the spare's `folder` hold what the published tree's does: the same names, the
    /// same files, the same permissions; a folder new in the published tree is linked whole.
    ///
    /// - Returns: the folders it made.
    private static func mirror(_ folder: String, in staging: String, from target: String) throws(Diagnostic) -> [String] {
        let spareFolder = staging.appendingPath(folder)
        var info = stat()
        if lstat(spareFolder, &info) != 0 || info.st_mode & S_IFMT != S_IFDIR {
            TreeSwap.remove(spareFolder)
            FileWriter.makeFolder(spareFolder)
        }
        guard let published = listing(of: target.appendingPath(folder)), let spare = listing(of: spareFolder) else {
            throw FileWriter.failure("cannot read the folder", folder)
        }
        var made: [String] = []
        for name in spare.keys where published[name] == nil {
            TreeSwap.remove(spareFolder.appendingPath(name))
        }
        for (name, item) in published {
            if let old = spare[name], old.isFolder == item.isFolder, item.isFolder || old.inode == item.inode { continue }
            TreeSwap.remove(spareFolder.appendingPath(name))
            made += try TreeSwap.link(folder.appendingPath(name), from: target, into: staging, named: target, where: { _ in true })
        }
        if stat(target.appendingPath(folder), &info) == 0 { chmod(spareFolder, info.st_mode & 0o7777) }
        return made
    }

    /// The entries of the folder at `path`, by name.
    private static func listing(of path: String) -> [String: (isFolder: Bool, inode: UInt64)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [String: (isFolder: Bool, inode: UInt64)] = [:]
        while let item = readdir(directory) {
            let name = item.pointee.name
            guard name != ".", name != ".." else { continue }
            entries[name] = (item.pointee.isFolder(in: directory), UInt64(item.pointee.d_ino))
        }
        return entries
    }

    // MARK: The record

    /// The record of the spare beside the tree now at `target`: the one written before the
    /// last swap if that swap happened, else the last one committed.
    private static func load(_ manifestPath: String, target: String) -> SpareTree? {
        guard let tree = OutputManifest.treeIdentity(of: target) else { return nil }
        if let next = read(recordPath(manifestPath) + ".next"), next.tree == tree { return next }
        return read(recordPath(manifestPath)).flatMap { $0.tree == tree ? $0 : nil }
    }

    private static func read(_ path: String) -> SpareTree? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var lines = data.lines[...]
        guard let fields = lines.popFirst().map({ $0.split(separator: " ") }),
              fields.count == 6, "\(fields[0]) \(fields[1])" == header,
              let seconds = Int(fields[4]), let nanoseconds = Int(fields[5]) else { return nil }
        var record = SpareTree(identity: String(fields[2]), tree: String(fields[3]),
                               sealed: timespec(tv_sec: seconds, tv_nsec: nanoseconds), differences: [], otherFolders: [])
        for text in lines {
            if text.hasPrefix("-\t") {
                record.differences.append(String(text.dropFirst(2)))
            } else if text.hasPrefix("/\t") {
                record.otherFolders.append(String(text.dropFirst(2)))
            } else {
                return nil
            }
        }
        return record
    }

    /// Writes the record as `<path>.next`, to be committed with the manifest once its tree is in place.
    ///
    /// Its lines: the header with the spare's identity, the tree's and the seal; `-` and a tab
    /// before each differing file, `/` and a tab before each other folder.
    func saveNext(manifestPath: String) throws {
        var text = "\(Self.header) \(identity) \(tree) \(sealed.tv_sec) \(sealed.tv_nsec)\n"
        for path in differences { text += "-\t\(path)\n" }
        for folder in otherFolders { text += "/\t\(folder)\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: Self.recordPath(manifestPath) + ".next"), options: .atomic)
    }

    /// Makes the record saved with ``saveNext(manifestPath:)`` the current one.
    static func commitNext(manifestPath: String) {
        rename(recordPath(manifestPath) + ".next", recordPath(manifestPath))
    }
}
