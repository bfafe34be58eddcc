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
        /// What rendering the file told.
        var facts: TextFacts
    }

    /// Records by path relative to `content/`.
    var records: [String: Record] = [:]
    /// The configuration the records were read with; another one makes them all stale.
    var configurationHash: UInt64 = 0

    /// The build's cache file in the cache folder; `broadside check` keeps its own (``checkFileName``).
    static let fileName = "content"
    /// The check's, whose records have their ``TextFindings``.
    static let checkFileName = "check"
    private static let header = "broadside-content-cache 8"

    func record(for relativePath: String, status: FileStatus) -> Record? {
        guard let record = records[relativePath], record.status == status else { return nil }
        return record
    }

    /// This cache with a record of each of `files` in place of its own, and whether that changes
    /// it (so that it must be saved). A file with a `cascade` has none: it is read again each
    /// time, so the pages below it always see it.
    ///
    /// - Parameters:
    ///   - fileStatus: each file's status now, by path relative to `content/`.
    ///   - file: the article file of an element of `files`.
    ///   - facts: what rendering it told; `nil` leaves the file out.
    func replacingRecords<File>(with files: some Sequence<File>, fileStatus: [String: FileStatus],
                                file: (File) -> ArticleFile, facts: (File) -> TextFacts?) -> (cache: ContentCache, changed: Bool) {
        var updated = ContentCache(configurationHash: configurationHash)
        updated.records.reserveCapacity(fileStatus.count)
        var changed = false
        for element in files {
            let articleFile = file(element)
            let path = articleFile.relativePath
            guard articleFile.frontMatter.cascade.isEmpty, let facts = facts(element), let status = fileStatus[path] else { continue }
            let record = Record(status: status, file: articleFile, facts: facts)
            if !changed, let old = records[path] {
                changed = old.status != status || old.facts != facts || old.file != articleFile
            } else {
                changed = true
            }
            updated.records[path] = record
        }
        return (updated, changed || updated.records.count != records.count)
    }

    // MARK: - Reading and writing

    /// The columns; each is named in the cache by its case's name.
    private enum Column: Int, CaseIterable {
        case path, size, modified, changed, inode, contentHash, section, name, language, title, date, summary, draft,
             slug, translationKey, sourceHash, bodyLine, pageSummary, readingMinutes, bundleFolder, tags, locations,
             titleSource, weight, publishDate, expiryDate, url, aliases, bodyHash, build, hasReferences, translate, event,
             findings

        var name: String { String(describing: self) }

        /// The column's value for `record`, escaped.
        func value(of record: Record) -> String {
            let file = record.file, matter = record.file.frontMatter
            switch self {
            case .tags: return matter.tags.map(escape).joined(separator: "\u{1E}")
            case .aliases: return matter.aliases.map(escape).joined(separator: "\u{1E}")
            case .event:
                guard let event = matter.event else { return "" }
                return [bits(of: event.start), bits(of: event.end), event.timeZone.identifier, event.online ?? "",
                        event.location ?? ""].map(escape).joined(separator: "\u{1E}")
            case .findings:
                // Its source hash ("-" for a translation's), then the script found and the one expected, if any.
                guard let findings = file.findings else { return "" }
                let script = findings.foreignScript
                return [findings.sourceHash ?? "-", script?.found ?? "", script?.expected ?? ""].map(escape).joined(separator: "\u{1E}")
            case .locations:
                return matter.locations.keys.compactMap { key in
                    matter.locations[key].map { escape(key) + "=\($0.line ?? 1):\($0.column ?? 1)" }
                }.joined(separator: "\u{1E}")
            default: break
            }
            let text = switch self {
            case .path: file.relativePath
            case .size: String(record.status.size)
            case .modified: String(record.status.modified)
            case .changed: String(record.status.changed)
            case .inode: String(record.status.inode)
            case .contentHash: String(file.contentHash)
            case .bodyHash: String(file.bodyHash)
            case .hasReferences: record.facts.hasReferences ? "1" : "0"
            case .translate: matter.translate ? "1" : "0"
            case .build: [matter.build.render, matter.build.list].map { $0.map { $0 ? "1" : "0" } ?? "-" }.joined()
            case .section: file.section
            case .name: file.name
            case .language: file.language.identifier
            case .title: matter.title
            case .date: bits(of: matter.date)
            case .publishDate: bits(of: matter.publishDate)
            case .expiryDate: bits(of: matter.expiryDate)
            case .titleSource: matter.titleSource.rawValue
            case .weight: matter.weight.map(String.init) ?? ""
            case .url: matter.url ?? ""
            case .summary: matter.summary ?? ""
            case .draft: matter.draft ? "1" : "0"
            case .slug: matter.slug ?? ""
            case .translationKey: matter.translationKey ?? ""
            case .sourceHash: matter.sourceHash ?? ""
            case .bodyLine: String(file.bodyLine)
            case .pageSummary: record.facts.summary
            case .readingMinutes: String(record.facts.readingMinutes)
            case .bundleFolder: file.bundleFolder ?? ""
            case .tags, .locations, .aliases, .event, .findings: ""
            }
            return escape(text)
        }

        /// A date as its exact bits, empty for none.
        private func bits(of date: Date?) -> String {
            date.map { String($0.timeIntervalSince1970.bitPattern) } ?? ""
        }
    }

    /// The cache in `folder`, or an empty one when it is missing, of another version or damaged.
    ///
    /// - Parameters:
    ///   - name: the cache's file in `folder` (``fileName``, ``checkFileName``).
    ///   - root: the content folder as messages name it, the start of each file's path.
    ///   - languages: the site's languages; a record in another is a damaged cache.
    static func load(from folder: String, named name: String = fileName, configurationHash: UInt64, root: String,
                     languages: [LanguageTag]) -> ContentCache {
        let empty = ContentCache(configurationHash: configurationHash)
        guard let data = FileManager.default.contents(atPath: folder.appendingPath(name)) else { return empty }
        let lines = data.lines
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

    /// Writes the cache a few thousand rows at a time, in place of the last one once complete.
    ///
    /// - Parameter name: its file in `folder`.
    func save(to folder: String, named name: String = fileName) throws {
        let keys = records.keys.sorted()
        try FileWriter.replace(folder.appendingPath(name)) { write in
            write("\(Self.header) \(configurationHash)\n" + Column.allCases.map(\.name).joined(separator: "\u{1F}") + "\n")
            for start in stride(from: 0, to: keys.count, by: 4096) {
                write(keys[start..<min(keys.count, start + 4096)].map { records[$0]! }.concurrentMap { record in
                    Column.allCases.map { $0.value(of: record) }.joined(separator: "\u{1F}") + "\n"
                }.joined())
            }
        }
    }

    /// Where each column is in a cache's rows.
    private struct Columns {
        /// The position of each ``Column``, by its raw value.
        let positions: [Int]
        let count: Int

        /// `nil` when a column the cache needs is missing.
        init?(_ names: [String]) {
            let index = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            positions = Column.allCases.compactMap { index[$0.name] }
            count = names.count
            guard positions.count == Column.allCases.count else { return nil }
        }

        func record(_ line: String, root: String, tags: [String: LanguageTag]) -> Record? {
            let raw = line.utf8.split(separator: 0x1F, omittingEmptySubsequences: false).map { Substring($0) }
            guard raw.count == count else { return nil }
            func text(_ column: Column) -> String { ContentCache.unescape(raw[positions[column.rawValue]]) }
            func optional(_ column: Column) -> String? { let value = text(column); return value.isEmpty ? nil : value }
            /// A date column: `.some(nil)` when empty, `nil` when damaged.
            func dateValue(_ column: Column) -> Date?? {
                guard let bits = optional(column) else { return .some(nil) }
                return UInt64(bits).map { Date(timeIntervalSince1970: Double(bitPattern: $0)) }
            }
            func list(_ column: Column) -> [Substring] {
                let value = raw[positions[column.rawValue]]
                return value.isEmpty ? [] : value.utf8.split(separator: 0x1E, omittingEmptySubsequences: false).map { Substring($0) }
            }
            guard let size = Int64(text(.size)), let modified = Int64(text(.modified)),
                  let changed = Int64(text(.changed)), let inode = UInt64(text(.inode)),
                  let contentHash = UInt64(text(.contentHash)), let bodyHash = UInt64(text(.bodyHash)),
                  let language = tags[text(.language)],
                  let date = dateValue(.date), let publishDate = dateValue(.publishDate),
                  let expiryDate = dateValue(.expiryDate),
                  let titleSource = FrontMatter.TitleSource(rawValue: text(.titleSource)),
                  let weight = optional(.weight).map(Int.init) ?? .some(nil),
                  let bodyLine = Int(text(.bodyLine)), let minutes = Int(text(.readingMinutes)) else { return nil }
            let options = Array(text(.build).utf8).map { [UInt8(ascii: "1"): true, UInt8(ascii: "0"): false][$0] }
            guard options.count == 2 else { return nil }
            let build = PageBuildOptions(render: options[0], list: options[1])
            let path = text(.path)
            let filePath = root.appendingPath(path)
            var event: Event?
            let eventValues = list(.event).map(ContentCache.unescape)
            if !eventValues.isEmpty {
                guard eventValues.count == 5, let start = UInt64(eventValues[0]).map({ Date(timeIntervalSince1970: Double(bitPattern: $0)) }),
                      let zone = TimeZoneRules(identifier: eventValues[2]) else { return nil }
                let end = UInt64(eventValues[1]).map { Date(timeIntervalSince1970: Double(bitPattern: $0)) }
                event = Event(start: start, end: end, timeZone: zone, online: eventValues[3].isEmpty ? nil : eventValues[3],
                              location: eventValues[4].isEmpty ? nil : eventValues[4])
            }
            var locations: [(key: String, location: SourceLocation)] = []
            for entry in list(.locations) {
                // Bytes, not Characters: a grapheme-aware search is slow.
                guard let equals = entry.utf8.lastIndex(of: UInt8(ascii: "=")),
                      let colon = entry.utf8[equals...].lastIndex(of: UInt8(ascii: ":")),
                      let line = Int(entry[entry.index(after: equals)..<colon]),
                      let column = Int(entry[entry.index(after: colon)...]) else { return nil }
                locations.append((ContentCache.unescape(entry[..<equals]), SourceLocation(path: filePath, line: line, column: column)))
            }
            let frontMatter = FrontMatter(
                title: text(.title), titleSource: titleSource, date: date, summary: optional(.summary),
                tags: list(.tags).map(ContentCache.unescape), draft: text(.draft) == "1", slug: optional(.slug),
                translationKey: optional(.translationKey), sourceHash: optional(.sourceHash), weight: weight,
                publishDate: publishDate, expiryDate: expiryDate, url: optional(.url),
                aliases: list(.aliases).map(ContentCache.unescape), translate: text(.translate) != "0", build: build, event: event,
                locations: FieldLocations(path: filePath, locations))
            var file = ArticleFile(path: filePath, relativePath: path, section: text(.section), name: text(.name),
                                   language: language, frontMatter: frontMatter, body: "", bodyLine: bodyLine,
                                   contentHash: contentHash, bodyHash: bodyHash, bundleFolder: optional(.bundleFolder))
            let findings = list(.findings).map(ContentCache.unescape)
            if !findings.isEmpty {
                guard findings.count == 3 else { return nil }
                let script = findings[1].isEmpty ? nil : CoverageChecker.ForeignScript(found: findings[1], expected: findings[2])
                file.findings = TextFindings(sourceHash: findings[0] == "-" ? nil : findings[0], foreignScript: script)
            }
            return Record(status: FileStatus(size: size, modified: modified, changed: changed, inode: inode), file: file,
                          facts: TextFacts(summary: text(.pageSummary), readingMinutes: minutes, hasReferences: text(.hasReferences) == "1"))
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
