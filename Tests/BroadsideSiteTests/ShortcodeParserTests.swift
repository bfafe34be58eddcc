import Testing
@testable import BroadsideSite

/// The shortcode forms of Hugo's documentation (content-management/shortcodes), parsed.
@Suite struct ShortcodeParserTests {
    static let path = "content/articles/x.en.md"

    static func parse(_ text: String, firstLine: Int = 1, limits: ShortcodeLimits = .standard) throws(Diagnostic) -> [ShortcodeNode] {
        var parser = ShortcodeParser(text, path: path, firstLine: firstLine, limits: limits)
        return try parser.parse()
    }

    /// The only shortcode of `text`.
    static func single(_ text: String) throws -> Shortcode {
        let shortcodes = try parse(text).compactMap { node -> Shortcode? in
            if case .shortcode(let shortcode) = node { return shortcode }
            return nil
        }
        try #require(shortcodes.count == 1)
        return shortcodes[0]
    }

    static func error(_ text: String, limits: ShortcodeLimits = .standard) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func namedArgumentsQuotedAndBare() throws {
        let figure = try Self.single(#"{{< figure src="/images/a b.jpg" alt=Photo width=600 >}}"#)
        #expect(figure.name == "figure")
        #expect(figure.delimiter == .html)
        #expect(figure.named == ["src": "/images/a b.jpg", "alt": "Photo", "width": "600"])
        #expect(figure.positional.isEmpty && figure.inner == nil)
    }

    @Test func positionalArgumentsQuotedRawAndBare() throws {
        let shortcode = try Self.single("{{% youtube 0RKpf3rK57I `raw \"text\"\nacross lines` \"say \\\"hi\\\"\" %}}")
        #expect(shortcode.delimiter == .markdown)
        #expect(shortcode.positional == ["0RKpf3rK57I", "raw \"text\"\nacross lines", "say \"hi\""])
    }

    @Test func pairedFormsEncloseTheirContent() throws {
        let nodes = try Self.parse("A {{< highlight go >}}x {{% b %}}**y**{{% /b %}}{{< /highlight >}} z")
        guard nodes.count == 3, case .shortcode(let outer) = nodes[1], let inner = outer.inner, inner.count == 2,
              case .shortcode(let nested) = inner[1] else {
            Issue.record("unexpected tree \(nodes)")
            return
        }
        #expect(nodes[0] == .text("A ") && nodes[2] == .text(" z"))
        #expect(outer.positional == ["go"] && inner[0] == .text("x "))
        #expect(nested.name == "b" && nested.delimiter == .markdown && nested.inner == [.text("**y**")])
    }

    @Test func selfClosingTakesNoClosingTag() throws {
        let nodes = try Self.parse("{{< note />}}text{{< note >}}inner{{< /note >}}")
        guard nodes.count == 3, case .shortcode(let first) = nodes[0], case .shortcode(let second) = nodes[2] else {
            Issue.record("unexpected tree \(nodes)")
            return
        }
        #expect(first.inner == nil && nodes[1] == .text("text") && second.inner == [.text("inner")])
    }

    @Test func unclosedShortcodeLeavesWhatFollowsBeside() throws {
        let nodes = try Self.parse("{{< a >}}one {{< b >}}two{{< /a >}}")
        guard nodes.count == 1, case .shortcode(let a) = nodes[0], let inner = a.inner, inner.count == 3,
              case .shortcode(let b) = inner[1] else {
            Issue.record("unexpected tree \(nodes)")
            return
        }
        #expect(b.inner == nil && inner[2] == .text("two"))
    }

    @Test func escapedShortcodeStaysAsText() throws {
        #expect(try Self.parse(#"Write {{</* figure src="x" */>}} and {{%/* ref "y" */%}}."#)
                == [.text(#"Write {{< figure src="x" >}} and {{% ref "y" %}}."#)])
    }

    @Test func nestedNames() throws {
        #expect(try Self.single("{{< docs/note-1 >}}").name == "docs/note-1")
    }

    @Test func codeIsNeverScanned() throws {
        let text = """
            Inline `{{< a >}}` and ``{{< b >}} ` x`` here.

            ```go
            {{< c >}}
            ```

            ~~~~
            {{% d %}}
            ~~~~

                {{< e >}}

            - item

                {{< f >}}
            """
        let names = try Self.parse(text).compactMap { node -> String? in
            if case .shortcode(let shortcode) = node { return shortcode.name }
            return nil
        }
        #expect(names == ["f"])
    }

    @Test func anUnmatchedBacktickIsText() throws {
        #expect(try Self.single("A ` tick {{< a >}}").name == "a")
        #expect(try Self.single("A ` tick\n\n{{< a >}}\n\nand ` there").name == "a", "a blank line ends a code span")
        #expect(try Self.parse("A `tick\nstill {{< a >}}` end").count == 1, "a code span may span lines of a paragraph")
    }

    @Test func locationsCountFromTheFile() throws {
        let shortcode = try Self.single("first\n  é {{< a >}}")
        #expect(shortcode.location == SourceLocation(path: Self.path, line: 2, column: 5))
        var parser = ShortcodeParser("first\n  é {{< a >}}", path: Self.path, firstLine: 7)
        guard case .shortcode(let moved) = try parser.parse().last else {
            Issue.record("no shortcode")
            return
        }
        #expect(moved.location == SourceLocation(path: Self.path, line: 8, column: 5))
    }

    @Test(arguments: [
        ("{{< >}}", "expected a shortcode name", 1),
        ("{{< a", "not closed by >}}", 1),
        ("{{< a b=\"x >}}", "argument not closed by \"", 9),
        ("{{< a b=\"x\ny\" >}}", "quoted argument not closed on its line", 9),
        ("{{< a x=1 y >}}", "mixes named and positional", 11),
        ("{{< a x >}}{{< /b >}}", "closing tag of shortcode 'b'", 12),
        ("{{</* a >}}", "without */", 1),
        ("{{< a\"b\" >}}", "expected a space", 6),
    ])
    func malformedTagsAreLocatedErrors(text: String, message: String, column: Int) {
        let error = Self.error("line one\n" + text)
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
        #expect(error?.location == SourceLocation(path: Self.path, line: 2, column: column))
    }

    @Test func limitsAreLocatedErrorsThatNameTheLimit() {
        let limits = ShortcodeLimits(maximumDepth: 2, maximumArguments: 2, maximumArgumentLength: 5,
                                     maximumNameLength: 4, maximumShortcodes: 3)
        #expect(Self.error("{{< a >}}{{< b >}}{{< c >}}", limits: limits)?.message.contains("nested more than 2 deep") == true)
        #expect(Self.error("{{< a 1 2 3 >}}", limits: limits)?.message.contains("more than 2 arguments") == true)
        #expect(Self.error("{{< a 123456 >}}", limits: limits)?.message.contains("longer than 5 bytes") == true)
        #expect(Self.error("{{< abcde >}}", limits: limits)?.message.contains("longer than 4 bytes") == true)
        #expect(Self.error(String(repeating: "{{< a />}}", count: 4), limits: limits)?.message
                .contains("more than 3 shortcodes") == true)
        #expect(Self.error(String(repeating: "{{< a />}}", count: 3), limits: limits) == nil)
    }

    @Test func deepNestingOfTheStandardLimitsIsAnError() {
        let text = String(repeating: "{{< a >}}", count: 10_000) + String(repeating: "{{< /a >}}", count: 10_000)
        #expect(Self.error(text)?.message.contains("nested more than 16 deep") == true)
    }

    @Test func theQuickScanFindsAnOpeningWhereverItIs() {
        for text in ["{{< x >}}", "a{{% x %}}", "text {{<", "{{{<", "é{{<"] {
            #expect(ShortcodeParser.mayContainShortcodes(text), "\(text)")
        }
        for text in ["", "{", "{{", "{{ x }}", "{ {<", "{<{%", "text {{", "{{\n<"] {
            #expect(!ShortcodeParser.mayContainShortcodes(text), "\(text)")
        }
    }
}
