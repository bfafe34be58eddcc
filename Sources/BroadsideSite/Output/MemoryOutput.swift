import Foundation
import Synchronization

/// A build's files kept in memory, for `broadside serve`: the output folder is never touched.
///
/// Pages and feeds are kept as bytes; a file published as it is (`static/`, a page bundle's
/// image) is kept as the site's path it is read from when asked for.
final class MemoryOutput: SiteOutput {
    /// The last build's files: those whose fingerprint is unchanged are kept, not made again.
    private let previous: [String: PreviewSite.File]
    private let files: Mutex<[String: PreviewSite.File]>
    private let claims: OutputClaims

    /// - Parameters:
    ///   - previous: the files of the last build that succeeded.
    ///   - pages: each planned page's file and what it is made from.
    init(previous: [String: PreviewSite.File], pages: [String: OutputOrigin]) {
        self.previous = previous
        // About as many files as the last build made: grown once.
        files = Mutex([String: PreviewSite.File](minimumCapacity: previous.count))
        claims = OutputClaims(pages: pages)
    }

    /// Everything this build made or kept.
    var contents: [String: PreviewSite.File] {
        files.withLock { $0 }
    }

    func claim(_ relativePath: String, for origin: OutputOrigin) throws(Diagnostic) {
        try claims.claim(relativePath, for: origin)
    }

    func isCurrent(_ relativePath: String, fingerprint: UInt64) -> Bool {
        guard let file = previous[relativePath], file.fingerprint == fingerprint else { return false }
        files.withLock { $0[relativePath] = file }
        return true
    }

    func keep(_ relativePath: String) {
        guard let file = previous[relativePath] else { return }
        files.withLock { $0[relativePath] = file }
    }

    func write(_ bytes: some Collection<UInt8>, to relativePath: String, fingerprint: UInt64,
               from origin: @autoclosure () -> OutputOrigin) throws(Diagnostic) {
        let data = Data(bytes)
        let file = PreviewSite.File(fingerprint: fingerprint, contentHash: StableHash.ofContents(data), body: .bytes(data))
        files.withLock { $0[relativePath] = file }
    }

    func contentHash(of relativePath: String) -> UInt64? {
        files.withLock { $0[relativePath]?.contentHash }
    }

    func keepAll(under folder: String, madeFrom fingerprint: UInt64, for origin: OutputOrigin) throws(Diagnostic) -> Int {
        let kept = previous.filter { $0.key.hasPrefix(folder) }
        guard !kept.isEmpty, kept.values.allSatisfy({ $0.fingerprint == fingerprint }) else { return 0 }
        for (path, _) in kept { try claim(path, for: origin) }
        files.withLock { $0.merge(kept) { _, old in old } }
        return kept.count
    }

    /// Writes the page's bytes at `path`.
    func place(_ relativePath: String, at path: String) throws(Diagnostic) {
        guard case .bytes(let data)? = files.withLock({ $0[relativePath]?.body }) else { return }
        try FileWriter.write(data, to: path, named: relativePath)
    }

    /// Records where the file is, once it is known to be a file the site may publish; its
    /// fingerprint (its status) stands for its content.
    func copy(_ source: String, of site: SiteFolder, to relativePath: String, fingerprint: UInt64,
              from origin: @autoclosure () -> OutputOrigin) throws(Diagnostic) {
        guard let (descriptor, _) = try site.open(source) else {
            throw Diagnostic(at: SourceLocation(path: source), "cannot read the file", hint: "was it removed during the build?")
        }
        close(descriptor)
        let file = PreviewSite.File(fingerprint: fingerprint, contentHash: fingerprint, body: .siteFile(source))
        files.withLock { $0[relativePath] = file }
    }
}
