import BroadsideLocale
import Foundation

/// What the previous build learnt from each content file, so an unchanged file (same size and
/// modification time) is neither parsed nor rendered again.
///
/// A cached file's `body` is empty: its HTML is rendered from the file only when a page needs it.
struct ContentCache: Sendable {
    struct Record: Sendable {
        var size: Int64
        var modified: Int64
        var file: ArticleFile
        var summary: String
        var readingMinutes: Int
    }

    /// Records by path relative to `content/`.
    var records: [String: Record] = [:]
    /// The configuration the records were read with; another one makes them all stale.
    var configurationHash: UInt64 = 0

    static let fileName = "content"
    private static let header = "broadside-content-cache 2"

    func record(for relativePath: String, size: Int64, modified: Int64) -> Record? {
        guard let record = records[relativePath], record.size == size, record.modified == modified else { return nil }
        return record
    }

    // MARK: - Reading and writing

    /// The cache in `folder`, or an empty one when it is missing, of another version or damaged.
    ///
    /// - Parameter languages: the site's languages; a record in another is a damaged cache.
    static func load(from folder: String, configurationHash: UInt64, root: String,
                     languages: [LanguageTag]) -> ContentCache {
        let empty = ContentCache(configurationHash: configurationHash)
        guard let data = FileManager.default.contents(atPath: folder.appendingPath(fileName)) else { return empty }
        // Bytes, not Characters: splitting 10,000 lines by grapheme is slow.
        let lines = data.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        guard lines.first == "\(header) \(configurationHash)" else { return empty }
        let tags = Dictionary(uniqueKeysWithValues: languages.map { ($0.identifier, $0) })
        let records = Array(lines.dropFirst()).concurrentMap { decode($0, root: root, tags: tags) }
        var cache = empty
        for record in records {
            guard let (path, record) = record else { return empty }
            cache.records[path] = record
        }
        return cache
    }

    /// One line of the cache: its path and record.
    private static func decode(_ line: String, root: String, tags: [String: LanguageTag]) -> (String, Record)? {
        let raw = line.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { Substring($0) }
        let fields = raw.map(unescape)
        guard fields.count == 19, let size = Int64(fields[1]), let modified = Int64(fields[2]),
              let contentHash = UInt64(fields[3]), let language = tags[fields[6]],
              let date = UInt64(fields[8]).map({ Date(timeIntervalSince1970: Double(bitPattern: $0)) }),
              let bodyLine = Int(fields[15]), let minutes = Int(fields[17]) else { return nil }
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        let frontMatter = FrontMatter(
            title: fields[7], date: date, summary: optional(fields[9]),
            tags: raw[10].isEmpty ? [] : raw[10].utf8.split(separator: 0x1E, omittingEmptySubsequences: false)
                .map { unescape(Substring($0)) },
            draft: fields[11] == "1", slug: optional(fields[12]), translationKey: optional(fields[13]),
            sourceHash: optional(fields[14]), locations: [:])
        let file = ArticleFile(path: root.appendingPath(fields[0]), relativePath: fields[0], section: fields[4],
                               name: fields[5], language: language, frontMatter: frontMatter, body: "",
                               bodyLine: bodyLine, contentHash: contentHash, bundleFolder: optional(fields[18]))
        return (fields[0], Record(size: size, modified: modified, file: file, summary: fields[16], readingMinutes: minutes))
    }

    func save(to folder: String) throws {
        var text = "\(Self.header) \(configurationHash)\n"
        for (path, record) in records.sorted(by: { $0.key < $1.key }) {
            let file = record.file
            let matter = file.frontMatter
            var fields = [
                path, String(record.size), String(record.modified), String(file.contentHash), file.section, file.name,
                file.language.identifier, matter.title, String(matter.date.timeIntervalSince1970.bitPattern),
                matter.summary ?? "", matter.draft ? "1" : "0", matter.slug ?? "",
                matter.translationKey ?? "", matter.sourceHash ?? "", String(file.bodyLine), record.summary,
                String(record.readingMinutes), file.bundleFolder ?? "",
            ].map(Self.escape)
            // Field 10, the tags: each escaped, then joined by a separator that escaping never leaves.
            fields.insert(matter.tags.map(Self.escape).joined(separator: "\u{1E}"), at: 10)
            text += fields.joined(separator: "\u{1F}") + "\n"
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder.appendingPath(Self.fileName)), options: .atomic)
    }

    private static func escape(_ field: String) -> String {
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

    private static func unescape(_ field: Substring) -> String {
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
