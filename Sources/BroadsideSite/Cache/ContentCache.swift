import BroadsideLocale
import Foundation

/// What the previous build learnt from each content file, so an unchanged file (see
/// ``FileStatus``) is neither parsed nor rendered again.
///
/// A cached file's `body` is empty: its HTML is rendered from the file only when a page needs it.
/// The cache is one line a file, its values separated by U+001F, under a line that names the
/// columns: values are read by their column's name, never by position. A cache of another
/// version, written with another configuration, or lacking a column, is ignored.
struct ContentCache: Sendable {
    struct Record: Sendable {
        var status: FileStatus
        var file: ArticleFile
        var summary: String
        var readingMinutes: Int
    }

    /// Records by path relative to `content/`.
    var records: [String: Record] = [:]
    /// The configuration the records were read with; another one makes them all stale.
    var configurationHash: UInt64 = 0

    static let fileName = "content"
    private static let header = "broadside-content-cache 4"

    func record(for relativePath: String, status: FileStatus) -> Record? {
        guard let record = records[relativePath], record.status == status else { return nil }
        return record
    }

    // MARK: - Reading and writing

    /// The columns, by name, with how each value is written.
    private static let columns: [(name: String, value: @Sendable (Record) -> String)] = [
        ("path", { $0.file.relativePath }), ("size", { String($0.status.size) }),
        ("modified", { String($0.status.modified) }), ("changed", { String($0.status.changed) }),
        ("inode", { String($0.status.inode) }), ("contentHash", { String($0.file.contentHash) }),
        ("section", { $0.file.section }), ("name", { $0.file.name }), ("language", { $0.file.language.identifier }),
        ("title", { $0.file.frontMatter.title }),
        ("date", { String($0.file.frontMatter.date.timeIntervalSince1970.bitPattern) }),
        ("summary", { $0.file.frontMatter.summary ?? "" }), ("draft", { $0.file.frontMatter.draft ? "1" : "0" }),
        ("slug", { $0.file.frontMatter.slug ?? "" }), ("translationKey", { $0.file.frontMatter.translationKey ?? "" }),
        ("sourceHash", { $0.file.frontMatter.sourceHash ?? "" }), ("bodyLine", { String($0.file.bodyLine) }),
        ("pageSummary", { $0.summary }), ("readingMinutes", { String($0.readingMinutes) }),
        ("bundleFolder", { $0.file.bundleFolder ?? "" }),
        ("tags", { $0.file.frontMatter.tags.map(escape).joined(separator: "\u{1E}") }),
        ("locations", { record in
            record.file.frontMatter.locations.sorted { $0.key < $1.key }.compactMap { key, location in
                location.line.map { escape(key) + "=\($0):\(location.column ?? 1)" }
            }.joined(separator: "\u{1E}")
        }),
    ]

    /// The cache in `folder`, or an empty one when it is missing, of another version or damaged.
    ///
    /// - Parameters:
    ///   - root: the content folder as messages name it, the start of each file's path.
    ///   - languages: the site's languages; a record in another is a damaged cache.
    static func load(from folder: String, configurationHash: UInt64, root: String,
                     languages: [LanguageTag]) -> ContentCache {
        let empty = ContentCache(configurationHash: configurationHash)
        guard let data = FileManager.default.contents(atPath: folder.appendingPath(fileName)) else { return empty }
        // Bytes, not Characters: splitting 10,000 lines by grapheme is slow.
        let lines = data.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        guard lines.count >= 2, lines[0] == "\(header) \(configurationHash)" else { return empty }
        let names = lines[1].split(separator: "\u{1F}").map(String.init)
        guard let columns = Columns(names) else { return empty }
        let tags = Dictionary(uniqueKeysWithValues: languages.map { ($0.identifier, $0) })
        let records = Array(lines.dropFirst(2)).concurrentMap { columns.record($0, root: root, tags: tags) }
        var cache = empty
        for record in records {
            guard let record else { return empty }
            cache.records[record.file.relativePath] = record
        }
        return cache
    }

    func save(to folder: String) throws {
        var text = "\(Self.header) \(configurationHash)\n" + Self.columns.map(\.name).joined(separator: "\u{1F}") + "\n"
        for (_, record) in records.sorted(by: { $0.key < $1.key }) {
            text += Self.columns.map { name, value in name == "tags" || name == "locations" ? value(record) : Self.escape(value(record)) }
                .joined(separator: "\u{1F}") + "\n"
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.appendingPath(Self.fileName)), options: .atomic)
    }

    /// Where each named column is in a cache's rows.
    private struct Columns {
        let index: [String: Int]
        let count: Int

        /// `nil` when a column the cache needs is missing.
        init?(_ names: [String]) {
            index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            count = names.count
            guard ContentCache.columns.allSatisfy({ index[$0.name] != nil }) else { return nil }
        }

        func record(_ line: String, root: String, tags: [String: LanguageTag]) -> Record? {
            let raw = line.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { Substring($0) }
            guard raw.count == count else { return nil }
            func text(_ name: String) -> String { ContentCache.unescape(raw[index[name]!]) }
            func optional(_ name: String) -> String? { let value = text(name); return value.isEmpty ? nil : value }
            func list(_ name: String) -> [Substring] {
                let value = raw[index[name]!]
                return value.isEmpty ? [] : value.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).map { Substring($0) }
            }
            guard let size = Int64(text("size")), let modified = Int64(text("modified")),
                  let changed = Int64(text("changed")), let inode = UInt64(text("inode")),
                  let contentHash = UInt64(text("contentHash")), let language = tags[text("language")],
                  let date = UInt64(text("date")).map({ Date(timeIntervalSince1970: Double(bitPattern: $0)) }),
                  let bodyLine = Int(text("bodyLine")), let minutes = Int(text("readingMinutes")) else { return nil }
            let path = text("path")
            let filePath = root.appendingPath(path)
            var locations: [String: SourceLocation] = [:]
            for entry in list("locations") {
                guard let equals = entry.lastIndex(of: "="),
                      let colon = entry[equals...].lastIndex(of: ":"),
                      let line = Int(entry[entry.index(after: equals)..<colon]),
                      let column = Int(entry[entry.index(after: colon)...]) else { return nil }
                locations[ContentCache.unescape(entry[..<equals])] = SourceLocation(path: filePath, line: line, column: column)
            }
            let frontMatter = FrontMatter(
                title: text("title"), date: date, summary: optional("summary"), tags: list("tags").map(ContentCache.unescape),
                draft: text("draft") == "1", slug: optional("slug"), translationKey: optional("translationKey"),
                sourceHash: optional("sourceHash"), locations: locations)
            let file = ArticleFile(path: filePath, relativePath: path, section: text("section"), name: text("name"),
                                   language: language, frontMatter: frontMatter, body: "", bodyLine: bodyLine,
                                   contentHash: contentHash, bundleFolder: optional("bundleFolder"))
            return Record(status: FileStatus(size: size, modified: modified, changed: changed, inode: inode), file: file,
                          summary: text("pageSummary"), readingMinutes: minutes)
        }
    }

    fileprivate static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { [0x5C, 0x0A, 0x0D, 0x1F, 0x1E].contains($0) }) else { return field }
        var escaped = String.UnicodeScalarView()
        for scalar in field.unicodeScalars {
            switch scalar {
            case "\\": escaped.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": escaped.append(contentsOf: "\\n".unicodeScalars)
            case "\r": escaped.append(contentsOf: "\\r".unicodeScalars)
            case "\u{1F}": escaped.append(contentsOf: "\\u".unicodeScalars)
            case "\u{1E}": escaped.append(contentsOf: "\\t".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    fileprivate static func unescape(_ field: Substring) -> String {
        guard field.utf8.contains(0x5C) else { return String(field) }
        var result = String.UnicodeScalarView()
        var escaping = false
        for character in field.unicodeScalars {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "r": result.append("\r")
                case "u": result.append("\u{1F}")
                case "t": result.append("\u{1E}")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return String(result)
    }
}
