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

    /// Words a minute for reading time (a common estimate across languages).
    static let wordsPerMinute = 200

    /// Renders a file read in this build.
    init(_ file: ArticleFile, markdown: Markdown) {
        let rendered = markdown.render(file.body)
        self.file = file
        html = rendered.html
        summary = file.frontMatter.summary ?? rendered.firstParagraph
        readingMinutes = max(1, (rendered.wordCount + Self.wordsPerMinute - 1) / Self.wordsPerMinute)
    }

    /// A file taken from the cache, with what an earlier build rendered of it.
    init(cached record: ContentCache.Record) {
        file = record.file
        html = nil
        summary = record.summary
        readingMinutes = record.readingMinutes
    }

    /// The HTML, rendered from the file of `site` now if this build has not rendered it.
    func html(with markdown: Markdown, from site: SiteFolder) throws(Diagnostic) -> String {
        if let html { return html }
        guard let data = try site.contents(ofFile: file.path), let text = String(validatingUTF8Bytes: data) else {
            throw Diagnostic(at: SourceLocation(path: file.path), "cannot read the file",
                             hint: "was it removed during the build?")
        }
        return markdown.render(try FrontMatter.split(text, path: file.path).body).html
    }
}
