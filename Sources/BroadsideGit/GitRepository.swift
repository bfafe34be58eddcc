import CLibGit2
import Foundation

/// A git repository, read and never written: commits, the files they changed, and blobs,
/// read straight from its object database (no checkout, no working tree touched). Neither
/// hooks nor filters run. One thread uses an instance at a time.
public final class GitRepository {
    let repository: OpaquePointer
    private let objects: OpaquePointer
    /// The real path of the working tree, without a trailing slash; `nil` for a bare repository.
    public let workingDirectory: String?

    /// The path from the repository's root of the folder whose real path is `folder`, with a
    /// trailing slash ("" for the root itself); `nil` when the folder is not in the working tree.
    public func path(ofFolder folder: String) -> String? {
        guard let top = workingDirectory else { return nil }
        if folder == top { return "" }
        let start = top == "/" ? "/" : top + "/"
        return folder.hasPrefix(start) ? String(folder.dropFirst(start.count)) + "/" : nil
    }

    /// libgit2's global state, set up once for the process: trees up to 16 MiB are cached, so
    /// each version of a large folder is parsed once for the two comparisons that meet it (a
    /// history is walked commit by commit, so a small cache holds what is used again).
    private static let library: Void = {
        git_libgit2_init()
        broadside_git_cache_trees(16 << 20, 16 << 20)
    }()

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
        workingDirectory = git_repository_workdir(repository).flatMap { folder in
            realpath(folder, nil).map { real in
                defer { free(real) }
                return String(cString: real)
            }
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

    /// The commit whose id starts with `prefix` (4 to 40 hexadecimal digits, as `git log`
    /// abbreviates them); `nil` when the repository has none (a shallow clone may lack it).
    ///
    /// - Throws: when `prefix` is no such abbreviation, or more than one commit starts with it.
    public func commit(abbreviated prefix: String) throws(GitError) -> GitCommit? {
        guard (4...40).contains(prefix.utf8.count), prefix.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0 | 0x20) }) else {
            throw GitError("'\(prefix)' is not a commit id (4 to 40 hexadecimal digits)")
        }
        var oid = git_oid()
        var status = git_oid_fromstrn(&oid, prefix, prefix.utf8.count)
        guard status == 0 else { throw GitError(code: status, doing: "'\(prefix)' is not a commit id") }
        var object: OpaquePointer?
        status = git_object_lookup_prefix(&object, repository, &oid, prefix.utf8.count, GIT_OBJECT_COMMIT)
        if status == GIT_ENOTFOUND.rawValue { return nil }
        guard status == 0, let object else { throw GitError(code: status, doing: "cannot find commit \(prefix)") }
        let id = GitObjectID(git_object_id(object).pointee)
        git_object_free(object)
        return try commit(id)
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

    func tree(_ id: GitObjectID) throws(GitError) -> OpaquePointer {
        var oid = id.oid
        var tree: OpaquePointer?
        let status = git_tree_lookup(&tree, repository, &oid)
        guard status == 0, let tree else { throw GitError(code: status, doing: "cannot read tree \(id)") }
        return tree
    }
}
