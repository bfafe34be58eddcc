import BroadsideLocale
import Foundation

/// What the previous build learnt from each content file, so an unchanged file (see
/// ``FileStatus``) is neither parsed nor rendered again.
///
/// A cached file's `body` is empty: its HTML is rendered from the file only when a page needs it.
/// The cache is a JSON file with a named field for each value; one of another version, or one
/// written with another configuration, is ignored.
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

    static let fileName = "content.json"
    private static let version = 3

    func record(for relativePath: String, status: FileStatus) -> Record? {
        guard let record = records[relativePath], record.status == status else { return nil }
        return record
    }

    // MARK: - Reading and writing

    /// The cache in `folder`, or an empty one when it is missing, of another version or damaged.
    ///
    /// - Parameters:
    ///   - root: the content folder as messages name it, the start of each file's path.
    ///   - languages: the site's languages; a record in another is a damaged cache.
    static func load(from folder: String, configurationHash: UInt64, root: String,
                     languages: [LanguageTag]) -> ContentCache {
        let empty = ContentCache(configurationHash: configurationHash)
        guard let data = FileManager.default.contents(atPath: folder.appendingPath(fileName)),
              let stored = try? JSONDecoder().decode(Stored.self, from: data),
              stored.version == version, stored.configuration == configurationHash else { return empty }
        let tags = Dictionary(uniqueKeysWithValues: languages.map { ($0.identifier, $0) })
        var cache = empty
        for entry in stored.files {
            guard let record = entry.record(root: root, tags: tags) else { return empty }
            cache.records[entry.path] = record
        }
        return cache
    }

    func save(to folder: String) throws {
        let stored = Stored(version: Self.version, configuration: configurationHash,
                            files: records.sorted { $0.key < $1.key }.map { StoredFile($0.value) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try encoder.encode(stored).write(to: URL(fileURLWithPath: folder.appendingPath(Self.fileName)), options: .atomic)
    }

    /// The file's layout.
    private struct Stored: Codable {
        var version: Int
        var configuration: UInt64
        var files: [StoredFile]
    }

    /// One record, each value named.
    private struct StoredFile: Codable {
        var path, section, name, language, title: String
        var size, modified, changed: Int64
        var inode, contentHash: UInt64
        var date: Double
        var summary, slug, translationKey, sourceHash, bundleFolder: String?
        var tags: [String]
        var draft: Bool
        var bodyLine: Int
        var pageSummary: String
        var readingMinutes: Int
        /// Each front-matter key's line and column, so a rebuild's messages point where a build's do.
        var locations: [String: [Int]]

        init(_ record: Record) {
            let file = record.file
            let matter = file.frontMatter
            path = file.relativePath
            section = file.section
            name = file.name
            language = file.language.identifier
            title = matter.title
            size = record.status.size
            modified = record.status.modified
            changed = record.status.changed
            inode = record.status.inode
            contentHash = file.contentHash
            date = matter.date.timeIntervalSince1970
            summary = matter.summary
            slug = matter.slug
            translationKey = matter.translationKey
            sourceHash = matter.sourceHash
            bundleFolder = file.bundleFolder
            tags = matter.tags
            draft = matter.draft
            bodyLine = file.bodyLine
            pageSummary = record.summary
            readingMinutes = record.readingMinutes
            locations = matter.locations.compactMapValues { location in
                location.line.map { [$0, location.column ?? 1] }
            }
        }

        func record(root: String, tags languageTags: [String: LanguageTag]) -> Record? {
            guard let tag = languageTags[language] else { return nil }
            let filePath = root.appendingPath(path)
            let frontMatter = FrontMatter(
                title: title, date: Date(timeIntervalSince1970: date), summary: summary, tags: tags, draft: draft,
                slug: slug, translationKey: translationKey, sourceHash: sourceHash,
                locations: locations.compactMapValues { place in
                    place.count == 2 ? SourceLocation(path: filePath, line: place[0], column: place[1]) : nil
                })
            let file = ArticleFile(path: filePath, relativePath: path, section: section, name: name,
                                   language: tag, frontMatter: frontMatter, body: "", bodyLine: bodyLine,
                                   contentHash: contentHash, bundleFolder: bundleFolder)
            return Record(status: FileStatus(size: size, modified: modified, changed: changed, inode: inode), file: file,
                          summary: pageSummary, readingMinutes: readingMinutes)
        }
    }
}
