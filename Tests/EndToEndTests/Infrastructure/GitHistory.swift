import Foundation

/// A git repository in a temporary folder that a test commits to step by step, one day apart
/// from 2026-01-01 (UTC): for what Broadside reads from a site's history. Runs the machine's git.
final class GitHistory {
    let folder: TemporaryFolder
    /// The day of the last commit, counted from 2026-01-01.
    private(set) var day = 0

    init() throws {
        folder = try TemporaryFolder()
        try git("init", "-q", "-b", "main")
    }

    /// Runs git in the repository with a fixed author and committer; its standard output, trimmed.
    @discardableResult
    func git(_ arguments: String..., in subfolder: String = "") throws -> String {
        let date = "2026-01-\(String(format: "%02d", max(day, 1)))T12:00:00Z"
        let result = try Command.run(
            ["GIT_AUTHOR_DATE=\(date)", "GIT_COMMITTER_DATE=\(date)", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
             "git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"] + arguments,
            in: folder.url(subfolder))
        guard result.status == 0 else { throw Failure(description: "git \(arguments.joined(separator: " ")): \(result.errorOutput)") }
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes `files` (a `nil` contents removes the file), commits everything on the next day,
    /// and returns the commit's id.
    @discardableResult
    func commit(_ message: String, _ files: [String: String?] = [:]) throws -> String {
        for (path, contents) in files {
            if let contents { try folder.write(contents, to: path) } else { try FileManager.default.removeItem(at: folder.url(path)) }
        }
        day += 1
        try git("add", "-A")
        try git("commit", "-q", "--allow-empty", "-m", message)
        return try git("rev-parse", "HEAD")
    }

    /// The date of the commit made on `day`, as the trend reports it.
    static func date(day: Int) -> String { "2026-01-\(String(format: "%02d", day))T12:00:00Z" }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}
