import BroadsideLocale

/// A plan made again from the last one when only the articles' texts changed: `serve` after
/// an edit to an article's Markdown, which changes no page's path, list or translation.
extension SitePlan {
    /// The plan of `articles`, made from this plan of `planned`: its pages with each changed
    /// text in place of the old one. `nil` when the articles make other pages than `planned`
    /// made: a file added, removed, moved or renamed, or its front matter changed.
    ///
    /// Each entry that shows a changed text is replaced by a new one, the same in every list
    /// that has it; the others are kept.
    ///
    /// - Returns: the plan, and the indices of its pages that show a changed text (as their
    ///   article, in their list or among its undated pages, or as their own text): every other
    ///   page's data is the same.
    func replacingTexts(of planned: [[LanguageTag: RenderedFile]], with articles: [[LanguageTag: RenderedFile]])
        -> (plan: SitePlan, pagesShowingAChange: Set<Int>)? {
        guard planned.count == articles.count else { return nil }
        var changed: [String: RenderedFile] = [:]
        for (old, new) in zip(planned, articles) {
            guard old.count == new.count else { return nil }
            for (language, text) in new {
                guard let previous = old[language], previous.file.makesTheSamePages(as: text.file) else { return nil }
                if previous.file.contentHash != text.file.contentHash || previous.facts != text.facts {
                    changed[text.file.relativePath] = text
                }
            }
        }
        guard !changed.isEmpty else { return (self, []) }
        var replaced: [ObjectIdentifier: Entry] = [:]
        func replacing(_ entry: Entry) -> Entry {
            guard let text = changed[entry.text.file.relativePath] else { return entry }
            if let made = replaced[ObjectIdentifier(entry)] { return made }
            let made = Entry(key: entry.key, language: entry.language, text: text, path: entry.path,
                             isFallback: entry.isFallback, tags: entry.tags, date: entry.date)
            replaced[ObjectIdentifier(entry)] = made
            return made
        }
        func showsAChange(_ entries: some Collection<Entry>) -> Bool {
            entries.contains { changed[$0.text.file.relativePath] != nil }
        }
        func replacing(_ entries: [Entry]) -> [Entry] {
            showsAChange(entries) ? entries.map(replacing) : entries
        }
        var plan = self
        plan.entries = plan.entries.mapValues(replacing)
        plan.undated = plan.undated.mapValues(replacing)
        plan.events = plan.events.mapValues(replacing)
        plan.undatedInSection = plan.undatedInSection.mapValues { $0.mapValues(replacing) }
        plan.sectionTexts = plan.sectionTexts.mapValues { $0.mapValues { changed[$0.file.relativePath] ?? $0 } }
        var pagesShowingAChange = Set<Int>()
        for index in plan.pages.indices {
            let page = plan.pages[index]
            switch page.kind {
            case .article(let entry) where changed[entry.text.file.relativePath] != nil:
                plan.pages[index].kind = .article(replacing(entry))
            case let .list(listing, entries, number, count) where showsAChange(entries):
                plan.pages[index].kind = .list(listing, entries: entries.map(replacing)[...], number: number, count: count)
            case let .events(upcoming, past) where showsAChange(upcoming + past):
                plan.pages[index].kind = .events(upcoming: upcoming.map(replacing), past: past.map(replacing))
            case .list where showsAChange(plan.undatedEntries(shownOn: page))
                || plan.sectionText(of: page).map { changed[$0.file.relativePath] != nil } == true:
                break
            case .article, .list, .tagIndex, .root, .notFound, .events, .search:
                continue
            }
            pagesShowingAChange.insert(index)
        }
        return (plan, pagesShowingAChange)
    }
}
