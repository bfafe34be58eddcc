import Foundation

/// A section's address pattern in Hugo's form (`permalinks: {posts: /:year/:month/:slug/}`):
/// text and `:token`s that a page's date, names and section fill in.
public struct Permalink: Sendable, Equatable {
    /// What a `:token` stands for.
    enum Token: String, CaseIterable, Sendable {
        /// The page's date in the site's time zone: four digits, two, two.
        case year, month, day
        /// The page's first folder below `content/`, and all of them.
        case section, sections
        /// The title made a path segment as Hugo makes it (``PathSegment/hugo(from:)``).
        case title
        /// Front matter `slug`, else the title as for `title`.
        case slug
        /// The file's name without language and extension (a bundle's folder name).
        case filename, contentbasename
        /// Front matter `slug`, else the file's name.
        case slugorfilename, slugorcontentbasename

        var needsDate: Bool { [.year, .month, .day].contains(self) }
    }

    enum Part: Sendable, Equatable {
        case text(String)
        case token(Token)
    }

    var parts: [Part]

    /// The longest pattern, in bytes.
    static let maximumLength = 256

    /// Whether a page needs a date to have this address.
    var needsDate: Bool {
        parts.contains { if case .token(let token) = $0 { token.needsDate } else { false } }
    }

    /// Reads `pattern`; an unknown token is an error at `location` that lists the known ones.
    init(_ pattern: String, at location: SourceLocation) throws(Diagnostic) {
        guard pattern.utf8.count <= Self.maximumLength else {
            throw Diagnostic(at: location, "the permalink is \(pattern.utf8.count) bytes long, over the limit of \(Self.maximumLength)")
        }
        parts = []
        var rest = Substring(pattern)
        while let colon = rest.firstIndex(of: ":") {
            if colon > rest.startIndex { parts.append(.text(String(rest[..<colon]))) }
            let name = rest[rest.index(after: colon)...].prefix { $0.isASCII && $0.isLetter }
            guard let token = Token(rawValue: String(name)) else {
                throw Diagnostic(at: location, "unknown permalink token ':\(name)' in '\(pattern)'",
                                 hint: "known tokens: " + Token.allCases.map { ":" + $0.rawValue }.joined(separator: " "))
            }
            parts.append(.token(token))
            rest = rest[name.endIndex...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
    }

    /// The path `file` has under this pattern, as segments, its date read in `calendar`'s time
    /// zone; `nil` when the pattern needs a date and the page has none.
    func segments(for file: ArticleFile, calendar: Calendar) -> [String]? {
        let date = file.frontMatter.date.map { calendar.dateComponents([.year, .month, .day], from: $0) }
        var path = ""
        for part in parts {
            switch part {
            case .text(let text):
                path += text
            case .token(let token):
                switch token {
                case .year, .month, .day:
                    guard let date else { return nil }
                    let number = token == .year ? date.year! : token == .month ? date.month! : date.day!
                    let text = String(number)
                    path += String(repeating: "0", count: max(0, (token == .year ? 4 : 2) - text.count)) + text
                case .section: path += file.section.split(separator: "/").first.map(String.init) ?? ""
                case .sections: path += file.section
                case .title: path += PathSegment.hugo(from: file.frontMatter.title)
                case .slug: path += file.frontMatter.slug ?? PathSegment.hugo(from: file.frontMatter.title)
                case .filename, .contentbasename: path += file.name
                case .slugorfilename, .slugorcontentbasename: path += file.frontMatter.slug ?? file.name
                }
            }
        }
        return path.split(separator: "/").map(String.init)
    }
}
