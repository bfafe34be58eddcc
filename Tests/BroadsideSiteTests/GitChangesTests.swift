import BroadsideGit
import Foundation
import Testing

/// `GitRepository.changes`, which compares trees itself, against what git says changed
/// (`git diff-tree -r --raw`), commit by commit over a history of awkward changes: a folder
/// removed, a file where a folder was and back, links, a mode change, a rename, a deep folder.
@Suite struct GitChangesTests {
    /// Runs git in `folder`; its output.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Each step's shell commands, then a commit.
    static let steps = [
        "mkdir -p content/dir && echo a > content/a.md && echo b > content/dir/b.md && ln -s a.md content/link && echo x > content/x.md && echo t > site.yaml",
        "echo a2 >> content/a.md && rm -r content/dir && echo now-a-file > content/dir && chmod +x content/x.md",
        "rm content/dir && mkdir content/dir && echo c > content/dir/c.md && rm content/link && echo real > content/link && git mv content/a.md content/a2.md",
        "mkdir -p content/p/q/r && echo s > content/p/q/r/s.md && rm site.yaml && echo outside > other.md",
        "echo other >> other.md",
    ]

    @Test func changesAreWhatGitSays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.git(["init", "-q", "-b", "main"], in: folder)
        for (number, step) in Self.steps.enumerated() {
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", step]
            shell.currentDirectoryURL = folder
            try shell.run()
            shell.waitUntilExit()
            try Self.git(["add", "-A"], in: folder)
            try Self.git(["commit", "-q", "--allow-empty", "-m", "step \(number)"], in: folder)
        }
        let repository = try #require(try GitRepository(discoveringFrom: folder.path))
        let history = try repository.firstParentHistory(limit: 100)
        #expect(history.commits.count == Self.steps.count && history.start == .root)
        var parent: GitCommit?
        for commit in history.commits {
            let found = try repository.changes(from: parent?.treeID, to: commit.treeID, in: ["content", "site.yaml"])
            let range = parent.map { [$0.id.description, commit.id.description] } ?? ["--root", commit.id.description]
            let raw = try Self.git(["diff-tree", "-r", "--no-renames", "--raw", "--abbrev=40", "-z"] + range + ["--", "content", "site.yaml"], in: folder)
            #expect(Set(found.map { "\($0.path) \($0.blobID?.description ?? "-")" }) == Self.changes(inRaw: raw), "\(commit.id)")
            parent = commit
        }
        let renamed = try repository.changes(from: history.commits[1].treeID, to: history.commits[2].treeID, in: ["content"], findingRenames: true)
        #expect(renamed.contains { $0.path == "content/a2.md" && $0.renamedFrom == "content/a.md" })
    }

    /// `path blob` for each file `git diff-tree -z --raw` lists: the new blob of a regular file,
    /// `-` for one removed or no longer a regular file.
    static func changes(inRaw raw: String) -> Set<String> {
        var fields = raw.split(separator: "\0", omittingEmptySubsequences: true).map(String.init)
        if let first = fields.first, !first.hasPrefix(":") { fields.removeFirst() }  // diff-tree --root names the commit first
        var changes: Set<String> = []
        var index = 0
        while index + 1 < fields.count {
            let parts = fields[index].dropFirst().split(separator: " ")
            let (mode, blob, status) = (parts[1], parts[3], parts[4])
            let regular = mode == "100644" || mode == "100755"
            changes.insert("\(fields[index + 1]) \(status == "D" || !regular ? "-" : String(blob))")
            index += 2
        }
        return changes
    }
}
