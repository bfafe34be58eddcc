#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The little file access a templates folder needs, through POSIX, so that this module needs no
/// Foundation. Failures are ``TemplateError``s without a line: `templates/x.html: error: …`.
enum FileSystem {
    /// The regular files under `directory`, recursively, as paths relative to it, sorted; names
    /// beginning with `.` are skipped, and a folder reached twice through links is read once.
    static func files(under directory: String) throws(TemplateError) -> [String] {
        var files: [String] = []
        var visited: Set<[UInt64]> = []
        try collect(root: directory, relative: nil, into: &files, visited: &visited)
        return files
    }

    /// The text of the file at `path`, which must be UTF-8.
    static func contents(of path: String) throws(TemplateError) -> String {
        guard let file = fopen(path, "rb") else { throw failure(path, "cannot read the file") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            bytes.append(contentsOf: buffer[..<count])
            if count < buffer.count { break }
        }
        guard ferror(file) == 0 else { throw failure(path, "cannot read the file") }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw TemplateError(path: path, line: 0, column: 0, message: "the file is not valid UTF-8 text")
        }
        return text
    }

    /// `directory/relative`, without doubling a trailing slash.
    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    private static func collect(root: String, relative: String?, into files: inout [String], visited: inout Set<[UInt64]>) throws(TemplateError) {
        let path = relative.map { join(root, $0) } ?? root
        guard let directory = identity(ofDirectory: path) else {
            guard !isRegularFile(path) else {
                throw TemplateError(path: path, line: 0, column: 0, message: "expected a templates folder, found a file")
            }
            throw failure(path, "cannot read the templates folder")
        }
        guard visited.insert(directory).inserted else { return }
        guard let stream = opendir(path) else { throw failure(path, "cannot read the templates folder") }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        for name in names.sorted() {
            let child = relative.map { "\($0)/\(name)" } ?? name
            if identity(ofDirectory: join(root, child)) != nil {
                try collect(root: root, relative: child, into: &files, visited: &visited)
            } else if isRegularFile(join(root, child)) {
                files.append(child)
            }
        }
    }

    /// Device and inode of the directory at `path` (links followed); nil if it is none.
    private static func identity(ofDirectory path: String) -> [UInt64]? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return nil }
        return [UInt64(status.st_dev), UInt64(status.st_ino)]
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    private static func failure(_ path: String, _ what: String) -> TemplateError {
        TemplateError(path: path, line: 0, column: 0, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
