import BroadsideLocale
import Foundation

/// An article file as a build holds it: its path and front matter, without its Markdown, and
/// what an earlier build learnt from rendering it.
///
/// The Markdown is read and rendered again when the file's page is written (``render(with:from:)``),
/// so a build holds one article's text per core, not the whole site's.
struct RenderedFile: Sendable {
    var file: ArticleFile
    /// What the cache kept of the file's rendering; `nil` for a file this build is the first to
    /// read, whose page renders it (``RenderedTexts`` then has its facts).
    var facts: TextFacts?

    /// What rendering the file told besides its HTML.
    struct Rendering: Sendable {
        /// The file's path as messages give it, and below `content/`.
        var path, relativePath: String
        var facts: TextFacts
        /// Shortcode errors and dropped raw HTML.
        var problems: [Diagnostic]
        /// Each use of a shortcode the site does not define.
        var unknownShortcodes: [(name: String, location: SourceLocation)]
    }

    /// A file read in this build, its Markdown let go: its page renders it.
    init(_ file: ArticleFile) {
        self.file = file
        if !file.body.isEmpty { self.file.body = "" }
    }

    /// A file taken from the cache, with what an earlier build rendered of it.
    init(cached record: ContentCache.Record) {
        file = record.file
        facts = record.facts
    }

    /// The file read again from `site` and its Markdown rendered.
    ///
    /// - Throws: the file cannot be read, or changed since the build read it.
    func render(with markdown: Markdown, from site: SiteFolder) throws(Diagnostic) -> (html: String, rendering: Rendering) {
        guard let data = try site.contents(ofFile: file.path), let text = String(validatingUTF8Bytes: data),
              StableHash.ofContents(data) == file.contentHash else {
            throw Diagnostic(at: SourceLocation(path: file.path), "the file changed or went away during the build",
                             hint: "build again")
        }
        let rendered = markdown.render(try FrontMatter.split(text, path: file.path).body, page: ShortcodePage(file))
        return (rendered.html, Rendering(path: file.path, relativePath: file.relativePath, facts: TextFacts(rendered, of: file), problems: rendered.problems,
                                         unknownShortcodes: rendered.unknownShortcodes))
    }

    /// The HTML, for a page whose file's warnings were given when it was first rendered.
    ///
    /// - Throws: as ``render(with:from:)``, and the first error rendering finds now (a
    ///   shortcode's template changed).
    func html(with markdown: Markdown, from site: SiteFolder) throws(Diagnostic) -> String {
        let (html, rendering) = try render(with: markdown, from: site)
        if let error = rendering.problems.first(where: { $0.severity == .error }) { throw error }
        return html
    }
}
