import BroadsideLocale
import BroadsideTemplates
import Synchronization

/// Renders planned pages with their templates and writes them, across all cores: the article
/// pages first, each rendering its article's Markdown, then the pages that list articles.
///
/// A page whose fingerprint — its template data, the article's file, and everything shared —
/// is the one the last build wrote is left alone. Each page's text is written as soon as it is
/// rendered and then dropped, and an article's Markdown is read and rendered only while its
/// page is made, so memory follows the plan, not the size of the site.
struct PageRenderer: Sendable {
    /// The planned site's page data, made once for the pages and the feeds.
    private(set) var context: PageContext
    let strings: UIStrings
    let templates: TemplateLibrary
    let output: any SiteOutput
    /// The languages whose pages are made; the others' are kept, the language chooser is made.
    let languages: LanguageSelection
    let markdown: Markdown
    /// Where an article's Markdown is read again to render its page.
    let site: SiteFolder
    let sharedFingerprint: UInt64
    /// The only pages whose data may have changed since the last build, when the plan is the
    /// last build's (``PlanPages/Planned/pagesShowingAChange``): the others are kept as they
    /// are without a look. `nil`: every page is looked at.
    let pagesToLookAt: Set<Int>?
    /// Told how many pages are done, every so often.
    let progress: @Sendable (_ done: Int, _ total: Int) -> Void

    /// What rendering some pages gave.
    struct Outcome {
        /// The files rendered for the first time, with what their pages' text told.
        var renderings: [RenderedFile.Rendering] = []
        /// The problems of pages that could not be rendered or written.
        var problems: [Diagnostic] = []
    }

    /// The renderer for the pages after the article pages, which show what `texts` told.
    func knowing(_ texts: RenderedTexts) -> PageRenderer {
        var renderer = self
        renderer.context = context.knowing(texts)
        return renderer
    }

    /// Renders the article pages (``SitePlan/Page/Kind/article(_:)``), or every other page.
    ///
    /// - Parameter articles: which; the other pages need a ``context`` that knows what the
    ///   article pages' texts told (``PageContext/knowing(_:)``).
    func render(articles: Bool) -> Outcome {
        let configuration = context.configuration, plan = context.plan
        let functions = Dictionary(uniqueKeysWithValues: configuration.languages.map { language in
            (language, TemplateFunctions.make(for: language, strings: strings, timeZone: configuration.timeZone))
        })
        let indices = plan.pages.indices.filter { index in
            if case .article = plan.pages[index].kind { articles } else { !articles }
        }
        let done = Atomic<Int>(0)
        let total = plan.pages.count, before = articles ? 0 : plan.pages.count - indices.count
        let results = indices.concurrentMap { index -> Leftover? in
            let finished = before + done.add(1, ordering: .relaxed).newValue
            if finished % 64 == 0 || finished == total { progress(finished, total) }
            let page = plan.pages[index]
            let isMade = if case .root = page.kind { true } else { languages.includes(page.language) }
            guard isMade, pagesToLookAt?.contains(index) != false else {
                output.keep(page.file)
                return nil
            }
            let text: RenderedFile?
            if case .article(let entry) = page.kind { text = entry.text } else { text = plan.sectionText(of: page) }
            var made: RenderedFile.Rendering?
            var body: String?
            let file = page.file
            do throws(Diagnostic) {
                // A text no build has rendered yet is rendered first: the page shows what it tells.
                var facts = text.flatMap(context.knownFacts)
                if let text, facts == nil {
                    let (html, rendering) = try text.render(with: markdown, from: site)
                    (made, facts, body) = (rendering, rendering.facts, html)
                    // Its errors are reported with the file's other problems.
                    if rendering.problems.contains(where: { $0.severity == .error }) { return Leftover(made) }
                }
                let template = Self.templateName(of: page)
                var fingerprint = StableHash()
                fingerprint.combine(sharedFingerprint)
                fingerprint.combine(template)
                fingerprint.combine(context.value(for: index, as: .fingerprint, own: facts))
                if let text, let facts {
                    fingerprint.combine(text.file.contentHash)
                    if facts.hasReferences { fingerprint.combine(context.referencedPaths) }
                }
                // The page's path is claimed already: the output directory was made from the plan.
                guard !output.isCurrent(file, fingerprint: fingerprint.value) else { return Leftover(made) }
                if body == nil, let text { body = try text.html(with: markdown, from: site) }
                let value = context.value(for: index, own: facts)
                let data = body.map { context.adding(body: $0, to: value) } ?? value
                let html: String
                do throws(TemplateError) {
                    html = try templates.render(template, data, functions: functions[page.language] ?? [:])
                } catch {
                    throw Diagnostic(error)
                }
                try output.write(try context.resolvingReferences(in: html, language: page.language).utf8, to: file,
                                 fingerprint: fingerprint.value, from: Self.origin(of: page))
                return Leftover(made)
            } catch {
                return Leftover(made, problem: (error, file))
            }
        }
        return Outcome(renderings: results.compactMap { $0?.rendered }, problems: Self.merged(results.compactMap { $0?.problem }))
    }

    /// What rendering a page leaves to report, boxed: most pages leave nothing, and cost a word each.
    private final class Leftover: Sendable {
        let rendered: RenderedFile.Rendering?
        let problem: (diagnostic: Diagnostic, page: String)?

        /// `nil` when there is nothing to report.
        init?(_ rendered: RenderedFile.Rendering?, problem: (diagnostic: Diagnostic, page: String)? = nil) {
            guard rendered != nil || problem != nil else { return nil }
            (self.rendered, self.problem) = (rendered, problem)
        }
    }

    /// One diagnostic per problem, naming the first page it broke and how many more: a mistake
    /// in a layout would otherwise be reported once for every page of the site.
    static func merged(_ problems: [(diagnostic: Diagnostic, page: String)]) -> [Diagnostic] {
        var pages: [Diagnostic: [String]] = [:]
        var order: [Diagnostic] = []
        for (diagnostic, page) in problems {
            if pages[diagnostic] == nil { order.append(diagnostic) }
            pages[diagnostic, default: []].append(page)
        }
        return order.map { diagnostic in
            let pages = pages[diagnostic]!
            var merged = diagnostic
            merged.message += pages.count == 1 ? " (rendering \(pages[0]))"
                : " (rendering \(pages[0]) and \(pages.count - 1) more pages)"
            return merged
        }
    }

    /// What a page is made from, for messages about its path.
    static func origin(of page: SitePlan.Page) -> OutputOrigin {
        switch page.kind {
        case .article(let entry): .file(entry.text.file.path)
        case .list(.tag(let tag), _, _, _): .generated("the \(page.language) page of tag '\(tag.name)'")
        case .list(.section(let section), _, _, _): .generated("the \(page.language) page of section \(section)")
        case .list(.home, _, _, _): .generated("the \(page.language) home page")
        case .tagIndex: .generated("the \(page.language) tag index")
        case .root: .generated("the language chooser")
        case .notFound: .generated("the \(page.language) 404 page")
        case .events: .generated("the \(page.language) events page")
        case .search: .generated("the \(page.language) search page")
        }
    }

    static func templateName(of page: SitePlan.Page) -> String {
        switch page.kind {
        case .article: "article"
        case .list: "list"
        case .tagIndex: "tags"
        case .root: "root"
        case .notFound: "404"
        case .events: "events"
        case .search: "search"
        }
    }
}
