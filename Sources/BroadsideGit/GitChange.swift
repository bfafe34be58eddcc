/// A file that differs between two trees.
public struct GitChange: Sendable, Equatable {
    /// The file's path from the repository's root.
    public let path: String
    /// The regular file's blob now; `nil` when the path was removed or is no longer a regular
    /// file (a symbolic link or a submodule, which are never read).
    public let blobID: GitObjectID?
    /// The blob it had before: `nil` for a file added (or the removal of a path).
    public var previousBlobID: GitObjectID? = nil
    /// The path it was renamed from, when renames were looked for (the old path is then a
    /// change of its own, removed).
    public var renamedFrom: String? = nil
}
