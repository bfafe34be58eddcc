import BroadsideLocale

/// An article file with its Markdown rendered, once per file per build.
struct RenderedFile: Sendable {
    var file: ArticleFile
    var html: String
    /// Front matter `summary`, else the first paragraph as plain text.
    var summary: String
    var readingMinutes: Int

    /// Words a minute for reading time (a common estimate across languages).
    static let wordsPerMinute = 200

    init(_ file: ArticleFile, markdown: Markdown) {
        let rendered = markdown.render(file.body)
        self.file = file
        html = rendered.html
        summary = file.frontMatter.summary ?? rendered.firstParagraph
        readingMinutes = max(1, (rendered.wordCount + Self.wordsPerMinute - 1) / Self.wordsPerMinute)
    }
}
