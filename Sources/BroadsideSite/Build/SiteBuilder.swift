import BroadsideLocale
import BroadsideTemplates
import Foundation

/// `broadside build`: a site folder to a static site, as a pipeline of named steps.
public enum SiteBuilder {
    /// The templates a site must have, by the pages they render.
    static let requiredTemplates = ["article", "list", "tags", "root"]

    /// Builds the site into a staging folder and publishes it only when every step succeeded.
    ///
    /// - Throws: every error found, together; the output folder is then untouched.
    @discardableResult
    public static func build(_ options: BuildOptions) throws(BuildFailure) -> BuildSummary {
        let start = ContinuousClock.now
        var state = BuildState(options: options)
        do {
            try BuildPipeline(steps: steps).run(&state)
        } catch {
            state.output?.discard()
            throw error
        }
        let elapsed = ContinuousClock.now - start
        state.summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return state.summary
    }

    static var steps: [BuildStep] { [
        BuildStep("read site.yaml", .reading) { state throws(BuildFailure) in
            state.configuration = try SiteConfiguration.load(siteDirectory: state.options.siteDirectory)
        },
        BuildStep("load UI strings", .reading) { state in
            let (strings, problems) = UIStrings.load(siteDirectory: state.options.siteDirectory,
                                                     configuration: state.configuration)
            state.strings = strings
            state.problems += problems
        },
        BuildStep("load templates", .reading) { state in
            let folder = state.options.siteDirectory.appendingPath("templates")
            do throws(TemplateErrors) {
                let library = try TemplateLibrary(directory: folder, missingPartials: .fail)
                state.templates = library
                state.problems += library.unresolvedReferences().map(Diagnostic.init)
                for name in requiredTemplates where library[name] == nil {
                    state.problems.append(Diagnostic(
                        at: SourceLocation(path: folder), "missing template '\(name)'",
                        hint: "add templates/\(name).html; the site needs \(requiredTemplates.joined(separator: ", "))"))
                }
            } catch {
                state.problems += error.errors.map(Diagnostic.init)
            }
        },
        BuildStep("load content", .reading) { state in
            let (content, problems) = SiteContent.load(siteDirectory: state.options.siteDirectory,
                                                       configuration: state.configuration,
                                                       includeDrafts: state.options.includeDrafts)
            state.content = content
            state.problems += problems
        },
        BuildStep("render Markdown", .producing) { state in
            let markdown = Markdown(unsafeHTML: state.configuration.unsafeHTML)
            state.renderedArticles = state.content.articles.concurrentMap { article in
                article.files.mapValues { RenderedFile($0, markdown: markdown) }
            }
        },
        BuildStep("plan pages", .producing) { state in
            state.plan = SitePlan(configuration: state.configuration, articles: state.renderedArticles)
            state.problems += state.plan.problems
        },
        BuildStep("prepare output", .producing) { state throws(BuildFailure) in
            do throws(Diagnostic) { state.output = try OutputDirectory(target: state.options.resolvedOutputDirectory) } catch {
                throw BuildFailure([error])
            }
        },
        BuildStep("render pages", .producing) { state in
            let renderer = PageRenderer(configuration: state.configuration, plan: state.plan,
                                        strings: state.strings, templates: state.templates, output: state.output)
            state.problems += renderer.renderAll()
            var counts: [LanguageTag: Int] = [:]
            for page in state.plan.pages where !page.path.segments.isEmpty { counts[page.language, default: 0] += 1 }
            state.summary.pagesPerLanguage = state.configuration.languages.map { ($0, counts[$0] ?? 0) }
            state.summary.files += state.plan.pages.count
        },
        BuildStep("write feeds and sitemap", .producing) { state in
            let writer = FeedWriter(context: PageContext(configuration: state.configuration, plan: state.plan))
            do throws(Diagnostic) {
                for language in state.configuration.languages {
                    try state.output.write(writer.rss(for: language), to: "\(language.identifier)/feed.xml")
                    try state.output.write(writer.atom(for: language), to: "\(language.identifier)/atom.xml")
                    state.summary.feeds += 2
                }
                try state.output.write(SitemapWriter(context: writer.context).sitemap(), to: "sitemap.xml")
                state.summary.files += state.summary.feeds + 1
            } catch {
                state.problems.append(error)
            }
        },
        BuildStep("copy static files", .producing) { state in
            let folder = state.options.siteDirectory.appendingPath("static")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                do throws(Diagnostic) {
                    try state.output.copy((folder as NSString).appendingPathComponent(name), to: name)
                } catch {
                    state.problems.append(error)
                }
            }
            state.summary.files += FileManager.default.enumerator(atPath: folder)?.allObjects.count ?? 0
        },
        BuildStep("publish", .producing) { state throws(BuildFailure) in
            do throws(Diagnostic) { try state.output.publish() } catch { throw BuildFailure([error]) }
        },
    ] }
}

extension Diagnostic {
    /// A template problem, at its place in the template.
    init(_ error: TemplateError) {
        self.init(at: SourceLocation(path: error.path, line: error.line, column: error.column), error.message)
    }
}
