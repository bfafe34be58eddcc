import Foundation

/// An exclusive `flock` on a folder, released when the value is freed.
///
/// The lock is on the output folder's parent, which a build never replaces (the output folder
/// itself is swapped for a new one), and it leaves no file behind.
final class FolderLock: Sendable {
    private let descriptor: Int32

    init(_ folder: String, for output: String, notice: (String) -> Void) throws(Diagnostic) {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Diagnostic(at: SourceLocation(path: folder), "cannot open the output folder's parent: \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) != 0 else { return }
        notice("waiting for another broadside build into \(output) to finish…")
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw Diagnostic(at: SourceLocation(path: folder), "cannot lock the output folder: \(String(cString: strerror(errno)))")
            }
        }
    }

    deinit { close(descriptor) }
}
