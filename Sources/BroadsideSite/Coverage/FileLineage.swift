import BroadsideGit

/// Files followed back through HEAD's first-parent history, newest commit first, across renames
/// (as `git log --follow` follows one): the path and blob each had at every commit, and the
/// latest commit that changed its contents. One walk serves every file followed, and it stops as soon as it
/// knows what it was asked for.
struct FileLineage {
    /// The commits walked, newest first: a file's "position" is an index into them.
    let commits: [GitCommit]
    /// Each commit's position.
    private let positions: [GitObjectID: Int]
    /// A file's path and blob at a commit.
    struct Version {
        var path: String
        var blobID: GitObjectID
    }

    /// Of each file followed (by its path at HEAD): the version it had from a position back to
    /// the next entry's, `nil` where it did not exist; oldest position last.
    private var versions: [String: [(from: Int, version: Version?)]] = [:]
    /// Of each file followed: the position of the latest commit that changed its contents (a
    /// rename that kept them is no change). Missing for a file not in HEAD, and for one whose
    /// latest change is older than the walk reached.
    private(set) var lastChange: [String: Int] = [:]

    /// Follows `files` (paths from the repository's root, as at HEAD) through the changes under
    /// `folder`, at most `limit` commits back.
    ///
    /// - Parameters:
    ///   - dating: the files whose ``lastChange`` is wanted; the walk goes on until it knows
    ///     each one's (or reaches the oldest commit) and has passed each commit of `reaching`.
    ///   - reaching: commits at which the files' paths are wanted.
    init(following files: Set<String>, dating: Set<String>, reaching: Set<GitObjectID>, under folder: String,
         in repository: GitRepository, limit: Int) throws(GitError) {
        let history = try repository.firstParentHistory(limit: limit)
        commits = history.commits.reversed()
        positions = Dictionary(commits.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let deepest = reaching.compactMap { positions[$0] }.max() ?? 0
        var followed: [String: String] = [:]  // a path at the position walked, to the file at that path
        for file in files {
            // A file that HEAD does not hold (not committed yet) has no history, whatever its path once held.
            let blob = try commits.first.flatMap { head throws(GitError) in try repository.blobID(of: file, in: head.treeID) }
            if blob != nil { followed[file] = file }
            versions[file] = [(0, blob.map { Version(path: file, blobID: $0) })]
        }
        var undated = dating.filter { followed[$0] != nil }
        for (position, commit) in commits.enumerated() {
            guard !undated.isEmpty || position <= deepest else { break }
            let parent = commits.indices.contains(position + 1) ? commits[position + 1].treeID : nil
            // What the oldest commit of a shallow clone (or of the limit) holds is no change of its own.
            guard parent != nil || history.start == .root else { break }
            var moves: [(file: String, before: Version?)] = []  // applied once every change is seen: names may swap
            for change in try repository.changes(from: parent, to: commit.treeID, in: [folder], findingRenames: true) {
                guard let blob = change.blobID, let file = followed[change.path] else { continue }
                if change.renamedFrom == nil || change.previousBlobID != blob, lastChange[file] == nil {
                    lastChange[file] = position
                    undated.remove(file)
                }
                followed[change.path] = nil
                // Before this commit: its old name and contents, or nothing when it was added here.
                let before = change.previousBlobID.map { Version(path: change.renamedFrom ?? change.path, blobID: $0) }
                moves.append((file, before))
            }
            for (file, before) in moves {
                if let before { followed[before.path] = file }
                versions[file]?.append((position + 1, before))
            }
        }
    }

    /// The position of `commit` in the walk; `nil` when it is not on HEAD's first-parent line.
    func position(of commit: GitObjectID) -> Int? {
        positions[commit]
    }

    /// The path and blob `file` had at `position`; `nil` when it did not exist then.
    func version(of file: String, at position: Int) -> Version? {
        versions[file]?.last { $0.from <= position }?.version ?? nil
    }

    /// Every path `file` has had, newest first.
    func paths(of file: String) -> [String] {
        var seen: Set<String> = []
        return (versions[file] ?? []).compactMap(\.version?.path).filter { seen.insert($0).inserted }
    }
}
