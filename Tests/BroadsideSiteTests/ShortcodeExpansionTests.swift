import BroadsideTemplates
import Testing
@testable import BroadsideSite

/// Shortcodes expanded in a page's Markdown: site templates, the built-in ones, unknown ones.
@Suite struct ShortcodeExpansionTests {
    static let page = ShortcodePage(path: "content/articles/x.en.md", bodyLine: 5,
                                    data: ["lang": "en", "title": "The page"])

    static func markdown(unsafeHTML: Bool = false, _ templates: [String: String] = [:]) throws -> Markdown {
        var library: [String: Template] = [:]
        for (name, source) in templates {
            library["shortcodes/" + name] = try Template(source: source, path: "templates/shortcodes/\(name).html")
        }
        return Markdown(unsafeHTML: unsafeHTML, shortcodes: ShortcodeLibrary(templates: TemplateLibrary(templates: library)))
    }

    @Test func htmlShortcodeGetsArgumentsInnerAsWrittenAndThePage() throws {
        let markdown = try Self.markdown(["note": #"<aside class="{{type}}" lang="{{page.lang}}" title="{{page.title}}">{{{inner}}}</aside>"#])
        let rendered = markdown.render("Before.\n\n{{< note type=\"info\" >}}Some *text*{{< /note >}}\n", page: Self.page)
        #expect(rendered.html == "<p>Before.</p>\n<aside class=\"info\" lang=\"en\" title=\"The page\">Some *text*</aside>\n")
        #expect(rendered.problems.isEmpty)
    }

    @Test func markdownShortcodeOutputIsMarkdownAndInnerIsRendered() throws {
        let markdown = try Self.markdown(["quote": "> {{{inner}}}\n>\n> — {{#args}}{{.}}{{/args}}"])
        let rendered = markdown.render("{{% quote Ada %}}Some *text*{{% /quote %}}", page: Self.page)
        #expect(rendered.html == "<blockquote>\n<p>Some <em>text</em></p>\n<p>— Ada</p>\n</blockquote>\n")
    }

    @Test func positionalArgumentsAreTheListArgs() throws {
        let markdown = try Self.markdown(["say": "{{#args}}[{{.}}]{{/args}}"])
        #expect(markdown.render(#"A {{< say "one two" `three` four >}} B"#, page: Self.page).html
                == "<p>A [one two][three][four] B</p>\n")
    }

    @Test func figureIsHugosMarkup() throws {
        let rendered = try Self.markdown().render(
            #"{{< figure src="/a.jpg" caption="A *cat*" link="/x" title="T" width="10" height="20" >}}"#, page: Self.page)
        #expect(rendered.html == #"<figure><a href="/x"><img src="/a.jpg" alt="A cat" width="10" height="20"></a><figcaption><h4>T</h4><p>A <em>cat</em></p></figcaption></figure>\#n"#)
        #expect(try Self.markdown().render(#"{{< figure src="/b.png" alt="B &" >}}"#, page: Self.page).html
                == #"<figure><img src="/b.png" alt="B &amp;"></figure>\#n"#)
    }

    @Test func siteTemplateReplacesABuiltIn() throws {
        let markdown = try Self.markdown(["figure": "<img src=\"{{src}}\">"])
        #expect(markdown.render("{{< figure src=\"/a.jpg\" >}}", page: Self.page).html == "<img src=\"/a.jpg\">\n")
    }

    @Test func unknownShortcodeKeepsItsInnerAsMarkdownAndDropsItsTags() throws {
        let rendered = try Self.markdown().render("Text\n\n{{< nope a=1 >}}*kept*{{< /nope >}} {{% nope %}}", page: Self.page)
        #expect(rendered.html == "<p>Text</p>\n<p><em>kept</em></p>\n")
        #expect(rendered.unknownShortcodes.map(\.name) == ["nope", "nope"])
        #expect(rendered.unknownShortcodes.first?.location == SourceLocation(path: Self.page.path, line: 7, column: 1))
    }

    @Test func refBecomesAPlaceholderThatCarriesItsTarget() throws {
        let rendered = try Self.markdown().render(#"[x]({{< relref "articles/y.md#part" >}}) {{< ref path="y" lang="fr" >}}"#, page: Self.page)
        var references: [PageReference] = []
        let html = try PageReference.replacing(in: rendered.html) { reference in
            references.append(reference)
            return "URL\(references.count)"
        }
        #expect(html == "<p><a href=\"URL1\">x</a> URL2</p>\n")
        #expect(references == [
            PageReference(target: "articles/y.md#part", language: nil, isRelative: true,
                          location: SourceLocation(path: Self.page.path, line: 5, column: 5)),
            PageReference(target: "y", language: "fr", isRelative: false,
                          location: SourceLocation(path: Self.page.path, line: 5, column: 42)),
        ])
    }

    @Test func shortcodesInCodeStayAsWritten() throws {
        let rendered = try Self.markdown().render("`{{< figure src=x >}}`\n\n    {{< nope >}}\n", page: Self.page)
        #expect(rendered.html == "<p><code>{{&lt; figure src=x &gt;}}</code></p>\n<pre><code>{{&lt; nope &gt;}}\n</code></pre>\n")
        #expect(rendered.unknownShortcodes.isEmpty)
    }

    @Test func aFailingTemplateIsAnErrorNamingTheShortcode() throws {
        let markdown = try Self.markdown(["bad": "{{> missing}}"])
        let problem = try #require(markdown.render("\n{{< bad >}}", page: Self.page).problems.first)
        #expect(problem.severity == .error)
        #expect(problem.message.contains("shortcode 'bad' at content/articles/x.en.md:6:1"))
    }

    @Test func droppedRawHTMLIsOneWarningWithTheCount() throws {
        let text = "<div>block</div>\n\nInline <b>bold</b>.\n"
        let warning = try #require(try Self.markdown().render(text, page: Self.page).problems.first)
        #expect(warning.severity == .warning && warning.message.hasPrefix("3 pieces of raw HTML were left out"))
        #expect(warning.hint?.contains("unsafeHTML: true") == true)
        #expect(try Self.markdown(unsafeHTML: true).render(text, page: Self.page).problems.isEmpty)
    }

    @Test func aSyntaxErrorLeavesTheTextAsWrittenAndReportsIt() throws {
        let rendered = try Self.markdown().render("{{< a", page: Self.page)
        #expect(rendered.problems.first?.message.contains("not closed") == true)
    }

    @Test func aTemplateThatRepeatsInnerMeetsTheOutputLimit() throws {
        let markdown = try Self.markdown(["twice": "{{{inner}}}{{{inner}}}"])
        let text = String(repeating: "{{< twice >}}", count: 12) + "12345678" + String(repeating: "{{< /twice >}}", count: 12)
        var limits = ShortcodeLimits.standard
        limits.maximumExpandedBytes = 1_000
        let problems = ShortcodeExpander.render(text, plainText: false, page: Self.page, markdown: markdown, limits: limits).problems
        #expect(problems.count == 1)
        #expect(problems.first?.message == "shortcodes of this file wrote more than 1000 bytes")
        #expect(ShortcodeExpander.render(text, plainText: false, page: Self.page, markdown: markdown).problems.isEmpty)
    }
}
