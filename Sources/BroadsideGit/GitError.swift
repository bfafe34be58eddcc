import CLibGit2

/// A failure libgit2 reported, with its message.
public struct GitError: Error, Sendable, CustomStringConvertible {
    /// libgit2's error code (`GIT_ENOTFOUND`, …).
    public let code: Int32
    public let message: String

    /// The error libgit2 last reported on this thread, for a call that returned `code`.
    init(code: Int32, doing what: String) {
        self.code = code
        let detail = git_error_last().flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "error \(code)"
        message = "\(what): \(detail)"
    }

    /// A failure found in what the repository holds, not reported by libgit2.
    public init(_ message: String) {
        self.init(code: -1, message: message)
    }

    init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// Whether the repository is owned by another user, which libgit2 (like git) refuses to read.
    public var isOwnedByAnotherUser: Bool { code == GIT_EOWNER.rawValue }

    public var description: String { message }
}
