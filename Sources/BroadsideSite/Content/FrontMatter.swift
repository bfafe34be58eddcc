import Foundation

/// An article file's YAML front matter, between `---` lines at its top.
///
/// Keys Broadside does not use (Hugo's `weight`, `author`, …) are ignored, so Hugo content builds as it is.
public struct FrontMatter: Sendable {
    public var title: String
    public var date: Date
    public var summary: String?
    public var tags: [String]
    public var draft: Bool
    /// This language's URL slug; the file's name when absent.
    public var slug: String?
    public var translationKey: String?
    /// The hash of the default-language source this translation was last brought up to date with.
    public var sourceHash: String?
    /// Where each key's value is, for reports.
    public var locations: [String: SourceLocation]

    /// Splits a file's text into front matter and body, scanning UTF-8 bytes line by line up
    /// to the closing fence (the body is not split: this runs over every file of a build).
    ///
    /// - Returns: the YAML text and the body, with the line the body starts on.
    static func split(_ text: String, path: String) throws(Diagnostic) -> (yaml: String, body: String, bodyLine: Int) {
        let utf8 = text.utf8
        var position = utf8.startIndex
        if text.hasPrefix("\u{FEFF}") { position = utf8.index(position, offsetBy: 3) }

        /// The line starting at `position` without its line ending, and where the next one starts.
        func line(at start: String.Index) -> (content: Substring.UTF8View, next: String.Index?) {
            guard start < utf8.endIndex else { return (text[start..<start].utf8, nil) }
            let end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let next = end < utf8.endIndex ? utf8.index(after: end) : nil
            return (text[start..<end].utf8, next)
        }
        func trimmed(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
            let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            guard let first = bytes.firstIndex(where: { !blank($0) }),
                  let last = bytes.lastIndex(where: { !blank($0) }) else { return bytes[bytes.endIndex...] }
            return bytes[first...last]
        }
        func isFence(_ bytes: Substring.UTF8View, _ fence: String) -> Bool {
            trimmed(bytes).elementsEqual(fence.utf8)
        }

        let first = line(at: position)
        guard isFence(first.content, "---"), var next = first.next else {
            let hint = first.content.starts(with: "+++".utf8)
                ? "TOML front matter (+++) is not supported: convert it to YAML between --- lines"
                : "start the file with a line `---`, then `title: …` and `date: …`, then `---`"
            throw Diagnostic(at: SourceLocation(path: path), isFence(first.content, "---") ? "front matter is not closed" : "missing front matter",
                             hint: hint)
        }
        let yamlStart = next
        var lineNumber = 2
        while true {
            let current = line(at: next)
            if isFence(current.content, "---") || isFence(current.content, "...") {
                var yaml = String(text[yamlStart..<current.content.startIndex])
                if yaml.last?.isNewline == true { yaml.removeLast() }
                let body = current.next.map { String(text[$0...]) } ?? ""
                return (yaml, body, lineNumber + 1)
            }
            guard let following = current.next else {
                throw Diagnostic(at: SourceLocation(path: path), "front matter is not closed",
                                 hint: "end the front matter with a line `---`")
            }
            next = following
            lineNumber += 1
        }
    }

    /// Reads front matter; every bad or missing field is one diagnostic.
    static func parse(_ yaml: String, path: String, timeZone: TimeZone) throws(BuildFailure) -> FrontMatter {
        let mapping: YAMLMapping
        do { mapping = try YAMLMapping(parsing: yaml, path: path, firstLine: 2) } catch { throw BuildFailure([error]) }
        var errors: [Diagnostic] = []
        func read<T>(_ key: String, _ body: (YAMLMapping.Field) throws(Diagnostic) -> T) -> T? {
            guard let field = mapping[key] else { return nil }
            do { return try body(field) } catch {
                errors.append(error)
                return nil
            }
        }
        func missing(_ key: String, example: String) -> Diagnostic {
            Diagnostic(at: mapping.location, "front matter lacks '\(key)'", hint: "add `\(key): \(example)`")
        }

        let title = read("title") { field throws(Diagnostic) in
            let title = try field.string()
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw Diagnostic(at: field.location, "'title' is empty")
            }
            return title
        }
        let date = read("date") { field throws(Diagnostic) in
            let text = try field.string()
            guard let date = Timestamp.parse(text, timeZone: timeZone) else {
                throw Diagnostic(at: field.location, "'\(text)' is not a valid date",
                                 hint: "write dates as 2026-05-01 or 2026-05-01T10:30:00+03:00")
            }
            guard Timestamp.supported.contains(date) else {
                throw Diagnostic(at: field.location, "'\(text)' is outside the years 1 to 9999 (in UTC) that dates may have")
            }
            return date
        }
        let slug = read("slug") { field throws(Diagnostic) in
            let slug = try field.string()
            try OutputPath.validateSegment(slug, at: field.location, what: "slug")
            return slug
        }
        let frontMatter = FrontMatter(
            title: title ?? "", date: date ?? Date(timeIntervalSince1970: 0),
            summary: read("summary") { field throws(Diagnostic) in try field.string() },
            tags: read("tags") { field throws(Diagnostic) in try field.strings() } ?? [],
            draft: read("draft") { field throws(Diagnostic) in try field.bool() } ?? false,
            slug: slug,
            translationKey: read("translationKey") { field throws(Diagnostic) in try field.string() },
            sourceHash: read("sourceHash") { field throws(Diagnostic) in try field.string() },
            locations: Dictionary(mapping.fields.map { ($0.key, $0.location) }, uniquingKeysWith: { first, _ in first }))
        if mapping["title"] == nil { errors.append(missing("title", example: "My article")) }
        if mapping["date"] == nil { errors.append(missing("date", example: "2026-05-01")) }
        guard errors.isEmpty else { throw BuildFailure(errors) }
        return frontMatter
    }
}
