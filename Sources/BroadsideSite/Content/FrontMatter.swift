import Foundation

/// An article file's front matter: YAML between `---` lines, TOML between `+++` lines, or a JSON
/// object (`{ … }`) at the top of the file, as Hugo reads them; a file without any is all body.
///
/// Every language gives the same keys the same checks. Keys Broadside does not use (`author`, …)
/// are ignored, so Hugo content builds as it is.
public struct FrontMatter: Sendable, Equatable {
    /// Where a page's title comes from.
    public enum TitleSource: String, Sendable {
        /// Front matter `title`.
        case frontMatter
        /// The body's first heading, for a page without `title` (with a warning).
        case heading
        /// The file's name, for a page with neither (with a warning).
        case fileName
        /// A section page's (`_index.md`) folder name, or the site's title for the home page's.
        case section
    }

    /// The front matter's language.
    enum Format: String, Sendable {
        case yaml, toml, json
        /// No front matter: the whole file is body.
        case none
    }

    /// A file split into its front matter and its body.
    struct Parts {
        var format: Format
        /// The front matter's own text: inside the fences, or the whole JSON object.
        var text: String
        /// The file line `text` starts on.
        var firstLine: Int
        var body: String
        /// The file line the body starts on.
        var bodyLine: Int

        /// The YAML text; empty for TOML and JSON front matter and for none, which `broadside stamp` does not change.
        var yaml: String { format == .yaml ? text : "" }
    }

    public var title: String
    public var titleSource: TitleSource = .frontMatter
    /// `nil` for a page without a date (docs, about): it is in no feed and no date-sorted list.
    public var date: Date?
    public var summary: String?
    public var tags: [String]
    public var draft: Bool
    /// This language's URL slug; the file's name when absent.
    public var slug: String?
    public var translationKey: String?
    /// The hash of the default-language source this translation was last brought up to date with.
    public var sourceHash: String?
    /// Orders pages without a date (lower first, then by title); Hugo's `weight`.
    public var weight: Int?
    /// Not published before this time (SOURCE_DATE_EPOCH, when set, is "now").
    public var publishDate: Date?
    /// Not published after this time.
    public var expiryDate: Date?
    /// The page's whole path, instead of `<lang>/<section>/<slug>`: `/about/us` from the site's
    /// root, `about/us` from the language's folder (as Hugo reads a relative `url`).
    public var url: String?
    /// Paths that redirect to the page, read as `url` is (`/old/address`, `old/address`).
    public var aliases: [String] = []
    /// `translate: false`: the page is not expected in the other languages (``TranslationScope``).
    public var translate = true
    /// Hugo's `build` options (and `headless`) as the file writes them.
    public var build = PageBuildOptions()
    /// The `cascade` of a section's `_index` file, for the pages below it.
    public var cascade: [Cascade] = []
    /// Front matter `event`: the page is an event's.
    public var event: Event?
    /// Where each key's value is, for reports.
    public var locations: FieldLocations

    /// The most `aliases` one page may have.
    static let maximumAliases = 100

    /// Whether the page is published at `now`: after its `publishDate` and before its `expiryDate`.
    func isPublished(at now: Date) -> Bool {
        (publishDate.map { $0 <= now } ?? true) && (expiryDate.map { $0 > now } ?? true)
    }

    /// Splits a file's text into front matter and body; the body of an `.html` file is given as
    /// the Markdown that renders as that HTML (``HTMLBody``).
    static func split(_ text: String, path: String) throws(Diagnostic) -> Parts {
        var parts = try splitText(text, path: path)
        if ContentFileName.Format(path: path) == .html {
            let (source, addedLines) = HTMLBody.markdownSource(parts.body)
            parts.body = source
            parts.bodyLine -= addedLines
        }
        return parts
    }

    /// Scans UTF-8 bytes line by line up to the closing fence (the body is not split: this runs
    /// over every file of a build).
    private static func splitText(_ text: String, path: String) throws(Diagnostic) -> Parts {
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

        if position < utf8.endIndex, utf8[position] == UInt8(ascii: "{") {
            let bytes = Array(utf8)
            let start = utf8.distance(from: utf8.startIndex, to: position)
            let object = try JSONFrontMatter(parsing: bytes, from: start, path: path, firstLine: 1)
            var bodyStart = object.end
            var bodyLine = object.endLine
            // The rest of the closing line, if blank, belongs to the front matter.
            var lineEnd = bodyStart
            while lineEnd < bytes.count, bytes[lineEnd] == 0x20 || bytes[lineEnd] == 0x09 || bytes[lineEnd] == 0x0D { lineEnd += 1 }
            if lineEnd < bytes.count, bytes[lineEnd] == 0x0A { (bodyStart, bodyLine) = (lineEnd + 1, bodyLine + 1) }
            return Parts(format: .json, text: String(decoding: bytes[start..<object.end], as: UTF8.self), firstLine: 1,
                         body: String(decoding: bytes[bodyStart...], as: UTF8.self), bodyLine: bodyLine)
        }

        let first = line(at: position)
        let format: Format
        let closings: [String]
        if isFence(first.content, "---") {
            (format, closings) = (.yaml, ["---", "..."])
        } else if isFence(first.content, "+++") {
            (format, closings) = (.toml, ["+++"])
        } else {
            return Parts(format: .none, text: "", firstLine: 1, body: String(text[position...]), bodyLine: 1)
        }
        let fence = closings[0]
        guard var next = first.next else {
            throw Diagnostic(at: SourceLocation(path: path), "front matter is not closed",
                             hint: "end the front matter with a line `\(fence)`")
        }
        let start = next
        var lineNumber = 2
        while true {
            let current = line(at: next)
            if closings.contains(where: { isFence(current.content, $0) }) {
                var inner = String(text[start..<current.content.startIndex])
                if inner.last?.isNewline == true { inner.removeLast() }
                let body = current.next.map { String(text[$0...]) } ?? ""
                return Parts(format: format, text: inner, firstLine: 2, body: body, bodyLine: lineNumber + 1)
            }
            guard let following = current.next else {
                throw Diagnostic(at: SourceLocation(path: path), "front matter is not closed",
                                 hint: "end the front matter with a line `\(fence)`")
            }
            next = following
            lineNumber += 1
        }
    }

    /// Reads YAML front matter: the text between the fences, which starts on the file's line 2.
    static func parse(_ yaml: String, path: String, timeZone: TimeZone) throws(BuildFailure) -> FrontMatter {
        try parse(Parts(format: .yaml, text: yaml, firstLine: 2, body: "", bodyLine: 0), path: path, timeZone: timeZone)
    }

    /// The top-level fields of the front matter, whatever its format.
    static func fields(of parts: Parts, path: String) throws(Diagnostic) -> [FrontMatterField] {
        switch parts.format {
        case .yaml:
            try YAMLMapping(parsing: parts.text, path: path, firstLine: parts.firstLine).fields.map(FrontMatterField.init)
        case .toml:
            try TOMLFrontMatter.fields(parsing: parts.text, path: path, firstLine: parts.firstLine)
        case .json:
            try JSONFrontMatter(parsing: Array(parts.text.utf8), from: 0, path: path, firstLine: parts.firstLine).fields
        case .none:
            []
        }
    }

    /// Reads front matter; every bad field is one diagnostic. A missing `title` is left empty
    /// (``titleSource`` says so) for the file's reader to fill in.
    static func parse(_ parts: Parts, path: String, timeZone: TimeZone) throws(BuildFailure) -> FrontMatter {
        let fields: [FrontMatterField]
        do throws(Diagnostic) { fields = try Self.fields(of: parts, path: path) } catch { throw BuildFailure([error]) }
        let byKey = Dictionary(fields.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var errors: [Diagnostic] = []
        func read<T>(_ key: String, _ body: (FrontMatterField) throws(Diagnostic) -> T) -> T? {
            guard let field = byKey[key] else { return nil }
            do { return try body(field) } catch {
                errors.append(error)
                return nil
            }
        }
        func date(_ key: String) -> Date? {
            read(key) { field throws(Diagnostic) in
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
        }
        /// A path, each folder a valid one, without a trailing slash: `/x/y` from the site's root, `x/y` from the language's.
        func sitePath(_ text: String, at location: SourceLocation, what: String) throws(Diagnostic) -> String {
            let segments = text.split(separator: "/").map(String.init)
            for segment in segments { try OutputPath.validateSegment(segment, at: location, what: what) }
            return (text.hasPrefix("/") ? "/" : "") + segments.joined(separator: "/")
        }

        let title = read("title") { field throws(Diagnostic) in
            let title = try field.string()
            guard !title.trimmingSpaces.isEmpty else {
                throw Diagnostic(at: field.location, "'title' is empty", hint: "give the page a title, or leave the key out")
            }
            return title
        }
        let slug = read("slug") { field throws(Diagnostic) in
            let slug = try field.string()
            try OutputPath.validateSegment(slug, at: field.location, what: "slug")
            return slug
        }
        let url = read("url") { field throws(Diagnostic) in
            try sitePath(try field.string(), at: field.location, what: "url folder")
        }
        let aliases = read("aliases") { field throws(Diagnostic) in
            let aliases = try field.strings()
            guard aliases.count <= maximumAliases else {
                throw Diagnostic(at: field.location, "\(aliases.count) aliases, over the limit of \(maximumAliases) a page",
                                 hint: "keep the addresses people still use")
            }
            return try aliases.map { alias throws(Diagnostic) in
                let path = try sitePath(alias, at: field.location, what: "alias folder")
                guard path != "/" && !path.isEmpty else {
                    throw Diagnostic(at: field.location, "an alias of '/' would replace the site's root page",
                                     hint: "give each alias a path such as /old/address/")
                }
                return path
            }
        }
        var build = PageBuildOptions()
        do { build = try PageBuildOptions.read(from: byKey) } catch { errors.append(error) }
        var event: Event?
        if let field = byKey["event"] {
            do { event = try Event.read(field) } catch { errors += error.diagnostics }
        }
        let frontMatter = FrontMatter(
            title: title ?? "", titleSource: title == nil ? .fileName : .frontMatter, date: date("date"),
            summary: read("summary") { field throws(Diagnostic) in try field.string() },
            tags: read("tags") { field throws(Diagnostic) in try field.strings() } ?? [],
            draft: read("draft") { field throws(Diagnostic) in try field.bool() } ?? false,
            slug: slug,
            translationKey: read("translationKey") { field throws(Diagnostic) in try field.string() },
            sourceHash: read("sourceHash") { field throws(Diagnostic) in try field.string() },
            weight: read("weight") { field throws(Diagnostic) in try field.int(in: -1_000_000_000...1_000_000_000) },
            publishDate: date("publishDate"), expiryDate: date("expiryDate"),
            url: url, aliases: aliases ?? [],
            translate: read("translate") { field throws(Diagnostic) in try field.bool() } ?? true,
            build: build,
            cascade: read("cascade") { field throws(Diagnostic) in try Cascade.read(field) } ?? [],
            event: event,
            locations: FieldLocations(path: path, fields.lazy.map { ($0.key, $0.location) }))
        guard errors.isEmpty else { throw BuildFailure(errors) }
        return frontMatter
    }
}
