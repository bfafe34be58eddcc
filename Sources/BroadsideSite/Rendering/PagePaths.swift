import BroadsideLocale
import Foundation

/// Where each kind of page lives, as `site.yaml` says: each language's folder (none for the
/// default language unless `defaultLanguageInSubdir`), `permalinks`, `uglyURLs` and
/// `lowercasePaths`. The one place a page's address is made.
struct PagePaths: Sendable {
    let configuration: SiteConfiguration
    /// Each language's folder segments: `["fr"]`, `[]` for a default language at the root.
    private let prefixes: [LanguageTag: [String]]
    /// Dates of `:year`, `:month` and `:day`, in the site's time zone.
    private let calendar: Calendar
    /// Each section's folders: the same few sections hold every article.
    private var sectionFolders: [String: [String]] = [:]

    init(configuration: SiteConfiguration) {
        self.configuration = configuration
        prefixes = Dictionary(uniqueKeysWithValues: configuration.languages.map { language in
            let atRoot = language == configuration.defaultLanguage && !configuration.defaultLanguageInSubdir
            return (language, atRoot ? [] : [configuration.pathSegment(of: language)])
        })
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = configuration.zone
        self.calendar = calendar
    }

    /// Whether the site's root is a language chooser; it is the default language's home otherwise.
    var hasLanguageChooser: Bool { configuration.defaultLanguageInSubdir }

    /// The folder of `language`'s pages: `["fr"]`, or `[]`.
    func prefix(of language: LanguageTag) -> [String] {
        prefixes[language] ?? [configuration.pathSegment(of: language)]
    }

    /// The language's home page, where its feeds are too.
    func home(of language: LanguageTag) -> OutputPath { OutputPath(prefix(of: language)) }

    /// The language's index of tags.
    func tagIndex(of language: LanguageTag) -> OutputPath { OutputPath(prefix(of: language) + ["tags"]) }

    /// The list of a tag's articles in `language`.
    func tag(_ slug: String, in language: LanguageTag) -> OutputPath {
        OutputPath(prefix(of: language) + ["tags", slug])
    }

    /// The list page of a folder of `content/` (`posts`, `docs/guides`), lower-cased as articles are.
    func section(_ section: String, in language: LanguageTag) -> OutputPath {
        let folders = section.split(separator: "/").map { configuration.lowercasePaths ? $0.lowercased() : String($0) }
        return OutputPath(prefix(of: language) + folders)
    }

    /// The language's list of events, upcoming and past.
    func events(in language: LanguageTag) -> OutputPath { OutputPath(prefix(of: language) + ["events"]) }

    /// The language's search page.
    func search(in language: LanguageTag) -> OutputPath { OutputPath(prefix(of: language) + ["search"]) }

    /// The calendar file of the event whose page is at `page`: `event.ics` beside it.
    func calendar(ofEventAt page: OutputPath) -> OutputPath { file("event.ics", besidePageAt: page) }

    /// The share card of the page at `page`: `share-card.png` beside it.
    func shareCard(ofPageAt page: OutputPath) -> OutputPath { file("share-card.png", besidePageAt: page) }

    /// The file `name` in the page's folder (or, for a page that is a file, the folder of its
    /// name, where its bundle's files go).
    private func file(_ name: String, besidePageAt page: OutputPath) -> OutputPath {
        OutputPath(page.resourceFolder.split(separator: "/").map(String.init) + [name], isFile: true)
    }

    /// The calendar of all the language's events: `events.ics` in its home folder.
    func eventsCalendar(of language: LanguageTag) -> OutputPath {
        OutputPath(prefix(of: language) + ["events.ics"], isFile: true)
    }

    /// The language's page for addresses that are no page: `404.html` in its folder.
    func notFound(in language: LanguageTag) -> OutputPath {
        OutputPath(prefix(of: language) + ["404.html"], isFile: true)
    }

    /// A feed's file (`feed.xml`, `atom.xml`) relative to `output/`, in the language's home folder.
    func feed(_ name: String, of language: LanguageTag) -> String {
        home(of: language).folder.appendingPath(name)
    }

    /// A redirect page's path, as front matter `aliases` writes it and Hugo reads it: from the
    /// language's folder when it starts with `/`, else beside the page at `page`.
    func alias(_ alias: String, of page: OutputPath, in language: LanguageTag) -> OutputPath {
        OutputPath(writtenAs: alias, below: alias.hasPrefix("/") ? prefix(of: language) : Array(page.segments.dropLast()))
    }

    /// The page of `file` in `language`: its front matter's `url`, else its section's permalink,
    /// else `<section>/<slug>/`; in the language's folder (a `url` too, as Hugo reads it),
    /// lower-cased and a file of its own as the site says.
    ///
    /// - Parameters:
    ///   - isOwn: whether the page shows `file` in its own language (not as a fallback).
    ///   - problems: a warning goes here when the section's permalink needs a date the page lacks.
    /// - Throws: a permalink that makes a segment no URL can carry, at the file.
    mutating func article(_ file: ArticleFile, in language: LanguageTag, isOwn: Bool,
                          problems: inout [Diagnostic]) throws(Diagnostic) -> OutputPath {
        if let url = file.frontMatter.url {
            return OutputPath(writtenAs: url, below: prefix(of: language))
        }
        var segments: [String]
        let folders = sectionFolders[file.section] ?? file.section.split(separator: "/").map(String.init)
        sectionFolders[file.section] = folders
        let section = folders.first ?? ""
        let permalink = configuration.permalinks.isEmpty ? nil : configuration.permalinks[section]
        if let permalink, let made = permalink.segments(for: file, calendar: calendar) {
            for segment in made {
                try OutputPath.validateSegment(segment, at: SourceLocation(path: file.path), what: "a segment of the permalink of section '\(section)'")
            }
            segments = made
        } else {
            if permalink != nil, isOwn {
                problems.append(Diagnostic(
                    .warning, at: SourceLocation(path: file.path),
                    "the permalink of section '\(section)' needs a date, and the page has none: it is at its section's folder instead",
                    hint: "give the page a date, or move it out of the section"))
            }
            segments = folders + [file.slug]
        }
        if configuration.lowercasePaths { segments = segments.map { $0.lowercased() } }
        let path = OutputPath(prefix(of: language) + segments)
        return configuration.uglyURLs.apply(toSection: section) ? path.asFile : path
    }
}
