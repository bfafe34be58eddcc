import Foundation
import Synchronization

/// The folder a build publishes to, written so that a failed or stopped build leaves it exactly
/// as it was, and so that only files Broadside wrote are ever replaced or removed.
///
/// Everything a build writes goes to a staging folder beside the target. Only when the whole
/// build succeeded does ``publish(inputs:manifestPath:)`` complete the staging folder into the
/// whole new tree — unchanged files and every file Broadside did not write (`CNAME`, `.git`)
/// hard-linked from the old one — and swap it for the old tree in one atomic rename, so that a
/// reader, or a build stopped at any moment, sees the old tree or the new, never a mix.
final class OutputDirectory: Sendable {
    /// The folder the site is published to.
    let folder: OutputFolder
    /// Where this build writes: `.<name>.broadside-staging` beside the target.
    let staging: String
    /// What the last build wrote into the target; `nil` when it wrote nothing there.
    private let previous: OutputManifest?
    /// Whether files the last build wrote may be kept instead of written again.
    private let reuse: Bool
    /// What this build's output holds, written or kept.
    private let current = Mutex<[String: OutputManifest.Entry]>([:])
    /// The files written to the staging folder.
    private let staged = Mutex<Set<String>>([])
    /// What each page of the plan is made from, known before any is written (pages cannot
    /// share a path: the plan has made sure), so writing a page takes no lock to claim it.
    private let pages: [String: OutputOrigin]
    /// What each other path of the output is made from.
    private let origins = Mutex<[String: OutputOrigin]>([:])

    /// - Parameter pages: each planned page's file and what it is made from.
    init(folder: OutputFolder, previous: OutputManifest?, reuse: Bool, pages: [String: OutputOrigin]) throws(Diagnostic) {
        self.folder = folder
        self.reuse = reuse
        self.pages = pages
        staging = folder.stagingPath
        self.previous = previous
        guard mkdir(staging, 0o755) == 0 else {
            throw Diagnostic(at: SourceLocation(path: staging), "cannot create the staging folder: \(String(cString: strerror(errno)))",
                             hint: "the output folder's parent must be writable: a build is written beside the output folder, then swapped in")
        }
    }

    /// Whether the last build wrote `relativePath` from the same inputs and it is still there;
    /// if so it is kept as it is.
    func isCurrent(_ relativePath: String, fingerprint: UInt64, from origin: OutputOrigin) throws(Diagnostic) -> Bool {
        try claim(relativePath, for: origin)
        guard reuse, let entry = previous?.entries[relativePath], entry.fingerprint == fingerprint,
              access(folder.realPath.appendingPath(relativePath), F_OK) == 0 else { return false }
        current.withLock { $0[relativePath] = entry }
        return true
    }

    /// Records `bytes` as the content of `relativePath`, staging them unless the target already
    /// holds exactly these bytes.
    func write(_ bytes: some Collection<UInt8>, to relativePath: String, fingerprint: UInt64,
               from origin: OutputOrigin) throws(Diagnostic) {
        try claim(relativePath, for: origin)
        let contentHash = StableHash.of(bytes)
        current.withLock { $0[relativePath] = OutputManifest.Entry(fingerprint: fingerprint, contentHash: contentHash) }
        if reuse, let entry = previous?.entries[relativePath], entry.contentHash == contentHash,
           access(folder.realPath.appendingPath(relativePath), F_OK) == 0 {
            return
        }
        try FileWriter.write(bytes, to: staging.appendingPath(relativePath), named: folder.path.appendingPath(relativePath))
        staged.withLock { _ = $0.insert(relativePath) }
    }

    /// Records the file of `site` at `source` as the content of `relativePath`, copying it to
    /// the staging folder as it is, a buffer at a time.
    func copy(_ source: String, of site: SiteFolder, to relativePath: String, fingerprint: UInt64,
              from origin: OutputOrigin) throws(Diagnostic) {
        try claim(relativePath, for: origin)
        guard let (descriptor, _) = try site.open(source) else {
            throw Diagnostic(at: SourceLocation(path: source), "cannot read the file", hint: "was it removed during the build?")
        }
        defer { close(descriptor) }
        let contentHash = try FileWriter.copy(from: descriptor, to: staging.appendingPath(relativePath),
                                              named: folder.path.appendingPath(relativePath), reading: source)
        current.withLock { $0[relativePath] = OutputManifest.Entry(fingerprint: fingerprint, contentHash: contentHash) }
        staged.withLock { _ = $0.insert(relativePath) }
    }

    /// Makes the staging folder the whole new output and swaps it in.
    ///
    /// The manifest is written to `manifestPath` as it is swapped in (see ``OutputManifest``).
    /// - Returns: how many files were written or removed.
    func publish(inputs: UInt64, manifestPath: String) throws(Diagnostic) -> Int {
        let entries = current.withLock { $0 }
        let staged = staged.withLock { $0 }
        let target = folder.realPath
        let manifest = OutputManifest(entries: entries, inputs: inputs,
                                      tree: OutputManifest.treeIdentity(of: staging) ?? "")
        let removed = previous.map { $0.entries.keys.filter { entries[$0] == nil }.count } ?? 0
        let hadTarget = OutputManifest.treeIdentity(of: target) != nil
        if hadTarget {
            try TreeSwap.carryOver(from: target, named: folder.path, into: staging, kept: entries, staged: staged,
                                   managed: Set(previous?.entries.keys ?? [:].keys),
                                   published: pages.merging(origins.withLock { $0 }) { page, _ in page })
        }
        do {
            try manifest.saveNext(to: manifestPath)
        } catch {
            throw Diagnostic(at: SourceLocation(path: manifestPath), "cannot write the output manifest: \(error.localizedDescription)")
        }
        do throws(Diagnostic) {
            if hadTarget {
                try TreeSwap.exchange(staging, target, named: folder.path)
            } else if rename(staging, target) != 0 {
                throw Diagnostic(at: SourceLocation(path: folder.path), "cannot publish: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(manifestPath + ".next")
            throw error
        }
        OutputManifest.commitNext(at: manifestPath)
        // After the swap the old tree is at the staging path; a build stopped before this line
        // leaves it there for the next build to remove.
        if hadTarget { TreeSwap.remove(staging) }
        return staged.count + removed
    }

    /// Removes the staging folder after a failed build.
    func discard() {
        TreeSwap.remove(staging)
    }

    /// Records that `origin` makes `relativePath`; a second origin for one path is an error naming both.
    private func claim(_ relativePath: String, for origin: OutputOrigin) throws(Diagnostic) {
        let existing = pages[relativePath] ?? origins.withLock { origins in
            if let existing = origins[relativePath] { return existing }
            origins[relativePath] = origin
            return origin
        }
        guard existing != origin else { return }
        throw Diagnostic(at: origin.location ?? existing.location,
                         "\(relativePath) would be made from both \(existing.name) and \(origin.name)",
                         hint: "two inputs may not make one output file: rename or remove one of them")
    }
}
