import BroadsideTemplates
import Testing

/// A function's text in another language than the element around it is marked where it lands:
/// a `span` with `lang` and `dir` in element content, LRI or RLI … PDI in attributes and `title`,
/// nothing in scripts and comments.
@Suite struct TextLanguageTests {
    static let english = TemplateText.Language(tag: "en", isRightToLeft: false)
    static let urdu = TemplateText.Language(tag: "ur", isRightToLeft: true)
    /// `{{en}}` gives "Home" in English, `{{ur}}` "گھر" in Urdu, `{{none}}` "Home" in no known language.
    static let functions: [String: TemplateFunction] = [
        "en": { _ in TemplateText("Home <1>", language: english) },
        "ur": { _ in TemplateText("گھر", language: urdu) },
        "none": { _ in "Home" },
    ]

    func render(_ source: String, partials: [String: String] = [:]) throws -> String {
        var templates = try partials.mapValues { try Template(source: $0, path: "p") }
        templates["page"] = try Template(source: source, path: "page")
        return try TemplateLibrary(templates: templates).render("page", [:], functions: Self.functions)
    }

    @Test func inElementContentTheTextGetsASpanWithItsLanguage() throws {
        #expect(try render(#"<html lang="ur" dir="rtl"><p>{{en}}</p>"#)
            == #"<html lang="ur" dir="rtl"><p><span lang="en" dir="ltr">Home &lt;1&gt;</span></p>"#)
        #expect(try render(#"<html lang="ur" dir="rtl"><p>{{{en}}}</p>"#)
            == #"<html lang="ur" dir="rtl"><p><span lang="en" dir="ltr">Home <1></span></p>"#, "raw stays raw")
        #expect(try render(#"<html lang="ur" dir="rtl"><p>{{ur}} {{none}}</p>"#) == #"<html lang="ur" dir="rtl"><p>گھر Home</p>"#,
                "the element's own language, and text of no known language, are left as they are")
    }

    @Test func inAttributesAndTitlesTheTextIsIsolatedWhenItsDirectionDiffers() throws {
        #expect(try render(#"<html lang="ur" dir="rtl"><nav aria-label="{{en}}"><a title='{{en}}' data-x={{en}}>"#)
            == "<html lang=\"ur\" dir=\"rtl\"><nav aria-label=\"\u{2066}Home &lt;1&gt;\u{2069}\"><a title='\u{2066}Home &lt;1&gt;\u{2069}' data-x=\u{2066}Home &lt;1&gt;\u{2069}>")
        #expect(try render(#"<html lang="ur" dir="rtl"><head><title>{{en}} · {{ur}}</title></head>"#)
            == "<html lang=\"ur\" dir=\"rtl\"><head><title>\u{2066}Home &lt;1&gt;\u{2069} · گھر</title></head>")
        #expect(try render(#"<html lang="fr" dir="ltr"><meta content="{{en}}">"#) == #"<html lang="fr" dir="ltr"><meta content="Home &lt;1&gt;">"#,
                "the same direction: nothing to isolate, and no markup can say the language there")
        #expect(try render(#"<html lang="en" dir="ltr"><meta content="{{ur}}">"#) == "<html lang=\"en\" dir=\"ltr\"><meta content=\"\u{2067}گھر\u{2069}\">")
    }

    @Test func scriptsStylesAndCommentsAreLeftAlone() throws {
        let page = #"<html lang="ur" dir="rtl"><script>var a = "{{en}}"; if (a</b) {}</script><style>p{}</style><!-- {{en}} -->"#
        #expect(try render(page) == #"<html lang="ur" dir="rtl"><script>var a = "Home <1>"; if (a</b) {}</script><style>p{}</style><!-- Home <1> -->"#
            .replacingOccurrences(of: "Home <1>", with: "Home &lt;1&gt;"))
        #expect(try render(#"<html lang="ur" dir="rtl"><script>x</script><p>{{en}}</p>"#)
            == #"<html lang="ur" dir="rtl"><script>x</script><p><span lang="en" dir="ltr">Home &lt;1&gt;</span></p>"#, "after the script, content again")
    }

    @Test func theNearestElementWithALanguageCounts() throws {
        let page = #"<html lang="ur" dir="rtl"><article lang="en" dir="ltr"><div><p>{{en}} {{ur}}</p></div></article><p>{{ur}} {{en}}</p>"#
        #expect(try render(page) == #"<html lang="ur" dir="rtl"><article lang="en" dir="ltr"><div><p>Home &lt;1&gt; <span lang="ur" dir="rtl">گھر</span></p></div></article><p>گھر <span lang="en" dir="ltr">Home &lt;1&gt;</span></p>"#)
        let nested = #"<html lang="ur"><div lang="EN"><div></div>{{en}}</div>{{en}}"#
        #expect(try render(nested) == #"<html lang="ur"><div lang="EN"><div></div>Home &lt;1&gt;</div><span lang="en" dir="ltr">Home &lt;1&gt;</span>"#,
                "an inner element of the same name closes itself, not the one with the language; tags compare without case")
        #expect(try render("<p>{{en}}</p>") == "<p>Home &lt;1&gt;</p>", "no language said anywhere: nothing is marked")
    }

    @Test func attributeValuesAreReadWholeWhateverTheyHold() throws {
        let long = String(repeating: "x", count: 100)
        let page = #"<html lang="ur" dir="rtl"><div title="a > b <p>" data-x="\#(long)" lang="en" dir="ltr">{{en}}</div>{{en}}"#
        #expect(try render(page) == #"<html lang="ur" dir="rtl"><div title="a > b <p>" data-x="\#(long)" lang="en" dir="ltr">Home &lt;1&gt;</div><span lang="en" dir="ltr">Home &lt;1&gt;</span>"#,
                "`>` and `<` inside a quoted value end nothing, and a value past the longest kept still ends where its quote does")
    }

    @Test func partialsAndBlocksAreMarkedWhereTheyLand() throws {
        let layout = #"<html lang="ur" dir="rtl"><title>{{$title}}{{/title}}</title><body>{{$body}}{{/body}}</body>"#
        let page = "{{<layout}}{{$title}}{{en}}{{/title}}{{$body}}{{> item}}{{/body}}{{/layout}}"
        #expect(try render(page, partials: ["layout": layout, "item": "<a title=\"{{en}}\">{{en}}</a>"])
            == "<html lang=\"ur\" dir=\"rtl\"><title>\u{2066}Home &lt;1&gt;\u{2069}</title><body><a title=\"\u{2066}Home &lt;1&gt;\u{2069}\"><span lang=\"en\" dir=\"ltr\">Home &lt;1&gt;</span></a></body>")
    }

    @Test func theLibraryListsTheFirstArgumentsOfAFunctionsCalls() throws {
        let library = TemplateLibrary(templates: [
            "a": try Template(source: #"{{t one}}{{#x}}{{t "two"}}{{/x}}{{^y}}{{t three n=1}}{{/y}}{{date one}}"#, path: "a"),
            "b": try Template(source: "{{<a}}{{$z}}{{t four}}{{/z}}{{/a}}{{$w}}{{t five}}{{/w}}", path: "b"),
        ])
        #expect(library.firstArguments(ofCallsTo: "t") == ["one", "two", "three", "four", "five"])
    }
}
