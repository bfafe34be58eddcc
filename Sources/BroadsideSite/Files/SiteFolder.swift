import Foundation
import Synchronization

/// The site folder, through which a build reads every input: never a file whose real path lies
/// outside it, whatever symbolic links lead there.
public struct SiteFolder: Sendable {
    /// The folder as the user gave it (`.`, `../site`), the start of every path in messages.
    public let path: String
    /// Its real path, links resolved: the boundary no input may cross.
    public let realPath: String
    /// The real path of each folder a file was read from, resolved once per command: a build
    /// reads thousands of files from a few folders.
    private let realFolders = RealFolders()

    /// The largest text input (a content, template, locale or configuration file) Broadside reads.
    static let maximumTextSize = 16 << 20

    /// - Throws: when `path` is not an existing folder.
    public init(_ path: String) throws(Diagnostic) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue,
              let real = RealPath.of(path) else {
            throw Diagnostic(at: SourceLocation(path: path), "no site folder here",
                             hint: "run broadside in a site folder (with site.yaml), or pass --site DIR")
        }
        self.path = path
        realPath = real
    }

    /// The site folder at `path`, for a command that can do nothing without one.
    public static func opening(_ path: String) throws(BuildFailure) -> SiteFolder {
        do { return try SiteFolder(path) } catch { throw BuildFailure(configuration: [error]) }
    }

    /// `relativePath` inside the site, as messages show it.
    public func path(_ relativePath: String) -> String {
        path.appendingPath(relativePath)
    }

    /// The files below the site's folder `relativePath` (such as `content`), sorted.
    func files(in relativePath: String) -> FileTree {
        FileTree(root: path(relativePath), boundary: realPath)
    }

    /// The bytes of a text input, or `nil` when the file does not exist.
    ///
    /// - Throws: when the file's real path is outside the site, it is larger than
    ///   ``maximumTextSize``, or it cannot be read.
    func contents(of relativePath: String) throws(Diagnostic) -> Data? {
        try contents(ofFile: path(relativePath))
    }

    /// ``contents(of:)`` for the file at `path`, the site's path joined with the file's.
    ///
    /// - Parameter limit: the most bytes read; a larger file is an error.
    func contents(ofFile path: String, limit: Int = maximumTextSize) throws(Diagnostic) -> Data? {
        let location = SourceLocation(path: path)
        guard let (descriptor, size) = try open(path) else { return nil }
        defer { close(descriptor) }
        if size > limit {
            throw Diagnostic(at: location, "the file is larger than \(limit >> 20) MiB, the most Broadside reads",
                             hint: "split it into smaller files")
        }
        var data = Data(count: size)
        var offset = 0
        while offset < data.count {
            let count = data.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw Self.failure("cannot read the file", at: location) }
            if count == 0 { data.removeSubrange(offset...); break }  // it shrank while being read
            offset += count
        }
        return data
    }

    /// Opens the regular file at `path` (the site's path joined with the file's) for reading,
    /// once its real path is known to lie inside the site; `nil` when there is no such file.
    ///
    /// Its folder's real path is resolved once; the file itself is opened without following a
    /// link, and only a file that is a link has its own real path resolved.
    /// - Returns: the descriptor, which the caller closes, and the file's size.
    func open(_ path: String) throws(Diagnostic) -> (descriptor: Int32, size: Int)? {
        let location = SourceLocation(path: path)
        let (folder, name) = path.folderAndName
        guard let realFolder = realFolders.realPath(of: folder.isEmpty ? "." : folder) else { return nil }
        var real = realFolder.appendingPath(name)
        guard RealPath.isInside(realFolder, realPath) else { throw Self.outside(location, leadsTo: real) }
        var descriptor = Foundation.open(real, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
        if descriptor < 0 && errno == ELOOP {
            guard let target = RealPath.of(path) else { throw Diagnostic(at: location, "a symbolic link that leads nowhere") }
            guard RealPath.isInside(target, realPath) else { throw Self.outside(location, leadsTo: target) }
            real = target
            descriptor = Foundation.open(real, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        }
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw Self.failure("cannot read the file", at: location)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw Diagnostic(at: location, "not a regular file")
        }
        return (descriptor, Int(info.st_size))
    }

    private static func outside(_ location: SourceLocation, leadsTo real: String) -> Diagnostic {
        Diagnostic(at: location, "a symbolic link to \(real), outside the site folder; it is not read",
                   hint: "copy the file into the site, or link only to files inside the site folder")
    }

    static func failure(_ what: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(at: location, "\(what): \(String(cString: strerror(errno)))")
    }
}

/// Real paths of folders, resolved once each and shared across threads.
private final class RealFolders: Sendable {
    private let known = Mutex<[String: String?]>([:])

    /// The real path of the folder at `path`; `nil` when there is none.
    func realPath(of path: String) -> String? {
        if let real = known.withLock({ $0[path] }) { return real }
        let real = RealPath.of(path)
        known.withLock { $0[path] = real }
        return real
    }
}

