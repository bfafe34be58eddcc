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
    /// - Throws: one error per file that is no translation, has no source or cannot be stamped
    ///   (see `stamping`); then no file is written.
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
        return try write(plans)
    }

    /// Writes each plan's hash into its file, once every file is known to take it.
    ///
    /// - Parameter dryRun: work out every edit, and write none.
    /// - Throws: one error per file that cannot be read or stamped; then no file is written.
    static func write(_ plans: [(path: String, hash: String)], dryRun: Bool = false) throws(BuildFailure) -> [Stamp] {
        var errors: [Diagnostic] = []
        var edits: [(stamp: Stamp, bytes: [UInt8])] = []
        for (path, hash) in plans {
            do {
                let original = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                let stamped = try stamping(original, hash: hash, path: path)
                edits.append((Stamp(path: path, sourceHash: hash, changed: stamped != original), stamped))
            } catch let diagnostic as Diagnostic {
                errors.append(diagnostic)
            } catch {
                errors.append(Diagnostic(at: SourceLocation(path: path), "cannot read: \(error.localizedDescription)"))
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors) }
        for (stamp, bytes) in edits where stamp.changed && !dryRun {
            do { try Data(bytes).write(to: URL(fileURLWithPath: stamp.path)) } catch {
                errors.append(Diagnostic(at: SourceLocation(path: stamp.path), "cannot write: \(error.localizedDescription)"))
            }
        }
        guard errors.isEmpty else { throw BuildFailure(errors) }
        return edits.map(\.stamp)
    }

    /// The file's bytes with `sourceHash: hash` in its front matter, changing only the bytes of
    /// the top-level `sourceHash` value (in any YAML form: block or flow mapping, quoted or `?`
    /// key, plain, quoted or block scalar), or adding one line (one `, sourceHash: …` entry to a
    /// flow mapping) in the file's own line ending and indentation.
    ///
    /// - Throws: when the value cannot be changed alone (an alias, anchor, tag, list or mapping),
    ///   or when the result would not read as the same front matter with the new `sourceHash`.
    static func stamping(_ bytes: [UInt8], hash: String, path: String) throws(Diagnostic) -> [UInt8] {
        let file = SourceLocation(path: path)
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = try FrontMatter.split(text, path: path)
        if parts.format == .toml || parts.format == .json {
            return try stamping(bytes, format: parts.format, hash: hash, path: path)
        }
        let yaml = parts.yaml
        // The YAML starts on the line after the opening fence.
        guard let firstBreak = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return bytes }
        let yamlStart = firstBreak + 1
        let lineEnding = firstBreak > 0 && bytes[firstBreak - 1] == UInt8(ascii: "\r") ? "\r\n" : "\n"
        let scalars = Array(yaml.unicodeScalars)
        let place = try SourceHashPlace(in: yaml, path: path)

        let edited: String
        switch place {
        case let .value(range, style):
            let quoted = switch style {
            case .singleQuoted: "'\(hash)'"
            case .doubleQuoted: "\"\(hash)\""
            // An empty value starts right after its `:`.
            case .plain, .literal, .folded: range.isEmpty ? " " + hash : hash
            }
            // A block scalar (`|`, `>`) ends after its line breaks, which stay.
            var end = range.upperBound
            if style == .literal || style == .folded {
                while end > range.lowerBound, scalars[end - 1].properties.isWhitespace { end -= 1 }
            }
            edited = String(String.UnicodeScalarView(scalars[..<range.lowerBound])) + quoted
                + String(String.UnicodeScalarView(scalars[end...]))
        case let .flowEntry(before):
            // After `{` or a trailing `,` no comma is needed.
            let previous = scalars[..<before].last { !$0.properties.isWhitespace }
            let entry = (previous == "{" || previous == "," ? "" : ", ") + "sourceHash: \(hash)"
            edited = String(String.UnicodeScalarView(scalars[..<before])) + entry
                + String(String.UnicodeScalarView(scalars[before...]))
        case let .lastLine(indentation):
            let line = String(repeating: " ", count: indentation) + "sourceHash: \(hash)"
            edited = yaml.isEmpty ? line : yaml + lineEnding + line
        case let .firstLine(index, indentation):
            edited = String(String.UnicodeScalarView(scalars[..<index])) + "sourceHash: \(hash)" + lineEnding
                + String(repeating: " ", count: indentation) + String(String.UnicodeScalarView(scalars[index...]))
        }
        let result = Array(bytes[..<yamlStart]) + Array(edited.utf8)
            + Array(bytes[(yamlStart + yaml.utf8.count)...])
        guard (try? sameFrontMatter(result, as: bytes, plus: hash, path: path)) == true else {
            throw Diagnostic(at: file, "stamping would change more than the sourceHash of this front matter; the file was left as it is",
                             hint: "write `sourceHash: \(hash)` as a top-level line of the front matter")
        }
        return result
    }

    /// Whether `result` splits into the same body and a mapping with the same fields as
    /// `original`'s, but for a `sourceHash` of `hash`.
    private static func sameFrontMatter(_ result: [UInt8], as original: [UInt8], plus hash: String,
                                        path: String) throws -> Bool {
        func read(_ bytes: [UInt8]) throws -> (fields: [YAMLMapping.Field], body: String) {
            let parts = try FrontMatter.split(String(decoding: bytes, as: UTF8.self), path: path)
            return (try YAMLMapping(parsing: parts.yaml, path: path, firstLine: 2).fields, parts.body)
        }
        let before = try read(original), after = try read(result)
        guard after.body == before.body,
              after.fields.filter({ $0.key == "sourceHash" }).map({ try? $0.string() }) == [hash] else { return false }
        let others = { (fields: [YAMLMapping.Field]) in fields.filter { $0.key != "sourceHash" }.map { [$0.key: $0.node] } }
        return others(after.fields) == others(before.fields)
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
