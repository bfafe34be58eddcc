import BroadsideImages
import BroadsideLocale
import BroadsideTemplates

/// What a template sees of a page: the values documented in README's "Template data".
struct PageContext: Sendable {
    let configuration: SiteConfiguration
    private(set) var plan: SitePlan
    /// Each site language's tag, name in itself and direction (`site.yaml`'s, else ICU's), made
    /// once per build: this is where a page's `dir` comes from.
    private let languages: [LanguageTag: (tag: TemplateValue, name: TemplateValue, dir: TemplateValue)]

    /// `configuration.basePath`, worked out once.
    private let basePath: String
    /// Each site language's links every page of it has: its home, tag index and feeds.
    private let languageLinks: [LanguageTag: [String: TemplateValue]]
    /// Where each kind of page lives.
    var paths: PagePaths { plan.paths }
    /// The article pages by the names `ref` and `relref` give them.
    private let references: PageReferenceIndex
    /// A hash of every page's path by group and language: what a page with `ref` links shows
    /// of other pages, so it is made again when one of them moves.
    let referencedPaths: UInt64
    /// Each page's link and permalink, by its index in the plan: a page's switcher and
    /// alternates name every page of its group.
    private let links: [(link: String, permalink: String)]
    /// The hash of each article as lists and its page show it (``article(_:in:facts:)``), by
    /// its entry: a page's fingerprint takes it instead of the article's data, which is made
    /// only for the pages that are rendered. Made for the articles whose rendering the cache
    /// knows, then for the others once their pages rendered them (``knowing(_:)``).
    private var articleHashes: [ObjectIdentifier: UInt64] = [:]
    /// What the article pages learnt of the files they rendered, for the pages that list them.
    private var texts = RenderedTexts()
    /// Each language's tag pages' links by slug: every article shows its tags' links.
    private let tagLinks: [LanguageTag: [String: String]]
    /// A hash of each group's pages in site language order: their languages, links,
    /// permalinks and whether each is a fallback — all a page's alternates, switcher and Open
    /// Graph locales are made of, with the page's own language and whether it is a fallback.
    private let groupHashes: [String: UInt64]

    /// What a page's value is for.
    enum Form {
        /// Rendering the page: all its data.
        case full
        /// The page's fingerprint: each article it shows as its hash (``articleHashes``), and
        /// its alternates, switcher and Open Graph locales as its group's (``groupHashes``).
        case fingerprint
    }

    init(configuration: SiteConfiguration, plan: SitePlan) {
        self.configuration = configuration
        self.plan = plan
        basePath = configuration.basePath
        references = PageReferenceIndex(plan: plan, languages: configuration.languages)
        languageLinks = Dictionary(uniqueKeysWithValues: configuration.languages.map { language in
            let home = plan.paths.home(of: language).link(basePath: configuration.basePath)
            var links: [String: TemplateValue] = [
                "homeURL": .string(home), "feedURL": .string(home + "feed.xml"), "atomURL": .string(home + "atom.xml"),
                "tagsURL": .string(plan.paths.tagIndex(of: language).link(basePath: configuration.basePath))]
            if !plan.events.isEmpty { links["eventsURL"] = .string(plan.paths.events(in: language).link(basePath: configuration.basePath)) }
            if plan.groups["search"]?[language] != nil {
                links["searchURL"] = .string(plan.paths.search(in: language).link(basePath: configuration.basePath))
                links["searchBundleURL"] = .string(configuration.basePath + IndexForSearch.bundle(of: language, in: configuration))
            }
            return (language, links)
        })
        var paths = StableHash()
        for page in plan.pages {
            paths.combine(page.group)
            paths.combine(page.language.identifier)
            paths.combine(page.file)
        }
        referencedPaths = paths.value
        languages = Dictionary(uniqueKeysWithValues: configuration.languages.map { tag in
            (tag, (.string(tag.identifier), .string(configuration.languageSettings[tag]?.name ?? Language.named(tag).nativeName),
                   .string(configuration.direction(of: tag).rawValue)))
        })
        let basePath = basePath, baseURL = configuration.baseURL
        let links = plan.pages.concurrentMap { page in
            (link: page.path.link(basePath: basePath), permalink: baseURL + page.path.link(basePath: "/").dropFirst())
        }
        self.links = links
        var tagLinks: [LanguageTag: [String: String]] = [:]
        for page in plan.pages {
            guard case .tagIndex(let tags) = page.kind else { continue }
            for (tag, _) in tags { tagLinks[page.language, default: [:]][tag.slug] = plan.paths.tag(tag.slug, in: page.language).link(basePath: basePath) }
        }
        self.tagLinks = tagLinks
        groupHashes = plan.groups.mapValues { members in
            var hash = StableHash()
            for language in configuration.languages {
                guard let index = members[language] else { continue }
                hash.combine(language.identifier)
                hash.combine(links[index].link)
                hash.combine(links[index].permalink)
                hash.combine(plan.pages[index].isFallback ? "fallback" : "own")
            }
            return hash.value
        }
        hashArticles { $0.text.facts != nil }
    }

    /// The context of `plan`, which ``SitePlan/replacingTexts(of:with:)`` made from this
    /// context's plan: the same pages and links, the articles of its new entries hashed anew.
    ///
    /// An entry of this plan is kept, or replaced by one made while it was alive, so no new
    /// entry has the identity of one whose hash is kept.
    func replacing(plan: SitePlan) -> PageContext {
        var context = self
        context.plan = plan
        context.texts = RenderedTexts()
        // As a new context has them: the articles whose rendering the cache knows.
        let known = Set(plan.pages.compactMap { page -> ObjectIdentifier? in
            if case .article(let entry) = page.kind, entry.text.facts != nil { ObjectIdentifier(entry) } else { nil }
        })
        context.articleHashes = articleHashes.filter { known.contains($0.key) }
        context.hashArticles { [articleHashes = context.articleHashes] in
            $0.text.facts != nil && articleHashes[ObjectIdentifier($0)] == nil
        }
        return context
    }

    /// The context for the pages rendered after the article pages, which show what those
    /// learnt: lists and feeds.
    func knowing(_ texts: RenderedTexts) -> PageContext {
        var context = self
        context.texts = texts
        context.hashArticles { [articleHashes] in articleHashes[ObjectIdentifier($0)] == nil }
        return context
    }

    /// Adds to ``articleHashes`` the hash of each article page's entry that `isIncluded`.
    private mutating func hashArticles(_ isIncluded: (SitePlan.Entry) -> Bool) {
        let entries = plan.pages.compactMap { page -> SitePlan.Entry? in
            if case .article(let entry) = page.kind, isIncluded(entry) { entry } else { nil }
        }
        let hashes = entries.concurrentMap { [self] entry in
            StableHash.of(article(entry, in: Language.named(entry.language)))
        }
        articleHashes.merge(zip(entries.map(ObjectIdentifier.init), hashes), uniquingKeysWith: { first, _ in first })
    }

    /// What is known of the rendering of `text`: the cache's or this build's, else (for a
    /// language the build does not make) its front matter's.
    func facts(of text: RenderedFile) -> TextFacts {
        texts.facts(of: text) ?? .unrendered(text.file)
    }

    /// What is known of the rendering of `text` before its page renders it, if anything.
    func knownFacts(of text: RenderedFile) -> TextFacts? {
        texts.facts(of: text)
    }

    /// The tag, name and direction of a site language (of any language, asking ICU).
    private func facts(_ tag: LanguageTag) -> (tag: TemplateValue, name: TemplateValue, dir: TemplateValue) {
        if let facts = languages[tag] { return facts }
        let language = Language.named(tag)
        return (.string(tag.identifier), .string(language.nativeName), .string(language.direction.rawValue))
    }

    /// The page's data without an article's HTML. ``adding(body:to:)`` completes it for
    /// rendering; in its `.fingerprint` form, with the text file's content hash, it is the
    /// page's fingerprint.
    ///
    /// - Parameters:
    ///   - index: the page's index in the plan.
    ///   - own: what rendering the page's own text (an article's, a section's) told, when the
    ///     page has just rendered it.
    func value(for index: Int, as form: Form = .full, own: TextFacts? = nil) -> TemplateValue {
        let page = plan.pages[index]
        let language = Language.named(page.language)
        func shown(_ entry: SitePlan.Entry, facts: TextFacts? = nil) -> TemplateValue {
            switch form {
            case .full: article(entry, in: language, facts: facts)
            case .fingerprint:
                .int(Int(truncatingIfNeeded: articleHashes[ObjectIdentifier(entry)] ?? StableHash.of(article(entry, in: language, facts: facts))))
            }
        }
        let lang = page.language.identifier
        let pageLanguage = facts(page.language)
        var value: [String: TemplateValue] = [
            "site": [
                "title": .string(configuration.title),
                // site.yaml's title is in the default language.
                "lang": .string(configuration.defaultLanguage.identifier),
                "baseURL": .string(configuration.baseURL),
                "basePath": .string(basePath),
            ],
            "lang": .string(lang),
            "dir": pageLanguage.dir,
            "languageName": pageLanguage.name,
            "title": .string(configuration.title),
            // The language `title` is in: a fallback article's, the default language's for site.yaml's title.
            "titleLang": .string(configuration.defaultLanguage.identifier),
            "url": .string(links[index].link),
            "permalink": .string(links[index].permalink),
            "ogLocale": .string(Self.openGraphLocale(page.language)),
        ]
        if form == .fingerprint, let group = groupHashes[page.group], Self.linksByGroup(page) {
            var related = StableHash()
            related.combine(group)
            related.combine(page.isFallback ? "fallback" : "own")
            value["related"] = .int(Int(truncatingIfNeeded: related.value))
        } else {
            let switcher = switcher(of: page)
            value["alternates"] = .array(alternates(of: page).map { ["hreflang": .string($0.hreflang), "href": .string($0.href)] })
            value["switcher"] = .array(switcher)
            value["hasSwitcher"] = .bool(!switcher.isEmpty)
            value["ogLocaleAlternates"] = .array(translations(of: page).filter { $0 != page.language }
                .map { .string(Self.openGraphLocale($0)) })
        }
        value.merge(languageLinks[page.language] ?? [:]) { own, _ in own }
        if configuration.shareCards != nil, let card = shareCard(of: page) {
            value["shareCard"] = ["url": .string(permalink(card)), "width": .int(ShareCard.width), "height": .int(ShareCard.height)]
        }
        if page.isFallback, let source = plan.groups[page.group]?[configuration.defaultLanguage] {
            // A fallback shows the source's text: canonical to the source, not indexed.
            value["fallbackSource"] = ["permalink": .string(permalink(plan.pages[source].path))]
        }
        switch page.kind {
        case .article(let entry):
            value["isArticle"] = true
            value["title"] = .string(entry.text.file.frontMatter.title)
            value["titleLang"] = .string(entry.text.file.language.identifier)
            value["article"] = shown(entry, facts: own)
            // Only the event's own page has its schema.org data.
            if let event = presentation(of: entry, facts: own ?? facts(of: entry.text)) { value["jsonLD"] = .string(event.jsonLD) }
        case let .list(listing, entries, number, count):
            value["isList"] = true
            value["isHome"] = .bool(listing == .home)
            value["articles"] = .array(entries.map { shown($0) })
            let folder: OutputPath
            switch listing {
            case .home:
                folder = paths.home(of: page.language)
            case .tag(let tag):
                value["title"] = .string(tag.name)
                value["titleLang"] = .string(lang)
                value["tag"] = ["name": .string(tag.name), "slug": .string(tag.slug)]
                folder = paths.tag(tag.slug, in: page.language)
            case .section(let section):
                value["isSection"] = true
                folder = paths.section(section, in: page.language)
            }
            if let text = plan.sectionText(of: page) {
                let title = text.file.frontMatter.title
                value["section"] = ["title": .string(title), "summary": .string((own ?? facts(of: text)).summary), "hasText": true]
                if listing != .home { (value["title"], value["titleLang"]) = (.string(title), .string(text.file.language.identifier)) }
            } else if case .section(let section) = listing {
                let name = ArticleFile.title(ofSection: section)
                value["section"] = ["title": .string(name), "hasText": false]
                // Named after its folder, as the source's files are.
                (value["title"], value["titleLang"]) = (.string(name), .string(configuration.defaultLanguage.identifier))
            }
            let listed = plan.undatedEntries(shownOn: page)
            value["pages"] = .array(listed.map { shown($0) })
            value["hasPages"] = .bool(!listed.isEmpty)
            var pagination: [String: TemplateValue] = ["number": .int(number), "count": .int(count)]
            if number > 1 { pagination["previousURL"] = .string(link(SitePlan.listPage(number - 1, of: folder))) }
            if number < count { pagination["nextURL"] = .string(link(SitePlan.listPage(number + 1, of: folder))) }
            value["pagination"] = .object(pagination)
        case .tagIndex(let tags):
            value["isTagIndex"] = true
            value["tags"] = .array(tags.map { tag, count in
                ["name": .string(tag.name), "url": .string(link(paths.tag(tag.slug, in: page.language))),
                 "count": .int(count)]
            })
        case .notFound:
            value["isNotFound"] = true
        case .search:
            value["isSearch"] = true
            value["pagefindTranslates"] = .bool(Pagefind.translatesInterface(into: page.language))
        case let .events(upcoming, past):
            value["isEvents"] = true
            value["upcoming"] = .array(upcoming.map { shown($0) })
            value["past"] = .array(past.map { shown($0) })
            value["hasUpcoming"] = .bool(!upcoming.isEmpty)
            value["hasPast"] = .bool(!past.isEmpty)
            if !upcoming.isEmpty || !past.isEmpty { value["calendar"] = .string(link(paths.eventsCalendar(of: page.language))) }
        case .root:
            value["isRoot"] = true
            value["languages"] = .array(configuration.languages.map { tag in
                let language = facts(tag)
                return ["tag": language.tag, "name": language.name, "dir": language.dir,
                        "url": .string(link(paths.home(of: tag)))]
            })
        }
        return .object(value)
    }

    /// Whether the page's alternates, switcher and Open Graph locales come from its group's
    /// pages alone: all but the root's and a 404 page's.
    private static func linksByGroup(_ page: SitePlan.Page) -> Bool {
        switch page.kind {
        case .root, .notFound: false
        case .article, .list, .tagIndex, .events, .search: true
        }
    }

    /// A page's data with its text's HTML: an article's as `article.html`, a list page's own
    /// text (`_index.md`) as `section.html`.
    func adding(body: String, to value: TemplateValue) -> TemplateValue {
        guard case .object(var page) = value else { return value }
        for key in ["article", "section"] {
            guard case .object(var text)? = page[key] else { continue }
            page[key] = nil
            text["html"] = .string(body)
            page[key] = .object(text)
            break
        }
        return .object(page)
    }

    /// An article as lists and its own page show it.
    ///
    /// - Parameter facts: what rendering its text told, if the context does not know it yet.
    private func article(_ entry: SitePlan.Entry, in language: Language, facts given: TextFacts? = nil) -> TemplateValue {
        let file = entry.text.file
        let rendered = given ?? facts(of: entry.text)
        let textLanguage = facts(file.language)
        var value: [String: TemplateValue] = [
            "key": .string(entry.key),
            "title": .string(file.frontMatter.title),
            "url": .string(link(entry.path)),
            "hasDate": .bool(entry.date != nil),
            "summary": .string(rendered.summary),
            "lang": .string(file.language.identifier),
            "dir": textLanguage.dir,
            "readingMinutes": .int(rendered.readingMinutes),
            "tags": .array(entry.tags.map { tag in
                ["name": .string(tag.name),
                 "url": .string(tagLinks[entry.language]?[tag.slug] ?? link(paths.tag(tag.slug, in: entry.language)))]
            }),
            "hasTags": .bool(!entry.tags.isEmpty),
            "isFallback": .bool(entry.isFallback),
        ]
        if let date = entry.date { value["date"] = .string(date) }
        if let weight = file.frontMatter.weight { value["weight"] = .int(weight) }
        if entry.isFallback { value["sourceLanguageName"] = .string(language.name(of: file.language, inSentence: true)) }
        if let event = presentation(of: entry, facts: rendered) {
            value["event"] = event.value(in: language, calendar: link(paths.calendar(ofEventAt: entry.path)))
            value["isEvent"] = true
        }
        return .object(value)
    }

    /// What templates show of the entry's event, if its page is an event's.
    private func presentation(of entry: SitePlan.Entry, facts: TextFacts) -> EventPresentation? {
        let file = entry.text.file
        return file.frontMatter.event.map { event in
            EventPresentation(event: event, title: file.frontMatter.title, summary: facts.summary,
                              permalink: permalink(entry.path), textLanguage: file.language)
        }
    }

    /// Languages in which the page has a real translation (not a fallback), in site order.
    func translations(of page: SitePlan.Page) -> [LanguageTag] {
        guard let group = plan.groups[page.group] else { return [] }
        return configuration.languages.filter { language in
            group[language].map { !plan.pages[$0].isFallback } ?? false
        }
    }

    /// `<link rel="alternate" hreflang>` targets: every real translation, then `x-default`.
    func alternates(of page: SitePlan.Page) -> [(hreflang: String, href: String)] {
        if case .notFound = page.kind { return [] }
        if case .root = page.kind {
            return configuration.languages.map { (hreflang: $0.identifier, href: permalink(paths.home(of: $0))) }
                + [(hreflang: "x-default", href: permalink(page.path))]
        }
        guard let group = plan.groups[page.group], !page.isFallback else { return [] }
        var links = translations(of: page).map { language in
            (hreflang: language.identifier, href: self.links[group[language]!].permalink)
        }
        let original = group[configuration.defaultLanguage].map { plan.pages[$0] }.flatMap { $0.isFallback ? nil : $0 }
        links.append((hreflang: "x-default", href: permalink(original?.path ?? OutputPath([]))))
        return links
    }

    /// The language switcher: each language the page exists in (fallbacks included), named in itself.
    private func switcher(of page: SitePlan.Page) -> [TemplateValue] {
        guard let group = plan.groups[page.group], group.count > 1 else { return [] }
        return configuration.languages.compactMap { language in
            group[language].map { index -> TemplateValue in
                let named = facts(language)
                return ["tag": named.tag, "name": named.name, "dir": named.dir, "url": .string(links[index].link), "current": .bool(language == page.language)]
            }
        }
    }

    /// `html` with each `ref` and `relref` placeholder (``PageReference``) replaced by the URL of
    /// its target as a page in `language` sees it: `relref` from the site's root, `ref` absolute.
    ///
    /// - Throws: the first reference whose target is no page, at the shortcode.
    func resolvingReferences(in html: String, language: LanguageTag) throws(Diagnostic) -> String {
        try PageReference.replacing(in: html) { reference throws(Diagnostic) in
            let path = plan.pages[try references.page(for: reference, from: language)].path
            let fragment = reference.target.firstIndex(of: "#").map { reference.target[$0...] } ?? ""
            return (reference.isRelative ? link(path) : permalink(path)) + fragment
        }
    }

    func link(_ path: OutputPath) -> String { path.link(basePath: basePath) }

    /// The share card a page shows (``DrawShareCards`` draws them): an article page its own, a
    /// fallback the card of the page whose text it shows, any other page its language's home
    /// page's (the site's name and tagline), the language chooser the default language's; a
    /// 404 page none.
    func shareCard(of page: SitePlan.Page) -> OutputPath? {
        switch page.kind {
        case .article where page.isFallback:
            plan.groups[page.group]?[configuration.defaultLanguage].map { paths.shareCard(ofPageAt: plan.pages[$0].path) }
        case .article: paths.shareCard(ofPageAt: page.path)
        case .notFound: nil
        case .root: paths.shareCard(ofPageAt: paths.home(of: configuration.defaultLanguage))
        case .list, .tagIndex, .events, .search: paths.shareCard(ofPageAt: paths.home(of: page.language))
        }
    }

    /// The absolute address of the page at `index` in the plan, made once per build.
    func permalink(ofPage index: Int) -> String { links[index].permalink }

    /// The absolute address of a page.
    func permalink(_ path: OutputPath) -> String {
        let relative = path.link(basePath: "/").dropFirst()
        return configuration.baseURL + relative
    }

    /// Open Graph's `language_TERRITORY`, the region the tag's or CLDR's likely one: `ar_EG`
    /// for ar, `sw_TZ` for sw, `sw_KE` for sw-KE.
    static func openGraphLocale(_ tag: LanguageTag) -> String {
        let language = tag.identifier.prefix { $0 != "-" }, region = Language.named(tag).region
        return region.isEmpty ? String(language) : language + "_" + region
    }
}
