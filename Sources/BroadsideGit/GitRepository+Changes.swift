import CLibGit2
import Foundation

extension GitRepository {
    /// The most folders inside one another that a comparison descends.
    public static let maximumDepth = 256

    /// The files under `paths` (from the repository's root, each a file or a folder) that differ
    /// between two trees; from `nil`, every file of `new` is a change.
    ///
    /// Trees are compared entry by entry, skipping every folder whose id is the same on both
    /// sides, so a commit costs the folders it changed (libgit2's own diff visits more, and took
    /// 6 ms a commit on a 10,000-file folder).
    ///
    /// - Parameter findingRenames: tell a file moved (with its contents at least half the same,
    ///   as git's default) from one removed and another added; only a comparison that has both
    ///   asks libgit2's rename detection.
    /// - Throws: when an object cannot be read, or folders nest deeper than ``maximumDepth``.
    public func changes(from old: GitObjectID?, to new: GitObjectID, in paths: [String],
                        findingRenames: Bool = false) throws(GitError) -> [GitChange] {
        let oldRoot = try old.map { id throws(GitError) in try tree(id) }
        defer { git_tree_free(oldRoot) }
        let newRoot = try tree(new)
        defer { git_tree_free(newRoot) }
        var changes: [GitChange] = []
        for path in paths {
            let before = try oldRoot.flatMap { root throws(GitError) in try entry(at: path, in: root) }
            try compare(before, try entry(at: path, in: newRoot), at: path, depth: 0, into: &changes)
        }
        if findingRenames, changes.contains(where: { $0.blobID == nil }),
           changes.contains(where: { $0.blobID != nil && $0.previousBlobID == nil }) {
            return try similarChanges(from: oldRoot, to: newRoot, in: paths)
        }
        return changes
    }

    /// The blob of the regular file at `path` (from the repository's root) in `tree`; `nil` when
    /// there is none (or it is a link or a submodule).
    public func blobID(of path: String, in tree: GitObjectID) throws(GitError) -> GitObjectID? {
        let root = try self.tree(tree)
        defer { git_tree_free(root) }
        return try entry(at: path, in: root)?.blobID
    }

    /// Whether a tree entry's mode is a regular file's (executable or not).
    private static func isRegularFile(_ mode: git_filemode_t) -> Bool {
        mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE
    }

    /// A tree's entry: what it names, and as what.
    private struct Entry: Equatable {
        var id: GitObjectID
        var mode: git_filemode_t

        init(_ entry: OpaquePointer) {
            id = GitObjectID(git_tree_entry_id(entry).pointee)
            mode = git_tree_entry_filemode(entry)
        }

        var isTree: Bool { mode == GIT_FILEMODE_TREE }
        /// The blob of a regular file; `nil` for a link, a submodule or a tree.
        var blobID: GitObjectID? { GitRepository.isRegularFile(mode) ? id : nil }
    }

    private func entry(at path: String, in root: OpaquePointer) throws(GitError) -> Entry? {
        var entry: OpaquePointer?
        let status = git_tree_entry_bypath(&entry, root, path)
        if status == GIT_ENOTFOUND.rawValue { return nil }
        guard status == 0, let entry else { throw GitError(code: status, doing: "cannot read \(path)") }
        defer { git_tree_entry_free(entry) }
        return Entry(entry)
    }

    /// Adds the changes from `old` to `new`, both at `path`.
    private func compare(_ old: Entry?, _ new: Entry?, at path: String, depth: Int,
                         into changes: inout [GitChange]) throws(GitError) {
        guard old != new else { return }
        guard depth <= Self.maximumDepth else { throw GitError("\(path) lies deeper than \(Self.maximumDepth) folders") }
        guard old?.isTree == true || new?.isTree == true else {
            changes.append(GitChange(path: path, blobID: new?.blobID, previousBlobID: old?.blobID))
            return
        }
        // A folder on either side: its entries, against the other side's when it is a folder too.
        let before = try old.flatMap { entry throws(GitError) in entry.isTree ? try tree(entry.id) : nil }
        let after = try new.flatMap { entry throws(GitError) in entry.isTree ? try tree(entry.id) : nil }
        defer { git_tree_free(before); git_tree_free(after) }
        if let old, !old.isTree { changes.append(GitChange(path: path, blobID: nil, previousBlobID: old.blobID)) }
        if let new, !new.isTree { changes.append(GitChange(path: path, blobID: new.blobID)) }
        let (oldCount, newCount) = (before.map(git_tree_entrycount) ?? 0, after.map(git_tree_entrycount) ?? 0)
        var (i, j) = (0, 0)
        while i < oldCount || j < newCount {
            let left = i < oldCount ? git_tree_entry_byindex(before, i) : nil
            let right = j < newCount ? git_tree_entry_byindex(after, j) : nil
            // Both lists are in git's order, so a name is on one side, or on both at once.
            let order: Int32 = if let left, let right { git_tree_entry_cmp(left, right) } else { left == nil ? 1 : -1 }
            let (leftEntry, rightEntry) = (order <= 0 ? Entry(left!) : nil, order >= 0 ? Entry(right!) : nil)
            if order <= 0 { i += 1 }
            if order >= 0 { j += 1 }
            // Most entries are the same on both sides: those cost no name.
            guard leftEntry != rightEntry else { continue }
            let name = String(cString: git_tree_entry_name(order <= 0 ? left! : right!))
            try compare(leftEntry, rightEntry, at: path + "/" + name, depth: depth + 1, into: &changes)
        }
    }

    /// The changes libgit2's diff finds, renames told apart.
    private func similarChanges(from oldTree: OpaquePointer?, to newTree: OpaquePointer,
                                in paths: [String]) throws(GitError) -> [GitChange] {
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
        guard status == 0, let diff else { throw GitError(code: status, doing: "cannot compare two trees") }
        defer { git_diff_free(diff) }
        var find = git_diff_find_options()
        git_diff_find_options_init(&find, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION))
        find.flags = GIT_DIFF_FIND_RENAMES.rawValue
        let found = git_diff_find_similar(diff, &find)
        guard found == 0 else { throw GitError(code: found, doing: "cannot find renames between two trees") }
        var changes: [GitChange] = []
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index)?.pointee else { continue }
            let oldPath = delta.old_file.path.map { String(cString: $0) }
            let newPath = delta.new_file.path.map { String(cString: $0) }
            let hadBlob = delta.status != GIT_DELTA_ADDED && delta.old_file.flags & GIT_DIFF_FLAG_EXISTS.rawValue != 0
                && Self.isRegularFile(git_filemode_t(UInt32(delta.old_file.mode)))
            let previous = hadBlob ? GitObjectID(delta.old_file.id) : nil
            if let oldPath, oldPath != newPath || delta.status == GIT_DELTA_DELETED {
                changes.append(GitChange(path: oldPath, blobID: nil, previousBlobID: previous))
            }
            if let newPath, delta.status != GIT_DELTA_DELETED {
                let isRegularFile = Self.isRegularFile(git_filemode_t(UInt32(delta.new_file.mode)))
                changes.append(GitChange(path: newPath, blobID: isRegularFile ? GitObjectID(delta.new_file.id) : nil,
                                         previousBlobID: previous,
                                         renamedFrom: delta.status == GIT_DELTA_RENAMED ? oldPath : nil))
            }
        }
        return changes
    }
}
