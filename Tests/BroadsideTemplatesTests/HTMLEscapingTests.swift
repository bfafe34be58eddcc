import BroadsideTemplates
import Testing

@Suite struct HTMLEscapingTests {
    private func render(_ source: String, _ value: TemplateValue) throws -> String {
        try Template(source: source, path: "t").render(["x": value])
    }

    @Test func escapesTheFiveSpecialCharacters() throws {
        #expect(try render("{{x}}", "& < > \" '") == "&amp; &lt; &gt; &quot; &#39;")
    }

    @Test func tripleAndAmpersandAreRaw() throws {
        #expect(try render("{{{x}}}|{{&x}}", "<b>&'") == "<b>&'|<b>&'")
    }

    @Test func keepsOtherTextIntactAroundEscapes() throws {
        #expect(try render("{{x}}", "«Ça» <em>🎉</em> & fin") == "«Ça» &lt;em&gt;🎉&lt;/em&gt; &amp; fin")
        #expect(try render("{{x}}", "no special characters at all, but long enough to leave small-string storage")
            == "no special characters at all, but long enough to leave small-string storage")
        #expect(try render("{{x}}", "") == "")
        #expect(try render("{{x}}", "<<>>") == "&lt;&lt;&gt;&gt;")
    }

    @Test func templateTextIsNeverEscaped() throws {
        #expect(try render("<a href=\"?a=1&b='2'\">{{x}}</a>", "&") == "<a href=\"?a=1&b='2'\">&amp;</a>")
    }
}
