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
