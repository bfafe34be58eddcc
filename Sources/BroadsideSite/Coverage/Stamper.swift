import BroadsideLocale
import Foundation

/// `broadside stamp`: records in a translation's front matter that it matches the current
/// version of its source, by writing the source's hash as `sourceHash`, changing no other byte.
public enum Stamper {
    /// What stamping one file did.
    public struct Stamp: Sendable {
        public var path: String
        public var sourceHash: String
        /// `false` when the file already had this hash and was left as it was.
        public var changed: Bool
    }

    /// Stamps each of `paths` (translations inside the site's `content/`).
    ///
    /// - Throws: one error per file that is no translation or has no source; then no file is written.
    public static func stamp(siteDirectory: String, paths: [String]) throws(BuildFailure) -> [Stamp] {
        let site = try SiteFolder.opening(siteDirectory)
        let configuration = try SiteConfiguration.load(from: site)
        let (content, problems) = SiteContent.load(from: site, configuration: configuration,
                                                   includeDrafts: true)
        var filesByPath: [String: (file: ArticleFile, article: Article)] = [:]
        for article in content.articles {
            for file in article.files.values { filesByPath[canonical(file.path)] = (file, article) }
        }
        var errors: [Diagnostic] = []
        var plans: [(path: String, hash: String)] = []
        for path in paths {
            guard let (file, article) = filesByPath[canonical(path)] else {
                let own = problems.filter { $0.location.map { canonical($0.path) } == canonical(path) }
                guard own.isEmpty else {
                    errors += own
                    continue
                }
                errors.append(Diagnostic(at: SourceLocation(path: path), "not an article file of the site in \(siteDirectory)",
                                         hint: "name translations under content/, such as content/articles/name.ar.md"))
                continue
            }
            guard file.language != configuration.defaultLanguage else {
                errors.append(Diagnostic(at: SourceLocation(path: path), "this is the \(file.language) source, not a translation",
                                         hint: "stamp the translations made from it"))
                continue
            }
            guard let source = article[configuration.defaultLanguage] else {
                errors.append(Diagnostic(at: SourceLocation(path: path), "'\(article.key)' has no \(configuration.defaultLanguage) source to stamp against"))
                continue
            }
            plans.append((path, SourceHash.of(source)))
        }
        guard errors.isEmpty else { throw BuildFailure(errors) }
        var stamps: [Stamp] = []
        for (path, hash) in plans {
            do {
                let original = try Data(contentsOf: URL(fileURLWithPath: path))
                let stamped = stamping(Array(original), hash: hash)
                if stamped != Array(original) { try Data(stamped).write(to: URL(fileURLWithPath: path)) }
                stamps.append(Stamp(path: path, sourceHash: hash, changed: stamped != Array(original)))
            } catch {
                errors.append(Diagnostic(at: SourceLocation(path: path), "cannot write: \(error.localizedDescription)"))
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors) }
        return stamps
    }

    /// The file's bytes with `sourceHash: hash` in its front matter: the value of an existing
    /// top-level `sourceHash` line replaced, or a line added before the closing `---`, with the
    /// file's own line ending.
    static func stamping(_ bytes: [UInt8], hash: String) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        let crlf = lines.first?.last == UInt8(ascii: "\r")
        func text(_ line: [UInt8]) -> String {
            String(decoding: line, as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\r \t\u{FEFF}"))
        }
        guard let first = lines.first, text(first) == "---",
              let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(text(lines[$0])) })
        else { return bytes }
        let key = Array("sourceHash:".utf8)
        if let index = (1..<end).first(where: { lines[$0].starts(with: key) }) {
            lines[index] = key + Array(" \(hash)".utf8) + (crlf ? [UInt8(ascii: "\r")] : [])
        } else {
            lines.insert(Array("sourceHash: \(hash)\(crlf ? "\r" : "")".utf8), at: end)
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
