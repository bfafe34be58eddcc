/// What rendering an article file's Markdown tells besides its HTML: what lists, feeds and
/// the file's own page show of it, and what its page's fingerprint depends on.
struct TextFacts: Sendable, Hashable {
    /// Front matter `summary`, else the first paragraph as plain text.
    var summary: String
    var readingMinutes: Int
    /// Whether the HTML has `ref` or `relref` links (``PageReference``): the page then shows
    /// other pages' paths, and must be made again when they move.
    var hasReferences: Bool

    /// Words a minute for reading time (a common estimate across languages).
    static let wordsPerMinute = 200

    /// What `rendered`, the Markdown of `file`, tells.
    init(_ rendered: Markdown.Rendered, of file: ArticleFile) {
        summary = file.frontMatter.summary ?? rendered.firstParagraph
        readingMinutes = max(1, (rendered.wordCount + Self.wordsPerMinute - 1) / Self.wordsPerMinute)
        hasReferences = PageReference.occurs(in: rendered.html)
    }

    init(summary: String, readingMinutes: Int, hasReferences: Bool) {
        (self.summary, self.readingMinutes, self.hasReferences) = (summary, readingMinutes, hasReferences)
    }

    /// What is shown of a file no build has rendered (one of a language the build does not
    /// make, ``LanguageSelection``): its front matter's summary, if any.
    static func unrendered(_ file: ArticleFile) -> TextFacts {
        TextFacts(summary: file.frontMatter.summary ?? "", readingMinutes: 1, hasReferences: false)
    }
}
