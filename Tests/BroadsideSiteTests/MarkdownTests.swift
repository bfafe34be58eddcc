import Testing
@testable import BroadsideSite

@Suite struct MarkdownTests {
    @Test func rendersGitHubFlavouredMarkdown() {
        let rendered = Markdown(unsafeHTML: false).render("""
            First *paragraph* here.

            | a | b |
            |:-:|---|
            | 1 | 2 |

            ~~gone~~ https://example.org and a note[^1].

            [^1]: The note.
            """)
        #expect(rendered.html.contains("<table>"))
        #expect(rendered.html.contains("style=\"text-align: center\""))
        #expect(rendered.html.contains("<del>gone</del>"))
        #expect(rendered.html.contains("<a href=\"https://example.org\">"))
        #expect(rendered.html.contains("footnote"))
        #expect(rendered.firstParagraph == "First paragraph here.")
    }

    @Test func rawHTMLOnlyWhenAllowed() {
        let text = "Hello <script>alert(1)</script>\n\n<div class=\"x\">block</div>\n"
        #expect(!Markdown(unsafeHTML: false).render(text).html.contains("<script>"))
        #expect(!Markdown(unsafeHTML: false).render(text).html.contains("<div"))
        #expect(Markdown(unsafeHTML: true).render(text).html.contains("<div class=\"x\">"))
    }

    @Test func countsWords() {
        #expect(Markdown(unsafeHTML: false).render("one two three\n\nfour").wordCount == 4)
        #expect(Markdown(unsafeHTML: false).render("التضامن مع الشعب").wordCount == 3)
    }
}

/// cmark-gfm 0.29.0.gfm.6 keeps the characters its inline extensions react to in one table for
/// the whole process, set when a parser starts its inline pass and cleared when it ends: parsers
/// on several threads must not overlap there, or strikethrough and autolinks come and go.
@Suite struct MarkdownConcurrencyTests {
    @Test func parallelRenderingGivesTheSameHTMLEveryTime() {
        let markdown = Markdown(unsafeHTML: false)
        let text = (0..<40).map { "Line \($0): ~~struck~~ and www.example.org/\($0) and *emphasis*." }.joined(separator: "\n\n")
        let expected = markdown.render(text).html
        #expect(expected.contains("<del>struck</del>") && expected.contains("<a href=\"http://www.example.org/1\">"))
        let results = Array(0..<400).concurrentMap { _ in markdown.render(text).html }
        #expect(results.filter { $0 != expected }.count == 0)
    }
}
