import Foundation

/// What `stat` says of a file that tells whether it may have changed since a build read it.
///
/// Size and modification time alone can be kept by an edit (`cp -p`, `touch -r`, some
/// checkouts); the status-change time and the inode cannot be set by a user, and every write,
/// rename or `touch` moves the change time on. So a file whose four values are unchanged has
/// not been written since.
struct FileStatus: Sendable, Hashable {
    var size: Int64
    /// Modification time, nanoseconds since 1970.
    var modified: Int64
    /// Status-change time (ctime), nanoseconds since 1970.
    var changed: Int64
    var inode: UInt64

    /// The status of the file at `path`, links followed; `nil` when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }
}

extension StableHash {
    mutating func combine(_ status: FileStatus) {
        combine(UInt64(bitPattern: status.size))
        combine(UInt64(bitPattern: status.modified))
        combine(UInt64(bitPattern: status.changed))
        combine(status.inode)
    }
}
