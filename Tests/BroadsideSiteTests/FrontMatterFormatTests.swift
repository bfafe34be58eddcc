import Foundation
import Testing
@testable import BroadsideSite

/// TOML (`+++`) and JSON (`{ … }`) front matter: the same keys and checks as YAML, errors at the
/// file's own line and column, and the same limits.
@Suite struct FrontMatterFormatTests {
    let utc = TimeZone(identifier: "UTC")!

    func read(_ text: String, path: String = "content/a.md") throws -> (FrontMatter, FrontMatter.Parts) {
        let parts = try FrontMatter.split(text, path: path)
        return (try FrontMatter.parse(parts, path: path, timeZone: utc), parts)
    }

    /// The one diagnostic reading `text` gives.
    func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try read(text)
            return nil
        } catch let failure as BuildFailure {
            return failure.diagnostics.first
        } catch {
            return error as? Diagnostic
        }
    }

    static let toml = """
        +++
        title = "Solidarity: a strategy"
        date = 2026-03-14T10:30:00+03:00
        publishDate = 2026-03-01
        expiryDate = "2027-01-01"
        tags = ["media", "legal"]
        draft = true
        weight = 7
        url = "/about/us/"
        aliases = ["/old/about", "about-old"]

        [params]
        author = "x"
        +++
        # Body
        """

    @Test func readsTOML() throws {
        let (frontMatter, parts) = try read(Self.toml)
        #expect(parts.format == .toml)
        #expect(frontMatter.title == "Solidarity: a strategy")
        #expect(frontMatter.date == Date(timeIntervalSince1970: 1_773_473_400))
        #expect(frontMatter.publishDate == Timestamp.parse("2026-03-01", timeZone: utc))
        #expect(frontMatter.expiryDate == Timestamp.parse("2027-01-01", timeZone: utc))
        #expect(frontMatter.tags == ["media", "legal"])
        #expect(frontMatter.draft)
        #expect(frontMatter.weight == 7)
        #expect(frontMatter.url == "/about/us")
        #expect(frontMatter.aliases == ["/old/about", "about-old"])
        #expect(frontMatter.locations["date"] == SourceLocation(path: "content/a.md", line: 3, column: 8))
        #expect(parts.body == "# Body")
        #expect(parts.bodyLine == 15)
    }

    static let json = """
        {
          "title": "Solidarit\\u00e9",
          "date": "2026-03-14",
          "tags": ["media"],
          "draft": false,
          "weight": -3,
          "params": {"nested": [1, 2.5e3, null, true]}
        }
        Body
        """

    @Test func readsJSON() throws {
        let (frontMatter, parts) = try read(Self.json)
        #expect(parts.format == .json)
        #expect(frontMatter.title == "Solidarité")
        #expect(frontMatter.date == Timestamp.parse("2026-03-14", timeZone: utc))
        #expect(frontMatter.tags == ["media"])
        #expect(!frontMatter.draft)
        #expect(frontMatter.weight == -3)
        #expect(frontMatter.locations["date"] == SourceLocation(path: "content/a.md", line: 3, column: 11))
        #expect(parts.body == "Body")
        #expect(parts.bodyLine == 9)
    }

    @Test(arguments: [
        // A TOML syntax error, at TOMLKit's line and column moved to the file's.
        ("+++\ntitle = \"A\"\ndate = \n+++\n", 3, "TOML:"),
        // The same checks as YAML: a bad date at its key's value.
        ("+++\ntitle = \"A\"\ndate = \"2026-02-30\"\n+++\n", 3, "is not a valid date"),
        ("+++\ntitle = \"A\"\ndraft = \"maybe\"\n+++\n", 3, "'draft' must be true or false"),
        ("+++\ntitle = \"A\"\nslug = \"../x\"\n+++\n", 3, "slug"),
        ("{\n  \"title\": \"A\",\n  \"date\": 5x\n}\n", 3, "JSON:"),
        ("{\n  \"title\": \"A\"\n  \"date\": \"2026-01-01\"\n}\n", 3, "expected ',' or '}'"),
        ("{\n  \"title\": \"A\",\n  \"title\": \"B\"\n}\n", 3, "duplicated key 'title'"),
        ("{\n  \"title\": \"A\",\n  \"summary\": \"\\u0007\"\n}\n", 3, "control character"),
        ("{\n  \"title\": \"A\",\n  \"tags\": [[\"x\"]]\n}\n", 3, "'tags' must be a list of single values"),
        ("{\n  \"title\": \"A\",\n", 3, "not closed"),
    ])
    func errorsAreAtTheirLine(text: String, line: Int, message: String) throws {
        let diagnostic = try #require(failure(text))
        #expect(diagnostic.location?.line == line, "\(diagnostic)")
        #expect(diagnostic.location?.path == "content/a.md")
        #expect(diagnostic.description.contains(message), "\(diagnostic)")
    }

    /// Found by the front-matter fuzzer: toml++ asserts a digit after a date's `T`, which stopped the process.
    @Test(arguments: ["date = 2026-03-14T@10:30:00+03:00", "date = 2026-03-14t", "x = [1979-05-27T]"])
    func aDateWithoutItsTimeIsAnErrorNotACrash(line: String) throws {
        let diagnostic = try #require(failure("+++\ntitle = \"A\"\n\(line)\n+++\n"))
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.message.contains("TOML: a date-time needs a time after 'T'"), "\(diagnostic)")
        // In strings and comments it is text.
        #expect(throws: Never.self) {
            try read("+++\ntitle = \"2026-03-14T@\"\nsummary = '''\n2026-03-14T'''\n# 2026-03-14T\n+++\n")
        }
    }

    /// Found by the front-matter fuzzer: toml++ asserts a table header's name starts with a key character or quote.
    @Test(arguments: ["[~params]", "[[ ~x]]", "  [{]"])
    func aTableNameThatCannotStartIsAnErrorNotACrash(line: String) throws {
        let diagnostic = try #require(failure("+++\ntitle = \"A\"\n\(line)\n+++\n"))
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.message.contains("TOML: a table's name starts with"), "\(diagnostic)")
        // Arrays of values on lines of their own are no headers.
        #expect(throws: Never.self) { try read("+++\ntitle = \"A\"\nx = [\n  [{a = 1}],\n  [+1],\n]\n[ 'p' ]\n+++\n") }
    }

    @Test func aJSONErrorHasItsColumn() throws {
        let diagnostic = try #require(failure("{\"title\": \"A\", \"date\": nope}"))
        #expect(diagnostic.location == SourceLocation(path: "content/a.md", line: 1, column: 24))
    }

    @Test func deepNestingIsRefusedAtTheLimit() throws {
        let depth = YAMLLimits.maximumDepth + 1
        let json = "{\"x\": " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        #expect(try #require(failure(json)).message.contains("deeper than the limit of \(YAMLLimits.maximumDepth) levels"))
        let toml = "+++\nx = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n+++\n"
        #expect(try #require(failure(toml)).message.contains("deeper than the limit of \(YAMLLimits.maximumDepth) levels"))
        // One level less is fine.
        let shallow = "{\"title\": \"A\", \"x\": " + String(repeating: "[", count: depth - 2) + String(repeating: "]", count: depth - 2) + "}"
        #expect(throws: Never.self) { try read(shallow) }
    }

    @Test func tooManyValuesAreRefused() throws {
        let values = Array(repeating: "1", count: YAMLLimits.maximumNodes).joined(separator: ",")
        #expect(try #require(failure("{\"x\": [\(values)]}")).message.contains("more than \(YAMLLimits.maximumNodes) values"))
        #expect(try #require(failure("+++\nx = [\(values)]\n+++\n")).message.contains("more than \(YAMLLimits.maximumNodes) values"))
    }

    @Test func oversizedFrontMatterIsRefused() throws {
        let long = String(repeating: "a", count: YAMLLimits.maximumBytes)
        #expect(try #require(failure("+++\nsummary = \"\(long)\"\n+++\n")).message.contains("over the limit of \(YAMLLimits.maximumBytes) bytes"))
        #expect(try #require(failure("{\"summary\": \"\(long)\"}")).message.contains("over the limit of \(YAMLLimits.maximumBytes) bytes"))
    }

    @Test func tooManyAliasesAreRefused() throws {
        let aliases = (0...FrontMatter.maximumAliases).map { "\"/a\($0)\"" }.joined(separator: ", ")
        #expect(try #require(failure("+++\naliases = [\(aliases)]\n+++\n")).message.contains("over the limit of \(FrontMatter.maximumAliases)"))
    }

    @Test func aNULInTOMLIsAnErrorNotAShorterText() throws {
        let diagnostic = try #require(failure("+++\ntitle = \"A\"\nsummary = \"x\u{0}y\"\n+++\n"))
        #expect(diagnostic.location?.line == 3)
        #expect(diagnostic.message.contains("control character U+0000"))
    }

    @Test func anHTMLBodyIsOneRawHTMLBlock() throws {
        let parts = try FrontMatter.split("---\ntitle: A\n---\nIntro <b>bold</b>\n\n<pre>\n  x\n\n  y</pre>\n", path: "content/a.html")
        #expect(parts.body == "<wbr>\nIntro <b>bold</b>\n<!---->\n<pre>\n  x\n<!---->\n  y</pre>")
        #expect(parts.bodyLine == 3)
        let unsafe = Markdown(unsafeHTML: true).render(parts.body).html
        #expect(unsafe == "<wbr>\nIntro <b>bold</b>\n<!---->\n<pre>\n  x\n<!---->\n  y</pre>\n")
        #expect(Markdown(unsafeHTML: false).render(parts.body).html == "<!-- raw HTML omitted -->\n")
        let block = try FrontMatter.split("<div>\n\n*not emphasis*\n</div>\n", path: "content/b.html")
        #expect(Markdown(unsafeHTML: true).render(block.body).html == "<div>\n<!---->\n*not emphasis*\n</div>\n")
    }

    @Test func aPageWithoutTitleTakesItsFirstHeading() {
        #expect(PageTitle.firstHeading(in: "```\n# not this\n```\n\n## About *us* ##\n", format: .markdown) == "About *us*")
        #expect(PageTitle.firstHeading(in: "<p>x</p><H2 class=\"t\">Über <em>uns</em></H2>", format: .html) == "Über uns")
        #expect(PageTitle.firstHeading(in: "No heading\n#hashtag\n", format: .markdown) == nil)
    }
}
