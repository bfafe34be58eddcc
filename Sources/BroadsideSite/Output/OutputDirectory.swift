import Foundation

/// The folder a build writes into: a hidden staging folder beside the target, swapped in only
/// when the whole build succeeded, so a failed build leaves the target exactly as it was.
final class OutputDirectory: Sendable {
    /// The folder the site is published to (`output/`).
    let target: String
    /// Where this build writes: `.<target>.broadside-staging` beside it.
    let staging: String

    init(target: String) throws(Diagnostic) {
        let standardized = (target as NSString).standardizingPath
        self.target = standardized
        let parent = (standardized as NSString).deletingLastPathComponent
        let name = (standardized as NSString).lastPathComponent
        staging = (parent as NSString).appendingPathComponent(".\(name).broadside-staging")
        let fileManager = FileManager.default
        do {
            try? fileManager.removeItem(atPath: staging)
            try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw Diagnostic(at: nil, "cannot create \(staging): \(error.localizedDescription)",
                             hint: "check that the output folder's parent exists and is writable")
        }
    }

    /// Writes `bytes` to `relativePath` below the staging folder, creating folders as needed.
    /// Plain POSIX calls: no temporary file, no fsync; the staging folder is the safety net.
    func write(_ bytes: some Collection<UInt8>, to relativePath: String) throws(Diagnostic) {
        let path = (staging as NSString).appendingPathComponent(relativePath)
        var descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw Self.failure("cannot create", relativePath) }
        defer { close(descriptor) }
        let written = bytes.withContiguousStorageIfAvailable { buffer in
            Self.writeAll(buffer, to: descriptor)
        } ?? Array(bytes).withUnsafeBufferPointer { Self.writeAll($0, to: descriptor) }
        guard written else { throw Self.failure("cannot write", relativePath) }
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

    /// Copies a file or folder to `relativePath` below the staging folder.
    func copy(_ source: String, to relativePath: String) throws(Diagnostic) {
        let destination = (staging as NSString).appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: source, toPath: destination)
        } catch {
            throw Diagnostic(at: SourceLocation(path: source), "cannot copy to \(relativePath): \(error.localizedDescription)")
        }
    }

    /// Replaces the target by the staging folder.
    func publish() throws(Diagnostic) {
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

    /// Removes the staging folder after a failed build.
    func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
