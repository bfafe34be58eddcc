import Foundation
import Synchronization

/// The folder a build publishes to, written so that a failed build leaves it exactly as it was.
///
/// Everything a build writes goes first to a hidden staging folder beside the target. Only when
/// the whole build succeeded does ``publish()`` move it in: the whole staging folder on a first
/// build, or, when the previous build's manifest is known, just the files that changed (pages
/// whose fingerprint and bytes are unchanged are neither rendered nor written), removing the
/// files the site no longer has.
final class OutputDirectory: Sendable {
    /// The folder the site is published to (`output/`).
    let target: String
    /// Where this build writes: `.<target>.broadside-staging` beside it.
    let staging: String
    /// What the last build wrote into the target; `nil` for a build from scratch.
    private let previous: OutputManifest?
    /// What this build's output holds, written or kept.
    private let current = Mutex<[String: OutputManifest.Entry]>([:])
    /// The files written to the staging folder.
    private let staged = Mutex<Set<String>>([])

    init(target: String, previous: OutputManifest?) throws(Diagnostic) {
        let standardized = (target as NSString).standardizingPath
        self.target = standardized
        let parent = (standardized as NSString).deletingLastPathComponent
        let name = (standardized as NSString).lastPathComponent
        staging = parent.appendingPath(".\(name).broadside-staging")
        self.previous = FileManager.default.fileExists(atPath: standardized) ? previous : nil
        let fileManager = FileManager.default
        do {
            try? fileManager.removeItem(atPath: staging)
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(at: nil, "cannot create \(staging): \(error.localizedDescription)",
                             hint: "check that the output folder's parent exists and is writable")
        }
    }

    /// Whether the last build wrote `relativePath` from the same inputs and it is still there;
    /// if so it is kept as it is.
    func isCurrent(_ relativePath: String, fingerprint: UInt64) -> Bool {
        guard let entry = previous?.entries[relativePath], entry.fingerprint == fingerprint,
              access(target.appendingPath(relativePath), F_OK) == 0 else { return false }
        current.withLock { $0[relativePath] = entry }
        return true
    }

    /// Records `bytes` as the content of `relativePath`, staging them unless the target already
    /// holds exactly these bytes.
    func write(_ bytes: some Collection<UInt8>, to relativePath: String, fingerprint: UInt64) throws(Diagnostic) {
        let contentHash = StableHash.of(bytes)
        current.withLock { $0[relativePath] = OutputManifest.Entry(fingerprint: fingerprint, contentHash: contentHash) }
        if let entry = previous?.entries[relativePath], entry.contentHash == contentHash,
           access(target.appendingPath(relativePath), F_OK) == 0 {
            return
        }
        try Self.writeFile(bytes, to: staging.appendingPath(relativePath), relativePath: relativePath)
        staged.withLock { _ = $0.insert(relativePath) }
    }

    /// Puts the staged files in place and removes what the site no longer has.
    ///
    /// - Returns: the manifest of the published output, and how many files were written or removed.
    func publish(inputs: UInt64) throws(Diagnostic) -> (manifest: OutputManifest, changes: Int) {
        let manifest = OutputManifest(entries: current.withLock { $0 }, inputs: inputs)
        let fileManager = FileManager.default
        guard let previous else {
            try swapInStaging()
            return (manifest, manifest.entries.count)
        }
        let staged = staged.withLock { $0 }
        let removed = previous.entries.keys.filter { manifest.entries[$0] == nil }
        for relativePath in staged.sorted() {
            let destination = target.appendingPath(relativePath)
            if rename(staging.appendingPath(relativePath), destination) != 0 {
                Self.makeFolder((destination as NSString).deletingLastPathComponent)
                guard rename(staging.appendingPath(relativePath), destination) == 0 else {
                    throw Diagnostic(at: nil, "cannot move \(relativePath) into \(target): \(String(cString: strerror(errno)))")
                }
            }
        }
        for relativePath in removed {
            unlink(target.appendingPath(relativePath))
            var folder = (relativePath as NSString).deletingLastPathComponent
            while !folder.isEmpty, rmdir(target.appendingPath(folder)) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        discard()
        return (manifest, staged.count + removed.count)
    }

    /// Removes the staging folder after a failed build.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// Replaces the whole target by the staging folder.
    private func swapInStaging() throws(Diagnostic) {
        let fileManager = FileManager.default
        let previous = staging.replacingOccurrences(of: ".broadside-staging", with: ".broadside-previous")
        do {
            try? fileManager.removeItem(atPath: previous)
            let hadTarget = fileManager.fileExists(atPath: target)
            if hadTarget {
                try fileManager.moveItem(atPath: target, toPath: previous)
            }
            do {
                try fileManager.moveItem(atPath: staging, toPath: target)
            } catch {
                if hadTarget { try? fileManager.moveItem(atPath: previous, toPath: target) }
                throw error
            }
            try? fileManager.removeItem(atPath: previous)
        } catch {
            throw Diagnostic(at: nil, "cannot publish to \(target): \(error.localizedDescription)")
        }
    }

    /// Writes a file with plain POSIX calls (no temporary file, no fsync: the staging folder is
    /// the safety net), creating its folder when needed.
    private static func writeFile(_ bytes: some Collection<UInt8>, to path: String, relativePath: String) throws(Diagnostic) {
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            makeFolder((path as NSString).deletingLastPathComponent)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw failure("cannot create", relativePath) }
        defer { close(descriptor) }
        let written = bytes.withContiguousStorageIfAvailable { buffer in
            writeAll(buffer, to: descriptor)
        } ?? Array(bytes).withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        guard written else { throw failure("cannot write", relativePath) }
    }

    /// `mkdir -p` with one system call for each folder that is missing, and none for the others.
    private static func makeFolder(_ path: String) {
        guard mkdir(path, 0o755) != 0, errno == ENOENT else { return }
        makeFolder((path as NSString).deletingLastPathComponent)
        mkdir(path, 0o755)
    }

    private static func writeAll(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < buffer.count {
            let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    private static func failure(_ what: String, _ relativePath: String) -> Diagnostic {
        Diagnostic(at: nil, "\(what) \(relativePath): \(String(cString: strerror(errno)))",
                   hint: "check that the output folder is writable and the disk not full")
    }
}
