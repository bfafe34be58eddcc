import BroadsideLocale
import BroadsideTemplates
import Synchronization

/// Renders every planned page with its template and writes it, across all cores.
///
/// A page whose fingerprint — its template data, the article's file, and everything shared —
/// is the one the last build wrote is left alone. Each page's text is written as soon as it is
/// rendered and then dropped, so memory follows the plan, not the size of the site.
struct PageRenderer: Sendable {
    /// The planned site's page data, made once for the pages and the feeds.
    let context: PageContext
    let strings: UIStrings
    let templates: TemplateLibrary
    let output: any SiteOutput
    /// The languages whose pages are made; the others' are kept, the language chooser is made.
    let languages: LanguageSelection
    let markdown: Markdown
    /// Where an article taken from the cache is read again to render its HTML.
    let site: SiteFolder
    let sharedFingerprint: UInt64
    /// Told how many pages are done, every so often.
    let progress: @Sendable (_ done: Int, _ total: Int) -> Void

    /// - Returns: the problems of pages that could not be rendered or written.
    func renderAll() -> [Diagnostic] {
        let configuration = context.configuration, plan = context.plan
        let functions = Dictionary(uniqueKeysWithValues: configuration.languages.map { language in
            (language, TemplateFunctions.make(for: language, strings: strings, timeZone: configuration.timeZone))
        })
        let done = Atomic<Int>(0)
        let total = plan.pages.count
        let problems = Array(plan.pages.indices).concurrentMap { index -> (Diagnostic, String)? in
            let finished = done.add(1, ordering: .relaxed).newValue
            if finished % 64 == 0 || finished == total { progress(finished, total) }
            let page = plan.pages[index]
            if case .root = page.kind {} else if !languages.includes(page.language) {
                output.keep(page.file)
                return nil
            }
            let template = Self.templateName(of: page)
            var fingerprint = StableHash()
            fingerprint.combine(sharedFingerprint)
            fingerprint.combine(template)
            fingerprint.combine(context.value(for: index, as: .fingerprint))
            let text: RenderedFile?
            if case .article(let entry) = page.kind { text = entry.text } else { text = plan.sectionText(of: page) }
            if let text {
                fingerprint.combine(text.file.contentHash)
                if text.hasReferences { fingerprint.combine(context.referencedPaths) }
            }
            let file = page.file
            do throws(Diagnostic) {
                // The page's path is claimed already: the output directory was made from the plan.
                guard !output.isCurrent(file, fingerprint: fingerprint.value) else { return nil }
                let body = try text?.html(with: markdown, from: site)
                let value = context.value(for: index)
                let data = body.map { context.adding(body: $0, to: value) } ?? value
                let rendered: String
                do throws(TemplateError) {
                    rendered = try templates.render(template, data, functions: functions[page.language] ?? [:])
                } catch {
                    throw Diagnostic(error)
                }
                let html = try context.resolvingReferences(in: rendered, language: page.language)
                try output.write(html.utf8, to: file, fingerprint: fingerprint.value, from: Self.origin(of: page))
                return nil
            } catch {
                return (error, file)
            }
        }
        return Self.merged(problems.compactMap { $0 })
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
        }
    }

    static func templateName(of page: SitePlan.Page) -> String {
        switch page.kind {
        case .article: "article"
        case .list: "list"
        case .tagIndex: "tags"
        case .root: "root"
        case .notFound: "404"
        }
    }
}
