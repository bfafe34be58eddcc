import CLibGit2
import Foundation

/// A git repository, read and never written: commits, the files they changed, and blobs,
/// read straight from its object database (no checkout, no working tree touched). Neither
/// hooks nor filters run. One thread uses an instance at a time.
public final class GitRepository {
    private let repository: OpaquePointer
    private let objects: OpaquePointer
    /// The real path of the working tree, without a trailing slash; `nil` for a bare repository.
    public let workingDirectory: String?

    /// libgit2's global state, set up once for the process.
    private static let library: Void = { git_libgit2_init() }()

    /// The repository that holds the folder at `path`: its own or the nearest one above it;
    /// `nil` when there is none.
    ///
    /// - Throws: when it cannot be read (libgit2, like git, refuses a repository another user
    ///   owns: ``GitError/isOwnedByAnotherUser``).
    public init?(discoveringFrom path: String) throws(GitError) {
        _ = Self.library
        var repository: OpaquePointer?
        let status = git_repository_open_ext(&repository, path, 0, nil)
        if status == GIT_ENOTFOUND.rawValue {
            // libgit2 1.5 reports a repository another user owns as not found.
            guard let folder = Self.repositoryOfAnotherUser(holding: path) else { return nil }
            throw GitError(code: GIT_EOWNER.rawValue,
                           message: "\(folder) is a git repository of another user, which libgit2 does not read (as git does not)")
        }
        guard status == 0, let repository else { throw GitError(code: status, doing: "cannot open the git repository") }
        var objects: OpaquePointer?
        let odbStatus = git_repository_odb(&objects, repository)
        guard odbStatus == 0, let objects else {
            git_repository_free(repository)
            throw GitError(code: odbStatus, doing: "cannot read the repository's objects")
        }
        self.repository = repository
        self.objects = objects
        workingDirectory = git_repository_workdir(repository).map { folder in
            let path = String(cString: folder)
            return path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        }
    }

    /// The nearest folder at or above `path` that holds a `.git` and that another user owns.
    private static func repositoryOfAnotherUser(holding path: String) -> String? {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        while true {
            var info = stat()
            if stat(folder.appendingPathComponent(".git").path, &info) == 0 {
                return stat(folder.path, &info) == 0 && info.st_uid != geteuid() ? folder.path : nil
            }
            let parent = folder.deletingLastPathComponent()
            guard parent.path != folder.path else { return nil }
            folder = parent
        }
    }

    deinit {
        git_odb_free(objects)
        git_repository_free(repository)
    }

    /// Whether this is a shallow clone, whose history stops before its first commit.
    public var isShallow: Bool { git_repository_is_shallow(repository) == 1 }

    /// The commit HEAD is at; `nil` before the first commit.
    public func head() throws(GitError) -> GitCommit? {
        var id = git_oid()
        let status = git_reference_name_to_id(&id, repository, "HEAD")
        if status == GIT_EUNBORNBRANCH.rawValue || status == GIT_ENOTFOUND.rawValue { return nil }
        guard status == 0 else { throw GitError(code: status, doing: "cannot read HEAD") }
        return try commit(GitObjectID(id))
    }

    /// The commit `id`; `nil` when the repository lacks it, as a shallow clone lacks the
    /// parents of its oldest commits.
    public func commit(_ id: GitObjectID) throws(GitError) -> GitCommit? {
        var oid = id.oid
        var commit: OpaquePointer?
        let status = git_commit_lookup(&commit, repository, &oid)
        if status == GIT_ENOTFOUND.rawValue { return nil }
        guard status == 0, let commit else { throw GitError(code: status, doing: "cannot read commit \(id)") }
        defer { git_commit_free(commit) }
        let parent = git_commit_parentcount(commit) > 0 ? git_commit_parent_id(commit, 0).map { GitObjectID($0.pointee) } : nil
        return GitCommit(id: id, treeID: GitObjectID(git_commit_tree_id(commit).pointee), firstParentID: parent,
                         time: Date(timeIntervalSince1970: Double(git_commit_time(commit))))
    }

    /// HEAD's history along first parents (a merge's mainline, as `git log --first-parent`),
    /// oldest first, at most `limit` commits.
    public func firstParentHistory(limit: Int) throws(GitError) -> GitHistory {
        guard var commit = try head() else { return GitHistory(commits: [], start: .root) }
        var commits = [commit]
        var start = GitHistory.Start.root
        while let parentID = commit.firstParentID {
            guard commits.count < limit else { start = .limit; break }
            guard let parent = try self.commit(parentID) else { start = .shallow; break }
            commits.append(parent)
            commit = parent
        }
        return GitHistory(commits: commits.reversed(), start: start)
    }

    /// The files under `paths` (from the repository's root, each a file or a folder) that differ
    /// between two trees; from `nil`, every file of `new` is a change.
    public func changes(from old: GitObjectID?, to new: GitObjectID, in paths: [String]) throws(GitError) -> [GitChange] {
        let oldTree = try old.map { id throws(GitError) in try tree(id) }
        defer { git_tree_free(oldTree) }
        let newTree = try tree(new)
        defer { git_tree_free(newTree) }
        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        // Paths are literal, not patterns: a folder named "[draft]" means itself.
        options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue | GIT_DIFF_SKIP_BINARY_CHECK.rawValue
        var strings = paths.map { strdup($0) }
        defer { strings.forEach { free($0) } }
        var diff: OpaquePointer?
        let status = strings.withUnsafeMutableBufferPointer { buffer in
            options.pathspec = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return git_diff_tree_to_tree(&diff, repository, oldTree, newTree, &options)
        }
        guard status == 0, let diff else { throw GitError(code: status, doing: "cannot compare trees \(old.map(\.description) ?? "(none)") and \(new)") }
        defer { git_diff_free(diff) }
        var changes: [GitChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let oldPath = delta.old_file.path.map { String(cString: $0) }
            let newPath = delta.new_file.path.map { String(cString: $0) }
            if let oldPath, oldPath != newPath || delta.status == GIT_DELTA_DELETED {
                changes.append(GitChange(path: oldPath, blobID: nil))
            }
            if let newPath, delta.status != GIT_DELTA_DELETED {
                let isRegularFile = [GIT_FILEMODE_BLOB.rawValue, GIT_FILEMODE_BLOB_EXECUTABLE.rawValue]
                    .contains(UInt32(delta.new_file.mode))
                changes.append(GitChange(path: newPath, blobID: isRegularFile ? GitObjectID(delta.new_file.id) : nil))
            }
        }
        return changes
    }

    /// The bytes of blob `id`.
    ///
    /// - Throws: when it is larger than `limit` bytes (learnt from its header, before it is
    ///   read), or cannot be read.
    public func blob(_ id: GitObjectID, limit: Int) throws(GitError) -> Data {
        var oid = id.oid
        var size = 0
        var type = GIT_OBJECT_ANY
        let headerStatus = git_odb_read_header(&size, &type, objects, &oid)
        guard headerStatus == 0 else { throw GitError(code: headerStatus, doing: "cannot read blob \(id)") }
        guard size <= limit else { throw GitError("blob \(id) is \(size) bytes, more than the \(limit) Broadside reads") }
        var blob: OpaquePointer?
        let status = git_blob_lookup(&blob, repository, &oid)
        guard status == 0, let blob else { throw GitError(code: status, doing: "cannot read blob \(id)") }
        defer { git_blob_free(blob) }
        return Data(bytes: git_blob_rawcontent(blob), count: Int(git_blob_rawsize(blob)))
    }

    private func tree(_ id: GitObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.oid
        var tree: OpaquePointer?
        let status = git_tree_lookup(&tree, repository, &oid)
        guard status == 0, let tree else { throw GitError(code: status, doing: "cannot read tree \(id)") }
        return tree
    }
}
