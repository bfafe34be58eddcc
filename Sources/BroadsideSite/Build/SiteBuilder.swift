import BroadsideLocale
import BroadsideTemplates
import Foundation

/// `broadside build`: a site folder to a static site, as a pipeline of named steps.
public enum SiteBuilder {
    /// The templates a site must have, by the pages they render.
    static let requiredTemplates = ["article", "list", "tags", "root"]
    static let templatesFolder = "templates"
    static let staticFolder = "static"
    /// The hidden folder in the site where a build leaves what the next one can reuse.
    public static let cacheFolder = ".broadside-cache"

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
        BuildStep("look for changes", .reading) { state in
            let site = state.options.siteDirectory
            state.sharedFingerprint = InputFingerprint.shared(siteDirectory: site)
            state.contentFiles = FileTree.filesWithStatus(under: site.appendingPath(SiteContent.folderName))
            state.inputsFingerprint = InputFingerprint.all(
                shared: state.sharedFingerprint, options: state.options,
                folders: [(SiteContent.folderName, state.contentFiles),
                          (staticFolder, FileTree.filesWithStatus(under: site.appendingPath(staticFolder)))])
            guard !state.options.clean else { return }
            state.previousManifest = OutputManifest.load(from: state.manifestPath)
            if let manifest = state.previousManifest, manifest.inputs == state.inputsFingerprint {
                let target = state.options.resolvedOutputDirectory
                state.isUpToDate = manifest.entries.keys.allSatisfy { access(target.appendingPath($0), F_OK) == 0 }
                state.summary.upToDate = state.isUpToDate
                state.summary.files = manifest.entries.count
            }
        },
        BuildStep("load UI strings", .reading) { state in
            let (strings, problems) = UIStrings.load(siteDirectory: state.options.siteDirectory,
                                                     configuration: state.configuration)
            state.strings = strings
            state.problems += problems
        },
        BuildStep("load templates", .reading) { state in
            let folder = state.options.siteDirectory.appendingPath(templatesFolder)
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
                state.problems += error.errors.map { error in
                    var diagnostic = Diagnostic(error)
                    if !FileManager.default.fileExists(atPath: folder) {
                        diagnostic.hint = "a site needs templates/ with \(requiredTemplates.joined(separator: ", ")); start from the templates/ folder of Broadside's own repository"
                    }
                    return diagnostic
                }
            }
        },
        BuildStep("load content", .reading) { state in
            let site = state.options.siteDirectory
            state.contentCache = state.options.clean
                ? ContentCache(configurationHash: state.sharedFingerprint)
                : ContentCache.load(from: state.cacheFolder, configurationHash: state.sharedFingerprint,
                                    root: site.appendingPath(SiteContent.folderName),
                                    languages: state.configuration.languages)
            let (content, problems) = SiteContent.load(siteDirectory: site, configuration: state.configuration,
                                                       includeDrafts: state.options.includeDrafts,
                                                       files: state.contentFiles, cache: state.contentCache)
            state.content = content
            state.problems += problems
        },
        BuildStep("render Markdown", .producing) { state in
            let markdown = Markdown(unsafeHTML: state.configuration.unsafeHTML)
            let cache = state.contentCache
            state.renderedArticles = state.content.articles.concurrentMap { article in
                article.files.mapValues { file in
                    if let record = cache.records[file.relativePath], record.file.contentHash == file.contentHash {
                        return RenderedFile(cached: record)
                    }
                    return RenderedFile(file, markdown: markdown)
                }
            }
            var records: [String: ContentCache.Record] = [:]
            var renderedNow = 0
            for rendered in state.renderedArticles.joined().map(\.value) {
                if rendered.html != nil { renderedNow += 1 }
                guard let status = state.content.fileStatus[rendered.file.relativePath] else { continue }
                var file = rendered.file
                file.body = ""
                records[file.relativePath] = ContentCache.Record(size: status.size, modified: status.modified, file: file,
                                                                 summary: rendered.summary,
                                                                 readingMinutes: rendered.readingMinutes)
            }
            state.contentCacheChanged = renderedNow > 0 || records.count != state.contentCache.records.count
            state.contentCache.records = records
        },
        BuildStep("plan pages", .producing) { state in
            state.plan = SitePlan(configuration: state.configuration, articles: state.renderedArticles)
            state.problems += state.plan.problems
        },
        BuildStep("prepare output", .producing) { state throws(BuildFailure) in
            do throws(Diagnostic) {
                state.output = try OutputDirectory(target: state.options.resolvedOutputDirectory,
                                                   previous: state.previousManifest)
            } catch {
                throw BuildFailure([error])
            }
        },
        BuildStep("render pages", .producing) { state in
            let renderer = PageRenderer(configuration: state.configuration, plan: state.plan,
                                        strings: state.strings, templates: state.templates, output: state.output,
                                        markdown: Markdown(unsafeHTML: state.configuration.unsafeHTML),
                                        sharedFingerprint: state.sharedFingerprint,
                                        progress: state.options.progress)
            state.problems += renderer.renderAll()
            var counts: [LanguageTag: Int] = [:]
            for page in state.plan.pages where !page.path.segments.isEmpty { counts[page.language, default: 0] += 1 }
            state.summary.pagesPerLanguage = state.configuration.languages.map { ($0, counts[$0] ?? 0) }
            state.summary.files += state.plan.pages.count
        },
        BuildStep("write feeds and sitemap", .producing) { state in
            let context = PageContext(configuration: state.configuration, plan: state.plan)
            let feeds = FeedWriter(context: context, markdown: Markdown(unsafeHTML: state.configuration.unsafeHTML))
            let shared = state.sharedFingerprint
            do throws(Diagnostic) {
                for language in state.configuration.languages {
                    let fingerprint = feeds.fingerprint(for: language, shared: shared)
                    for (name, make) in [("feed.xml", feeds.rss), ("atom.xml", feeds.atom)] {
                        let path = "\(language.identifier)/\(name)"
                        if !state.output.isCurrent(path, fingerprint: fingerprint) {
                            try state.output.write(try make(language), to: path, fingerprint: fingerprint)
                        }
                        state.summary.feeds += 1
                    }
                }
                let sitemap = SitemapWriter(context: context)
                let fingerprint = sitemap.fingerprint(shared: shared)
                if !state.output.isCurrent("sitemap.xml", fingerprint: fingerprint) {
                    try state.output.write(sitemap.sitemap(), to: "sitemap.xml", fingerprint: fingerprint)
                }
                state.summary.files += state.summary.feeds + 1
            } catch {
                state.problems.append(error)
            }
        },
        BuildStep("copy static files and page resources", .producing) { state in
            let site = state.options.siteDirectory
            let folder = site.appendingPath(staticFolder)
            for file in FileTree.files(under: folder) {
                copy(folder.appendingPath(file), to: file, &state)
            }
            // A page bundle's other files go beside the page in every language it is shown in.
            let content = site.appendingPath(SiteContent.folderName)
            for page in state.plan.pages {
                guard case .article(let entry) = page.kind, let bundle = entry.text.file.bundleFolder else { continue }
                let root = content.appendingPath(bundle)
                for file in FileTree.files(under: root) where !file.hasSuffix(".md") {
                    copy(root.appendingPath(file), to: page.path.folder.appendingPath(file), &state)
                }
            }
        },
        BuildStep("publish", .producing) { state throws(BuildFailure) in
            do throws(Diagnostic) {
                let (manifest, changes) = try state.output.publish(inputs: state.inputsFingerprint)
                state.summary.changes = changes
                // A cache that cannot be written only makes the next build slower.
                if state.contentCacheChanged { try? state.contentCache.save(to: state.cacheFolder) }
                try? manifest.save(to: state.manifestPath)
            } catch {
                throw BuildFailure([error])
            }
        },
    ] }
}

extension SiteBuilder {
    /// Publishes a file as it is, unless the output already has it from the same size and time.
    static func copy(_ source: String, to relativePath: String, _ state: inout BuildState) {
        let status = FileStatus(path: source)
        var fingerprint = StableHash()
        fingerprint.combine(UInt64(bitPattern: status.size))
        fingerprint.combine(UInt64(bitPattern: status.modified))
        state.summary.files += 1
        guard !state.output.isCurrent(relativePath, fingerprint: fingerprint.value) else { return }
        do throws(Diagnostic) {
            guard let bytes = FileManager.default.contents(atPath: source) else {
                throw Diagnostic(at: SourceLocation(path: source), "cannot read the file")
            }
            try state.output.write(bytes, to: relativePath, fingerprint: fingerprint.value)
        } catch {
            state.problems.append(error)
        }
    }
}

extension Diagnostic {
    /// A template problem, at its place in the template.
    init(_ error: TemplateError) {
        self.init(at: SourceLocation(path: error.path, line: error.line, column: error.column), error.message)
    }
}
