import Foundation

/// A commit, as much of it as a history of files needs.
public struct GitCommit: Sendable {
    public let id: GitObjectID
    /// The tree of files it records.
    public let treeID: GitObjectID
    /// Its first parent: the commit it was made on (a merge's mainline); `nil` for a root commit.
    public let firstParentID: GitObjectID?
    /// When it was committed.
    public let time: Date
}
