import Foundation

/// A new folder of this user's only, in the system's temporary folder (`TMPDIR`, else `/tmp`),
/// for work a build does outside the output: a second site to check links in, pages to index.
enum ScratchFolder {
    /// Makes the folder, named `broadside-<name>-` and six random characters.
    ///
    /// - Parameter purpose: what the folder is for, as the error says it ("to index the site in").
    static func make(named name: String, purpose: String) throws(Diagnostic) -> String {
        let temporary = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array(temporary.appendingPath("broadside-\(name)-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Diagnostic(at: SourceLocation(path: temporary), "cannot make a temporary folder \(purpose): \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }
}
