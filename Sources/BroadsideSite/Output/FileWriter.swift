import Foundation

/// Writes output files with plain POSIX calls: no temporary file and no fsync, since they go to
/// a staging folder that is swapped in only once complete. A file already there is replaced,
/// never written through: it may be a hard link to a file of the published tree.
enum FileWriter {
    /// Writes `bytes` to `path`, creating its folder when needed.
    ///
    /// - Parameter name: the path as messages show it (the output folder as the user gave it).
    static func write(_ bytes: some Collection<UInt8>, to path: String, named name: String) throws(Diagnostic) {
        let descriptor = try create(path, named: name)
        let written = bytes.withContiguousStorageIfAvailable { buffer in
            writeAll(buffer, to: descriptor)
        } ?? Array(bytes).withUnsafeBufferPointer { writeAll($0, to: descriptor) }
        let writeError = errno
        // A full disk may show only when the file is closed.
        let closed = close(descriptor) == 0
        if !written { errno = writeError }
        guard written, closed else { throw failure("cannot write the file", name) }
    }

    /// Writes the text `produce` hands to its `write`, piece by piece, so that a large file (a
    /// cache, a manifest) is never whole in memory; the file replaces any at `path` once complete.
    static func replace(_ path: String, _ produce: (_ write: (String) -> Void) -> Void) throws(Diagnostic) {
        let partial = path + ".partial", name = path
        let descriptor = try create(partial, named: name)
        var written = true
        produce { piece in
            guard written else { return }
            var piece = piece
            written = piece.withUTF8 { writeAll($0, to: descriptor) }
        }
        let writeError = errno
        let closed = close(descriptor) == 0
        if !written { errno = writeError }
        guard written, closed, rename(partial, path) == 0 else {
            let failed = failure("cannot write the file", name)
            unlink(partial)
            throw failed
        }
    }

    /// Copies what `source` (an open descriptor) holds to `path`, a buffer at a time, so a file
    /// larger than memory (a video) is published too.
    ///
    /// - Returns: the hash of the bytes copied.
    static func copy(from source: Int32, to path: String, named name: String, reading sourceName: String) throws(Diagnostic) -> UInt64 {
        let descriptor = try create(path, named: name)
        var hash = StableHash()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var failed: Diagnostic?
        while failed == nil {
            let count = read(source, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                failed = failure("cannot read the file", sourceName)
                break
            }
            guard count > 0 else { break }
            buffer.withUnsafeBytes { hash.combine(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            if !buffer.withUnsafeBufferPointer({ writeAll(UnsafeBufferPointer(rebasing: $0[..<count]), to: descriptor) }) {
                failed = failure("cannot write the file", name)
            }
        }
        let writeError = errno
        let closed = close(descriptor) == 0
        if let failed { throw failed }
        guard closed else {
            errno = writeError
            throw failure("cannot write the file", name)
        }
        return hash.value
    }

    /// Opens a new file at `path` for writing, in place of any file there, creating its folder
    /// when needed.
    private static func create(_ path: String, named name: String) throws(Diagnostic) -> Int32 {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var descriptor = open(path, flags, 0o644)
        if descriptor < 0 && errno == EEXIST && unlink(path) == 0 {
            descriptor = open(path, flags, 0o644)
        }
        if descriptor < 0 && errno == ENOENT {
            makeFolder((path as NSString).deletingLastPathComponent)
            descriptor = open(path, flags, 0o644)
        }
        guard descriptor >= 0 else { throw failure("cannot create the file", name) }
        return descriptor
    }

    /// `mkdir -p` with one system call for each folder that is missing, and none for the others.
    static func makeFolder(_ path: String) {
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

    static func failure(_ what: String, _ name: String) -> Diagnostic {
        let reason = String(cString: strerror(errno))
        let hint = errno == ENOSPC || errno == EDQUOT ? "the disk is full: free some space and build again"
            : errno == EACCES || errno == EPERM ? "check the permissions of the output folder and its parent"
            : errno == ENAMETOOLONG ? "a file or folder name is too long: shorten the slug or file name it comes from"
            : nil
        return Diagnostic(at: SourceLocation(path: name), "\(what): \(reason)", hint: hint)
    }
}
