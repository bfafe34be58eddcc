import BroadsideLocale
import Foundation

/// Every page of the site, decided before any is rendered: paths, lists, tags and which pages
/// translate which.
struct SitePlan: Sendable {
    /// An article as it appears in one language: its own file, or the default language's under a notice.
    ///
    /// A class: lists, sections, tags and pages all hold the same entries, and a copy of a
    /// reference costs one count where a copy of the file's every field cost dozens.
    final class Entry: Sendable {
        let key: String
        /// The page's language.
        let language: LanguageTag
        /// The text shown: the language's own file, or the default language's when `isFallback`.
        let text: RenderedFile
        let path: OutputPath
        let isFallback: Bool
        /// Each tag once, in the order the file gives them.
        let tags: [Tag]
        /// The article's date in RFC 3339 form, for templates and feeds; `nil` for an undated page.
        let date: String?

        /// The event the page is, if it is one's.
        var event: Event? { text.file.frontMatter.event }

        init(key: String, language: LanguageTag, text: RenderedFile, path: OutputPath, isFallback: Bool, tags: [Tag], date: String?) {
            (self.key, self.language, self.text, self.path) = (key, language, text, path)
            (self.isFallback, self.tags, self.date) = (isFallback, tags, date)
        }
    }

    /// A redirect page (front matter `aliases`) at `file`, relative to `output/`, to `target`.
    struct Alias: Sendable {
        var file: String
        var target: OutputPath
        var language: LanguageTag
    }

    /// A tag of one language, with its URL slug.
    ///
    /// Tags whose names differ only in case or in Unicode normalisation (``Slug/caseFolded(_:)``)
    /// are one tag, named as first written in the language's content order (articles by key).
    struct Tag: Sendable, Hashable {
        var name: String
        var slug: String

        /// The most characters of a slug's readable part, so that a tag's folder name stays far
        /// below the 255 bytes file systems allow.
        static let maximumReadableLength = 80

        /// The tag named `name`, whose case-folded name is `folded`, its slug made as `style` says.
        init(name: String, folded: String, style: TagSlugs = .transliterated) {
            self.name = name
            let asWritten = style == .asWritten ? PathSegment.hugo(from: folded) : ""
            slug = asWritten.isEmpty || asWritten.count > Self.maximumReadableLength ? Self.slug(folded: folded) : asWritten
        }

        /// The slug of the tag whose case-folded name is `folded`: its readable slug
        /// (``Slug/make(from:)``) when that is the folded name itself ("solidarity" for
        /// "Solidarity", "c" for "C"), else the readable slug cut to ``maximumReadableLength``
        /// characters, a hyphen and eight hex digits of a stable hash of the folded name ("c-…"
        /// for each of "C++", "C#" and "<c>"; "untitled-…" for "!!!" and for "???").
        ///
        /// A slug depends on its own tag's name alone, so adding, removing or renaming other
        /// tags changes no tag's URL; distinct tags get distinct slugs, and slugs are lower-case
        /// ASCII, so no two tag folders differ only in case. Only a hash collision, or a tag
        /// that spells out another tag's hashed slug, could share a slug: the two then want one
        /// page, which the plan reports as an error.
        static func slug(folded: String) -> String {
            let readable = Slug.make(from: folded)
            if readable == folded && readable.count <= maximumReadableLength { return readable }
            var shortened = readable.prefix(maximumReadableLength)
            while shortened.last == "-" { shortened.removeLast() }
            let hex = String(StableHash.of(folded.utf8) >> 32, radix: 16)
            return shortened + "-" + String(repeating: "0", count: 8 - hex.count) + hex
        }
    }

    /// What a list page lists.
    enum Listing: Sendable, Equatable {
        /// The language's home page: every dated article.
        case home
        /// A tag's articles.
        case tag(Tag)
        /// The articles of a folder of `content/` and below it (`posts`, `docs/guides`).
        case section(String)
    }

    /// One page and what it shows.
    struct Page: Sendable {
        enum Kind: Sendable {
            case article(Entry)
            /// One page of a list.
            case list(Listing, entries: ArraySlice<Entry>, number: Int, count: Int)
            case tagIndex(tags: [(tag: Tag, count: Int)])
            /// The language chooser at the site's root.
            case root
            /// The language's `404.html`, for servers to show for an address that is no page.
            case notFound
            /// The language's events: those to come, soonest first, then those past, latest first.
            case events(upcoming: [Entry], past: [Entry])
            /// The language's search page, over Pagefind's index of its articles.
            case search
        }
        var kind: Kind
        /// The page's language (the default language for the root).
        var language: LanguageTag
        var path: OutputPath
        /// The page's file relative to `output/` (its path's ``OutputPath/file``), set as the plan adds it.
        var file = ""
        /// Pages of one group are translations of each other.
        var group: String
        /// A fallback page shows another language's text, so it is no translation for hreflang.
        var isFallback: Bool
    }

    /// What makes a page, for messages: an article file, a tag's first use, or the site itself.
    private struct Owner {
        var name: String
        /// Where messages about the page point, when it is no article's.
        var given: SourceLocation?
        /// The front-matter locations of the article file whose page it is, if it is one.
        var articleLocations: FieldLocations?

        init(name: String, location: SourceLocation? = nil) {
            self.name = name
            given = location
        }

        init(_ file: ArticleFile) {
            name = file.path
            articleLocations = file.frontMatter.locations
        }

        /// Found only for a message: the article's `slug`, else its file.
        var location: SourceLocation? {
            given ?? articleLocations.map { $0["slug"] ?? SourceLocation(path: name) }
        }
    }

    /// Where each kind of page lives.
    private(set) var paths: PagePaths
    var pages: [Page] = []
    /// Each group's pages by language, as indices into `pages`.
    var groups: [String: [LanguageTag: Int]] = [:]
    /// Each language's own (not fallback) dated articles, newest first: its lists and feeds.
    var entries: [LanguageTag: [Entry]] = [:]
    /// Each language's own events (pages with front matter `event`), by start; empty when the
    /// site has none, and then no language has an events page.
    var events: [LanguageTag: [Entry]] = [:]
    /// Each language's own undated pages (docs, about), by ``byWeightThenTitle(_:_:)``: in no
    /// feed and no date-sorted list; the home page lists them apart.
    var undated: [LanguageTag: [Entry]] = [:]
    /// Each language's section pages' own text (Hugo's `_index.md`) by section, "" for the home page.
    var sectionTexts: [LanguageTag: [String: RenderedFile]] = [:]
    /// Each language's undated pages by section, for the section's list page.
    var undatedInSection: [LanguageTag: [String: [Entry]]] = [:]
    /// Every redirect page, claimed after every other page so that an alias never replaces one.
    var aliases: [Alias] = []
    /// Errors: pages on one path, or on paths that differ only in case. Warnings: one tag
    /// spelt in two ways.
    var problems: [Diagnostic] = []
    /// Every page's folder and the folders above it, by case-folded path: the path as written,
    /// the first page in or below it, and whether a page has that folder as its own.
    private var folders: [String: (path: String, owner: Owner, isPage: Bool)] = [:]
    /// Each path segment's case-folded form, for those not in ASCII (which fold without ICU).
    private var foldedSegments: [String: String] = [:]
    /// The folder holding the last page added, checked already, folded and as it is.
    private var lastParent: (segments: ArraySlice<String>, folded: String, exact: String)?
    /// Each language's tags by case-folded name, as first written, and where.
    private var firstTags: [LanguageTag: [String: (tag: Tag, location: SourceLocation)]] = [:]
    /// Each tag spelling's case-folded name: the same few tags recur on every article.
    private var foldedTagNames: [String: String] = [:]

    /// - Parameter now: what tells upcoming events from past ones: the build's "now".
    init(configuration: SiteConfiguration, articles: [[LanguageTag: RenderedFile]], now: Date) {
        paths = PagePaths(configuration: configuration)
        /// Each language's article pages that lists show (`build.list` is not `never`).
        var pagesOfArticles: [LanguageTag: [Entry]] = [:]
        /// Each language's own article pages, whose aliases are added last.
        var ownPages: [LanguageTag: [Entry]] = [:]
        // A page for each article in each language, and about as many folders: grown once.
        let pageCount = articles.count * configuration.languages.count
        folders.reserveCapacity(pageCount + pageCount / 4)
        pages.reserveCapacity(pageCount + pageCount / 4)
        for files in articles {
            for language in configuration.languages {
                let own = files[language]
                guard let text = own ?? (configuration.missingTranslations == .fallback
                                         ? files[configuration.defaultLanguage] : nil) else { continue }
                let file = own?.file ?? text.file
                if file.isSectionIndex {
                    if let own { sectionTexts[language, default: [:]][file.section] = own }
                    continue
                }
                let path: OutputPath
                do { path = try paths.article(file, in: language, isOwn: own != nil, problems: &problems) } catch {
                    problems.append(error)
                    continue
                }
                let entry = Entry(key: file.key, language: language, text: text, path: path,
                                  isFallback: own == nil, tags: own.map { tags(of: $0.file, in: language) } ?? [],
                                  date: file.frontMatter.date.map(InternetDate.rfc3339))
                if file.isListed { pagesOfArticles[language, default: []].append(entry) }
                if own != nil { ownPages[language, default: []].append(entry) }
                add(Page(kind: .article(entry), language: language, path: entry.path,
                         group: "article:" + entry.key, isFallback: entry.isFallback),
                    owner: Owner(file))
            }
        }
        if paths.hasLanguageChooser {
            add(Page(kind: .root, language: configuration.defaultLanguage, path: OutputPath([]), group: "root",
                     isFallback: false), owner: Owner(name: "the language chooser"))
        }
        for language in configuration.languages {
            let all = (pagesOfArticles[language] ?? []).filter { !$0.isFallback }
            let own = all.filter { $0.date != nil }.sorted(by: Self.newestFirst)
            entries[language] = own
            undated[language] = all.filter { $0.date == nil }.sorted(by: Self.byWeightThenTitle)
            let home = paths.home(of: language)
            addList(own, listing: .home, at: home, group: "home", language: language, perPage: configuration.paginate,
                    owner: Owner(name: "the \(language) home page"))
            addTags(of: own, language: language, perPage: configuration.paginate)
            add(Page(kind: .notFound, language: language, path: paths.notFound(in: language), group: "404",
                     isFallback: false), owner: Owner(name: "the \(language) 404 page"))
            let events = all.filter { $0.text.file.frontMatter.event != nil }.sorted(by: Self.soonestFirst)
            if !events.isEmpty { self.events[language] = events }
        }
        if !events.isEmpty {
            for language in configuration.languages {
                let events = events[language] ?? []
                let isPast = { (entry: Entry) in entry.event.map { ($0.end ?? $0.start) < now } ?? true }
                add(Page(kind: .events(upcoming: events.filter { !isPast($0) }, past: events.filter(isPast).reversed()),
                         language: language, path: paths.events(in: language), group: "events", isFallback: false),
                    owner: Owner(name: "the \(language) events page"))
            }
        }
        if configuration.search != nil {
            // A language with no article of its own has nothing to search.
            for language in configuration.languages where ownPages[language] != nil {
                add(Page(kind: .search, language: language, path: paths.search(in: language), group: "search", isFallback: false),
                    owner: Owner(name: "the \(language) search page"))
            }
        }
        // After every other page, which they give way to.
        for language in configuration.languages {
            addSections(dated: entries[language] ?? [], undated: undated[language] ?? [], language: language,
                        perPage: configuration.paginate)
        }
        if !paths.hasLanguageChooser { addRedirectToTheRoot() }
        for language in configuration.languages {
            for entry in ownPages[language] ?? [] { addAliases(of: entry) }
        }
        aliases.sort { $0.file < $1.file }
    }

    /// A list page for each section of the language's own listed pages (each top-level folder
    /// of `content/` they are in, and each folder with an `_index` file in the language): its
    /// `dated` pages in or below it, newest first, and its `undated` ones apart, in the orders
    /// the home page has them. A section page whose path another page has is left out.
    private mutating func addSections(dated: [Entry], undated: [Entry], language: LanguageTag, perPage: Int) {
        /// Each top-level section's entries, in the order given.
        func bySection(_ entries: [Entry]) -> [String: [Entry]] {
            var grouped: [String: [Entry]] = [:]
            for entry in entries where !entry.text.file.section.isEmpty {
                let section = entry.text.file.section
                grouped[section.firstIndex(of: "/").map { String(section[..<$0]) } ?? section, default: []].append(entry)
            }
            return grouped
        }
        var sections = (bySection(dated), bySection(undated))
        for section in (sectionTexts[language] ?? [:]).keys where !section.isEmpty && section.contains("/") {
            let top = String(section[..<section.firstIndex(of: "/")!])
            let isInside = { (entry: Entry) in (entry.text.file.section + "/").hasPrefix(section + "/") }
            sections.0[section] = (sections.0[top] ?? []).filter(isInside)
            sections.1[section] = (sections.1[top] ?? []).filter(isInside)
        }
        let names = Set(sections.0.keys).union(sections.1.keys).union((sectionTexts[language] ?? [:]).keys.filter { !$0.isEmpty })
        for section in names.sorted() {
            undatedInSection[language, default: [:]][section] = sections.1[section] ?? []
            let owner = sectionTexts[language]?[section].map { Owner($0.file) } ?? Owner(name: "the \(language) page of section \(section)")
            addList(sections.0[section] ?? [], listing: .section(section), at: paths.section(section, in: language),
                    group: "section:" + section, language: language, perPage: perPage, owner: owner, isOptional: true)
        }
    }

    /// With the default language at the root, its old folder (`/en/`) redirects there, as Hugo's does,
    /// unless a page has that folder.
    private mutating func addRedirectToTheRoot() {
        let language = paths.configuration.defaultLanguage
        let folder = OutputPath([paths.configuration.pathSegment(of: language)])
        guard folders[Slug.caseFolded(folder.folder)] == nil,
              let file = claim(folder, owner: Owner(name: "the redirect from /\(folder.folder)/ to the home page")) else { return }
        aliases.append(Alias(file: file, target: paths.home(of: language), language: language))
    }

    /// A redirect page for each of the entry's `aliases`.
    private mutating func addAliases(of entry: Entry) {
        let file = entry.text.file
        for alias in file.frontMatter.aliases {
            let path = paths.alias(alias, of: entry.path, in: entry.language)
            let owner = Owner(name: "the alias /\(path.folder) of \(file.path)",
                              location: file.frontMatter.locations["aliases"] ?? SourceLocation(path: file.path))
            if let claimed = claim(path, owner: owner) {
                aliases.append(Alias(file: claimed, target: entry.path, language: entry.language))
            }
        }
    }

    /// Hugo's order for pages without a date: by `weight` (pages without one after those with
    /// one), then by title, then by key, so every build orders alike.
    static func byWeightThenTitle(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let (left, right) = (lhs.text.file.frontMatter, rhs.text.file.frontMatter)
        if left.weight != right.weight {
            guard let leftWeight = left.weight else { return false }
            guard let rightWeight = right.weight else { return true }
            return leftWeight < rightWeight
        }
        return left.title != right.title ? left.title < right.title : lhs.key < rhs.key
    }

    /// Events by start, then by key, so every build orders alike.
    static func soonestFirst(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let (left, right) = (lhs.event?.start ?? .distantFuture, rhs.event?.start ?? .distantFuture)
        return left != right ? left < right : lhs.key < rhs.key
    }

    /// Newest first; equal dates by key, so every build orders alike.
    static func newestFirst(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let (left, right) = (lhs.text.file.frontMatter.date ?? .distantPast, rhs.text.file.frontMatter.date ?? .distantPast)
        return left != right ? left > right : lhs.key < rhs.key
    }

    /// The file's tags, each once and named as first written in `language`, with a warning for
    /// each spelling that differs from the first in case.
    private mutating func tags(of file: ArticleFile, in language: LanguageTag) -> [Tag] {
        /// Found only for a warning or a tag's first use.
        func location() -> SourceLocation { file.frontMatter.locations["tags"] ?? SourceLocation(path: file.path) }
        var tags: [Tag] = []
        for name in file.frontMatter.tags {
            let folded = foldedTagNames[name] ?? Slug.caseFolded(name)
            foldedTagNames[name] = folded
            let tag: Tag
            if let first = firstTags[language]?[folded] {
                tag = first.tag
                if name != tag.name {
                    problems.append(Diagnostic(
                        .warning, at: location(),
                        "tag '\(name)' is taken as '\(tag.name)', as \(first.location.path) first wrote it: tags that differ only in case are one tag",
                        hint: "write '\(tag.name)' here too; if they are different tags, name one of them otherwise"))
                }
            } else {
                tag = Tag(name: name, folded: folded, style: paths.configuration.tagSlugs)
                firstTags[language, default: [:]][folded] = (tag, location())
            }
            // An article has a few tags: a search is cheaper than a set.
            if !tags.contains(tag) { tags.append(tag) }
        }
        return tags
    }

    /// Adds `page` unless another page has its path, or its folder or a folder above it differs
    /// from another page's only in case: case-insensitive file systems, where many deploy from,
    /// would make them one.
    ///
    /// - Parameter isOptional: the page gives way, without a word, to a page that has its path
    ///   or a folder of it in another case (a section's list page to a tag index, say; its
    ///   articles' own clashes are reported).
    private mutating func add(_ page: Page, owner: Owner, isOptional: Bool = false) {
        guard let file = claim(page.path, owner: owner, isOptional: isOptional) else { return }
        var page = page
        page.file = file
        groups[page.group, default: [:]][page.language] = pages.count
        pages.append(page)
    }

    /// Claims `path` for `owner`, or reports why it cannot have it.
    ///
    /// - Returns: the page's file relative to `output/`, `nil` when the path is taken.
    private mutating func claim(_ path: OutputPath, owner: Owner, isOptional: Bool = false) -> String? {
        /// Whether the page's own folder, at `folded`, is new or held only other pages' folders so far.
        func claimPage(_ folded: String) -> Bool {
            guard let known = folders[folded], known.isPage else { return true }
            if isOptional { return false }
            problems.append(Diagnostic(
                at: owner.location ?? known.owner.location, "\(path.file) of \(owner.name) is also the page of \(known.owner.name)",
                hint: "give one of them another slug; sections named tags or page clash with list pages"))
            return false
        }
        // Pages come folder by folder: what the last page's parent folder was checked for holds for this one's.
        let segments = path.segments
        let parent = segments.dropLast()
        var (folded, exact, start) = ("", "", 0)
        if let lastParent, lastParent.segments == parent {
            (folded, exact, start) = (lastParent.folded, lastParent.exact, parent.count)
        }
        for (index, segment) in segments.enumerated().dropFirst(start) {
            if index == parent.count, !parent.isEmpty { lastParent = (parent, folded, exact) }
            let foldedSegment: String
            if segment.utf8.allSatisfy({ $0 < 0x80 }) {
                foldedSegment = Slug.caseFolded(segment)  // without ICU
            } else {
                foldedSegment = foldedSegments[segment] ?? Slug.caseFolded(segment)
                foldedSegments[segment] = foldedSegment
            }
            folded += folded.isEmpty ? foldedSegment : "/" + foldedSegment
            exact += exact.isEmpty ? segment : "/" + segment
            // One lookup: the folder's entry, made now if it is new.
            var isNew = false
            let known = Self.value(of: &folders[folded, default: { isNew = true; return (exact, owner, index == segments.count - 1) }()])
            if isNew { continue }
            if known.path != exact {
                if isOptional { return nil }
                problems.append(Diagnostic(
                    at: owner.location ?? known.owner.location,
                    "\(exact)/ of \(owner.name) and \(known.path)/ of \(known.owner.name) differ only in case, so they are one folder on case-insensitive file systems",
                    hint: "give one of them another slug or folder name; macOS and Windows take names that differ only in case for one"))
                return nil
            }
            if index == segments.count - 1 {
                guard claimPage(folded) else { return nil }
                folders[folded]?.isPage = true
            }
        }
        if segments.isEmpty {
            guard claimPage("") else { return nil }
            folders[""] = ("", owner, true)
        }
        return path.isFile ? exact : exact.isEmpty ? "index.html" : exact + "/index.html"
    }

    /// The value `value` refers to; given a dictionary's `subscript(_:default:)`, it stores the default when the key is new.
    private static func value<Value>(of value: inout Value) -> Value { value }

    /// `folder/`, then `folder/page/2/`, …: `perPage` entries a page, at least one page.
    private mutating func addList(_ list: [Entry], listing: Listing, at folder: OutputPath, group: String,
                                  language: LanguageTag, perPage: Int, owner: Owner, isOptional: Bool = false) {
        let count = max(1, (list.count + perPage - 1) / perPage)
        for number in 1...count {
            let slice = list[min(list.count, (number - 1) * perPage)..<min(list.count, number * perPage)]
            add(Page(kind: .list(listing, entries: slice, number: number, count: count), language: language,
                     path: Self.listPage(number, of: folder),
                     group: number == 1 ? group : "\(group)/page/\(number)", isFallback: false), owner: owner,
                isOptional: isOptional)
        }
    }

    /// The own text (`_index.md`) of a home or section list page, if it has one.
    func sectionText(of page: Page) -> RenderedFile? {
        switch page.kind {
        case .list(.home, _, _, _): sectionTexts[page.language]?[""]
        case .list(.section(let section), _, _, _): sectionTexts[page.language]?[section]
        default: nil
        }
    }

    /// The undated pages a list page shows apart from its dated ones: on the first page of the
    /// home page and of a section's list, the language's or the section's.
    func undatedEntries(shownOn page: Page) -> [Entry] {
        switch page.kind {
        case .list(.home, _, 1, _): undated[page.language] ?? []
        case .list(.section(let section), _, 1, _): undatedInSection[page.language]?[section] ?? []
        default: []
        }
    }

    /// The path of page `number` of the list at `folder`.
    static func listPage(_ number: Int, of folder: OutputPath) -> OutputPath {
        number == 1 ? folder : folder.appending("page", String(number))
    }

    /// A page per tag, and the tag index, tags in the language's collation order.
    private mutating func addTags(of list: [Entry], language: LanguageTag, perPage: Int) {
        var entriesByTag: [Tag: [Entry]] = [:]
        for entry in list {
            for tag in entry.tags { entriesByTag[tag, default: []].append(entry) }
        }
        let locale = Language.named(language)
        var tags = entriesByTag.map { (tag: $0.key, count: $0.value.count) }
        tags.sort { locale.compare($0.tag.name, $1.tag.name) || (!locale.compare($1.tag.name, $0.tag.name) && $0.tag.slug < $1.tag.slug) }
        let index = paths.tagIndex(of: language)
        add(Page(kind: .tagIndex(tags: tags), language: language, path: index, group: "tags", isFallback: false),
            owner: Owner(name: "the \(language) tag index"))
        let firstUses = Dictionary((firstTags[language] ?? [:]).values.map { ($0.tag, $0.location) },
                                   uniquingKeysWith: { first, _ in first })
        for (tag, _) in tags {
            addList(entriesByTag[tag]!, listing: .tag(tag), at: index.appending(tag.slug), group: "tag:" + tag.slug,
                    language: language, perPage: perPage,
                    owner: Owner(name: "the tag '\(tag.name)' (first in \(firstUses[tag]?.path ?? "content"))",
                                 location: firstUses[tag]))
        }
    }
}
