import Foundation
import Synchronization

/// The folder a build publishes to, written so that a failed or stopped build leaves it exactly
/// as it was, and so that only files Broadside wrote are ever replaced or removed.
///
/// Everything a build writes goes to a staging folder beside the target. Only when the whole
/// build succeeded does ``publish(inputs:window:)`` complete the staging folder into the whole new
/// tree — unchanged files and every file Broadside did not write (`CNAME`, `.git`) hard-linked
/// from the old one — and swap it for the old tree in one atomic rename, so that a reader, or a
/// build stopped at any moment, sees the old tree or the new, never a mix. The staging folder
/// is the tree the last publish swapped out, brought up to date (a ``SpareTree``), when there
/// is one to trust: then a build links, writes and removes only what changed.
final class OutputDirectory: SiteOutput {
    /// The folder the site is published to.
    let folder: OutputFolder
    /// Where this build writes: `.<name>.broadside-staging` beside the target.
    let staging: String
    /// What the last build wrote into the target; `nil` when it wrote nothing there.
    private let previous: OutputManifest?
    /// The output manifest's file.
    private let manifestPath: String
    /// When the staging folder is the spare tree, brought up to date: the folders it holds that
    /// hold none of the last build's files.
    private let spareFolders: [String]?
    /// Whether files the last build wrote may be kept instead of written again.
    private let reuse: Bool
    /// What this build's output holds, written or kept, and which of its files were written
    /// to the staging folder: one lock for both, taken once a file.
    private let contents = Mutex<(entries: [String: OutputManifest.Entry], staged: Set<String>)>(([:], []))
    /// What makes each path of the output.
    private let claims: OutputClaims

    /// - Parameters:
    ///   - reuse: whether files the last build wrote may be kept; not with `--clean`.
    ///   - spare: the last build's spare tree, being brought up to date at the staging path.
    ///   - pages: each planned page's file and what it is made from.
    init(folder: OutputFolder, previous: OutputManifest?, manifestPath: String, reuse: Bool,
         spare: SpareTree.Preparation, pages: [String: OutputOrigin]) throws(Diagnostic) {
        self.folder = folder
        self.reuse = reuse
        claims = OutputClaims(pages: pages)
        self.manifestPath = manifestPath
        staging = folder.stagingPath
        self.previous = previous
        if let folders = spare.result() {
            spareFolders = folders
            return
        }
        spareFolders = nil
        SpareTree.discard(staging: staging, manifestPath: manifestPath)
        guard mkdir(staging, 0o755) == 0 else {
            throw Diagnostic(at: SourceLocation(path: staging), "cannot create the staging folder: \(String(cString: strerror(errno)))",
                             hint: "the output folder's parent must be writable: a build is written beside the output folder, then swapped in")
        }
    }

    /// Whether the last build wrote `relativePath` from the same inputs and it is still there;
    /// if so it is kept as it is.
    func isCurrent(_ relativePath: String, fingerprint: UInt64) -> Bool {
        guard reuse, let entry = previous?.entries[relativePath], entry.fingerprint == fingerprint,
              access(folder.realPath.appendingPath(relativePath), F_OK) == 0 else { return false }
        record(entry, for: relativePath, staged: false)
        return true
    }

    func keep(_ relativePath: String) {
        guard let entry = previous?.entries[relativePath], access(folder.realPath.appendingPath(relativePath), F_OK) == 0 else { return }
        record(entry, for: relativePath, staged: false)
    }

    /// Records `bytes` as the content of `relativePath`, staging them unless the target already
    /// holds exactly these bytes.
    ///
    /// - Parameter origin: what the file is made from, for messages; its path claimed already.
    func write(_ bytes: some Collection<UInt8>, to relativePath: String, fingerprint: UInt64,
               from origin: @autoclosure () -> OutputOrigin) throws(Diagnostic) {
        let entry = OutputManifest.Entry(fingerprint: fingerprint, contentHash: StableHash.ofContents(bytes))
        if reuse, let previous = previous?.entries[relativePath], previous.contentHash == entry.contentHash,
           access(folder.realPath.appendingPath(relativePath), F_OK) == 0 {
            record(entry, for: relativePath, staged: false)
            return
        }
        try stage(relativePath, from: origin) { path, name throws(Diagnostic) in try FileWriter.write(bytes, to: path, named: name) }
        record(entry, for: relativePath, staged: true)
    }

    /// Records the file of `site` at `source` as the content of `relativePath`, copying it to
    /// the staging folder as it is, a buffer at a time.
    func copy(_ source: String, of site: SiteFolder, to relativePath: String, fingerprint: UInt64,
              from origin: @autoclosure () -> OutputOrigin) throws(Diagnostic) {
        guard let (descriptor, _) = try site.open(source) else {
            throw Diagnostic(at: SourceLocation(path: source), "cannot read the file", hint: "was it removed during the build?")
        }
        defer { close(descriptor) }
        var contentHash: UInt64 = 0
        try stage(relativePath, from: origin) { path, name throws(Diagnostic) in
            contentHash = try FileWriter.copy(from: descriptor, to: path, named: name, reading: source)
        }
        record(OutputManifest.Entry(fingerprint: fingerprint, contentHash: contentHash), for: relativePath, staged: true)
    }

    func contentHash(of relativePath: String) -> UInt64? {
        contents.withLock { $0.entries[relativePath]?.contentHash }
    }

    func keepAll(under folder: String, madeFrom fingerprint: UInt64, for origin: OutputOrigin) throws(Diagnostic) -> Int {
        guard reuse, let previous else { return 0 }
        let files = previous.entries.filter { $0.key.hasPrefix(folder) }
        guard !files.isEmpty, files.values.allSatisfy({ $0.fingerprint == fingerprint }),
              files.keys.allSatisfy({ access(self.folder.realPath.appendingPath($0), F_OK) == 0 }) else { return 0 }
        for (path, entry) in files {
            try claim(path, for: origin)
            record(entry, for: path, staged: false)
        }
        return files.count
    }

    /// A hard link to the file (a copy when `path` is on another file system): in the staging
    /// folder when this build wrote it, else in the published tree, which keeps it.
    func place(_ relativePath: String, at path: String) throws(Diagnostic) {
        let (isHeld, isStaged) = contents.withLock { ($0.entries[relativePath] != nil, $0.staged.contains(relativePath)) }
        guard isHeld else { return }
        let source = (isStaged ? staging : folder.realPath).appendingPath(relativePath)
        FileWriter.makeFolder((path as NSString).deletingLastPathComponent)
        guard link(source, path) != 0 else { return }
        let name = folder.path.appendingPath(relativePath)
        guard errno == EXDEV, let bytes = FileManager.default.contents(atPath: source) else {
            throw Diagnostic(at: SourceLocation(path: name), "cannot link the page for indexing: \(String(cString: strerror(errno)))")
        }
        try FileWriter.write(bytes, to: path, named: name)
    }

    private func record(_ entry: OutputManifest.Entry, for relativePath: String, staged: Bool) {
        contents.withLock { contents in
            contents.entries[relativePath] = entry
            if staged { contents.staged.insert(relativePath) }
        }
    }

    /// Writes `relativePath` into the staging folder with `write`, given the file's path and its
    /// name for messages.
    ///
    /// In a spare tree, a file Broadside did not write where the site now publishes one is an
    /// error, and an old file or folder of Broadside's own in the way is removed first.
    private func stage(_ relativePath: String, from origin: () -> OutputOrigin,
                       _ write: (String, String) throws(Diagnostic) -> Void) throws(Diagnostic) {
        let path = staging.appendingPath(relativePath)
        let name = folder.path.appendingPath(relativePath)
        if let previous, spareFolders != nil, previous.entries[relativePath] == nil, access(path, F_OK) == 0,
           !makeWay(for: relativePath) {
            throw TreeSwap.foreignFile(at: relativePath, named: folder.path, publishing: origin())
        }
        do {
            try write(path, name)
        } catch {
            guard makeWay(for: relativePath) else { throw error }
            try write(path, name)
        }
    }

    /// Removes what the spare tree holds in the way of `relativePath` when it is Broadside's own:
    /// a file where a folder now goes, a folder of its files where a file now goes.
    ///
    /// - Returns: whether anything was in the way and is now gone.
    private func makeWay(for relativePath: String) -> Bool {
        guard let previous, spareFolders != nil else { return false }
        var info = stat()
        var folder = ""
        for component in relativePath.split(separator: "/").dropLast() {
            folder = folder.appendingPath(String(component))
            guard lstat(staging.appendingPath(folder), &info) == 0 else { return false }
            if info.st_mode & S_IFMT != S_IFDIR {
                return previous.entries[folder] != nil && unlink(staging.appendingPath(folder)) == 0
            }
        }
        let path = staging.appendingPath(relativePath)
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
              let files = FileManager.default.enumerator(atPath: path)?.allObjects as? [String],
              files.allSatisfy({ file in
                  var item = stat()
                  return lstat(path.appendingPath(file), &item) == 0
                      && (item.st_mode & S_IFMT == S_IFDIR || previous.entries[relativePath.appendingPath(file)] != nil)
              }) else { return false }
        TreeSwap.remove(path)
        return true
    }

    /// Makes the staging folder the whole new output and swaps it in.
    ///
    /// The manifest is written as it is swapped in (see ``OutputManifest``), with the record
    /// of the old tree, which stays as the next build's spare.
    /// - Returns: how many files were written or removed.
    func publish(inputs: UInt64, window: PublicationWindow) throws(Diagnostic) -> Int {
        let (entries, staged) = contents.withLock { $0 }
        let target = folder.realPath
        let manifest = OutputManifest(entries: entries, inputs: inputs, window: window,
                                      tree: OutputManifest.treeIdentity(of: staging) ?? "")
        let removed = previous.map { $0.entries.keys.filter { entries[$0] == nil } } ?? []
        let oldTree = OutputManifest.treeIdentity(of: target)
        var otherFolders: [String] = []
        if let spareFolders {
            otherFolders = spareFolders + SpareTree.folders(holding: removed)
            for path in removed { remove(path) }
        } else if oldTree != nil {
            otherFolders = try TreeSwap.carryOver(from: target, named: folder.path, into: staging, kept: entries, staged: staged,
                                                  managed: Set(previous?.entries.keys ?? [:].keys),
                                                  published: claims.all)
        }
        let spare = oldTree.map { oldTree in
            // Of the old tree's folders, the spare's record needs those that hold none of this build's files
            // (the others it finds from the manifest); a spare's own list is short and kept as it is.
            var candidates = Set(otherFolders)
            if spareFolders == nil { candidates.subtract(SpareTree.folders(holding: entries.keys)) }
            var info = stat()
            return SpareTree(identity: oldTree, tree: manifest.tree, sealed: SpareTree.seal(staging),
                             differences: staged.sorted() + removed.sorted(),
                             otherFolders: candidates.filter {
                                 lstat(staging.appendingPath($0), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
                             }.sorted())
        }
        do {
            try manifest.saveNext(to: manifestPath)
            try spare?.saveNext(manifestPath: manifestPath)
        } catch {
            throw Diagnostic(at: SourceLocation(path: manifestPath), "cannot write the output manifest: \(error.localizedDescription)")
        }
        do throws(Diagnostic) {
            if oldTree != nil {
                try TreeSwap.exchange(staging, target, named: folder.path)
            } else if rename(staging, target) != 0 {
                throw Diagnostic(at: SourceLocation(path: folder.path), "cannot publish: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(manifestPath + ".next")
            unlink(SpareTree.recordPath(manifestPath) + ".next")
            throw error
        }
        OutputManifest.commitNext(at: manifestPath)
        if spare != nil {
            SpareTree.commitNext(manifestPath: manifestPath)
            // A build stopped before this line leaves the spare at the staging path, where the next one finds it too.
            SpareTree.park(staging, manifestPath: manifestPath)
        }
        return staged.count + removed.count
    }

    /// Removes `relativePath`, a file the last build wrote and this one does not, from the spare
    /// tree, with the folders that held only it.
    private func remove(_ relativePath: String) {
        guard unlink(staging.appendingPath(relativePath)) == 0 else { return }
        var folder = (relativePath as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(staging.appendingPath(folder)) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    /// Removes the staging folder after a failed build.
    func discard() {
        TreeSwap.remove(staging)
    }

    func claim(_ relativePath: String, for origin: OutputOrigin) throws(Diagnostic) {
        try claims.claim(relativePath, for: origin)
    }
}
