import BroadsideLocale

/// Every page of the site, decided before any is rendered: paths, lists, tags and which pages
/// translate which.
struct SitePlan: Sendable {
    /// An article as it appears in one language: its own file, or the default language's under a notice.
    struct Entry: Sendable {
        var key: String
        /// The page's language.
        var language: LanguageTag
        /// The text shown: the language's own file, or the default language's when `isFallback`.
        var text: RenderedFile
        var path: OutputPath
        var isFallback: Bool
        var tags: [Tag]
        /// The article's date in RFC 3339 form, for templates and feeds.
        var date: String
    }

    /// A tag of one language, with its URL slug.
    struct Tag: Sendable, Hashable {
        var name: String
        var slug: String
    }

    /// One page and what it shows.
    struct Page: Sendable {
        enum Kind: Sendable {
            case article(Entry)
            /// One page of a list: the language home, or a tag's articles.
            case list(tag: Tag?, entries: ArraySlice<Entry>, number: Int, count: Int)
            case tagIndex(tags: [(tag: Tag, count: Int)])
            /// The language chooser at the site's root.
            case root
        }
        var kind: Kind
        /// The page's language (the default language for the root).
        var language: LanguageTag
        var path: OutputPath
        /// Pages of one group are translations of each other.
        var group: String
        /// A fallback page shows another language's text, so it is no translation for hreflang.
        var isFallback: Bool
    }

    var pages: [Page] = []
    /// Each group's pages by language, as indices into `pages`.
    var groups: [String: [LanguageTag: Int]] = [:]
    /// Each language's own (not fallback) articles, newest first: its lists and feeds.
    var entries: [LanguageTag: [Entry]] = [:]
    /// Two pages that would be written to one path.
    var problems: [Diagnostic] = []
    private var pathOwners: [OutputPath: String] = [:]

    init(configuration: SiteConfiguration, articles: [[LanguageTag: RenderedFile]]) {
        var pagesOfArticles: [LanguageTag: [Entry]] = [:]
        var tagSlugs: [String: String] = [:]  // the same few tags recur on every article
        for files in articles {
            for language in configuration.languages {
                let own = files[language]
                guard let text = own ?? (configuration.missingTranslations == .fallback
                                         ? files[configuration.defaultLanguage] : nil) else { continue }
                let file = own?.file ?? text.file
                let tags = (own?.file.frontMatter.tags ?? []).map { name in
                    if let slug = tagSlugs[name] { return Tag(name: name, slug: slug) }
                    let slug = Slug.make(from: name)
                    tagSlugs[name] = slug
                    return Tag(name: name, slug: slug)
                }
                let entry = Entry(key: file.key, language: language, text: text,
                                  path: OutputPath([language.identifier] + file.section.split(separator: "/").map(String.init) + [file.slug]),
                                  isFallback: own == nil, tags: tags,
                                  date: InternetDate.rfc3339(file.frontMatter.date))
                pagesOfArticles[language, default: []].append(entry)
                add(Page(kind: .article(entry), language: language, path: entry.path,
                         group: "article:" + entry.key, isFallback: entry.isFallback))
            }
        }
        add(Page(kind: .root, language: configuration.defaultLanguage, path: OutputPath([]), group: "root",
                 isFallback: false))
        for language in configuration.languages {
            let own = (pagesOfArticles[language] ?? []).filter { !$0.isFallback }.sorted(by: Self.newestFirst)
            entries[language] = own
            let home = OutputPath([language.identifier])
            addList(own, tag: nil, at: home, group: "home", language: language, perPage: configuration.paginate)
            addTags(of: own, language: language, perPage: configuration.paginate)
        }
    }

    /// Newest first; equal dates by key, so every build orders alike.
    static func newestFirst(_ lhs: Entry, _ rhs: Entry) -> Bool {
        let (left, right) = (lhs.text.file.frontMatter.date, rhs.text.file.frontMatter.date)
        return left != right ? left > right : lhs.key < rhs.key
    }

    private mutating func add(_ page: Page) {
        let owner: String
        if case .article(let entry) = page.kind { owner = entry.text.file.path } else { owner = "the \(page.group) page" }
        if let existing = pathOwners[page.path] {
            problems.append(Diagnostic(
                at: SourceLocation(path: owner), "\(page.path.file) is also the page of \(existing)",
                hint: "give one of them another slug; sections named tags or page clash with list pages"))
            return
        }
        pathOwners[page.path] = owner
        groups[page.group, default: [:]][page.language] = pages.count
        pages.append(page)
    }

    /// `folder/`, then `folder/page/2/`, …: `perPage` entries a page, at least one page.
    private mutating func addList(_ list: [Entry], tag: Tag?, at folder: OutputPath, group: String,
                                  language: LanguageTag, perPage: Int) {
        let count = max(1, (list.count + perPage - 1) / perPage)
        for number in 1...count {
            let slice = list[min(list.count, (number - 1) * perPage)..<min(list.count, number * perPage)]
            add(Page(kind: .list(tag: tag, entries: slice, number: number, count: count), language: language,
                     path: Self.listPage(number, of: folder),
                     group: number == 1 ? group : "\(group)/page/\(number)", isFallback: false))
        }
    }

    /// The path of page `number` of the list at `folder`.
    static func listPage(_ number: Int, of folder: OutputPath) -> OutputPath {
        number == 1 ? folder : folder.appending("page", String(number))
    }

    /// A page per tag, and the tag index, tags in the language's collation order.
    private mutating func addTags(of list: [Entry], language: LanguageTag, perPage: Int) {
        var bySlug: [String: (names: Set<String>, entries: [Entry])] = [:]
        for entry in list {
            for tag in Set(entry.tags.map(\.slug)) {
                bySlug[tag, default: ([], [])].entries.append(entry)
            }
            for tag in entry.tags { bySlug[tag.slug, default: ([], [])].names.insert(tag.name) }
        }
        let locale = Language.named(language)
        var tags: [(tag: Tag, count: Int)] = bySlug.map { slug, value in
            (Tag(name: locale.sorted(Array(value.names)).first ?? slug, slug: slug), value.entries.count)
        }
        tags.sort { locale.compare($0.tag.name, $1.tag.name) || (!locale.compare($1.tag.name, $0.tag.name) && $0.tag.slug < $1.tag.slug) }
        let index = OutputPath([language.identifier, "tags"])
        add(Page(kind: .tagIndex(tags: tags), language: language, path: index, group: "tags", isFallback: false))
        for (tag, _) in tags {
            addList(bySlug[tag.slug]!.entries, tag: tag, at: index.appending(tag.slug), group: "tag:" + tag.slug,
                    language: language, perPage: perPage)
        }
    }
}
