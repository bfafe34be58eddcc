/// A line of commits, oldest first, and why it starts where it does.
public struct GitHistory: Sendable {
    /// Why the history has no older commit.
    public enum Start: Sendable, Equatable {
        /// Its first commit is a root commit: the history is complete.
        case root
        /// Its first commit's parent is not in the repository: a shallow clone's history.
        case shallow
        /// The most commits asked for were read.
        case limit
    }

    public var commits: [GitCommit]
    public var start: Start
}
