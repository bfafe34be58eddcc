import BroadsideLocale
import Foundation

/// An article file with what its Markdown gives: HTML, summary and reading time.
struct RenderedFile: Sendable {
    var file: ArticleFile
    /// The HTML, when this build rendered the file; `nil` for a file taken from the cache,
    /// whose HTML is rendered only if a page needs it (``html(with:from:)``).
    var html: String?
    /// Front matter `summary`, else the first paragraph as plain text.
    var summary: String
    var readingMinutes: Int
    /// Whether the HTML has `ref` or `relref` links (``PageReference``): the page then shows
    /// other pages' paths, and must be made again when they move.
    var hasReferences: Bool
    /// Whether the summary, reading time and references are the file's, rendered now or by an
    /// earlier build; not for a file of a language the build does not make.
    var isRendered = true
    /// What rendering found, when this build rendered the file: shortcode errors, dropped raw HTML.
    var problems: [Diagnostic] = []
    /// Each use of a shortcode the site does not define, when this build rendered the file.
    var unknownShortcodes: [(name: String, location: SourceLocation)] = []

    /// Words a minute for reading time (a common estimate across languages).
    static let wordsPerMinute = 200

    /// Renders a file read in this build, keeping its HTML but not its Markdown.
    init(_ file: ArticleFile, markdown: Markdown) {
        let rendered = markdown.render(file.body, page: ShortcodePage(file))
        self.file = file
        self.file.body = ""
        html = rendered.html
        problems = rendered.problems
        unknownShortcodes = rendered.unknownShortcodes
        summary = file.frontMatter.summary ?? rendered.firstParagraph
        readingMinutes = max(1, (rendered.wordCount + Self.wordsPerMinute - 1) / Self.wordsPerMinute)
        hasReferences = PageReference.occurs(in: rendered.html)
    }

    /// A file of a language the build does not make (``LanguageSelection``), not rendered: its
    /// page is kept, and only its path and front matter are shown elsewhere.
    init(unrendered file: ArticleFile) {
        self.file = file
        html = nil
        summary = file.frontMatter.summary ?? ""
        readingMinutes = 1
        hasReferences = false
        isRendered = false
    }

    /// A file taken from the cache, with what an earlier build rendered of it.
    init(cached record: ContentCache.Record) {
        file = record.file
        html = nil
        summary = record.summary
        readingMinutes = record.readingMinutes
        hasReferences = record.hasReferences
    }

    /// The HTML, rendered from the file of `site` now if this build has not rendered it.
    ///
    /// - Throws: the file cannot be read, or its shortcodes fail now (a template changed); its
    ///   warnings were given when it was first rendered.
    func html(with markdown: Markdown, from site: SiteFolder) throws(Diagnostic) -> String {
        if let html { return html }
        guard let data = try site.contents(ofFile: file.path), let text = String(validatingUTF8Bytes: data) else {
            throw Diagnostic(at: SourceLocation(path: file.path), "cannot read the file",
                             hint: "was it removed during the build?")
        }
        let rendered = markdown.render(try FrontMatter.split(text, path: file.path).body, page: ShortcodePage(file))
        if let error = rendered.problems.first(where: { $0.severity == .error }) { throw error }
        return rendered.html
    }
}
