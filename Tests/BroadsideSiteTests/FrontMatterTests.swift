import Foundation
import Testing
@testable import BroadsideSite

@Suite struct FrontMatterTests {
    let utc = TimeZone(identifier: "UTC")!

    @Test func splitsFrontMatterAndBody() throws {
        let parts = try FrontMatter.split("---\ntitle: A\ndate: 2026-01-02\n---\n# Body\n", path: "a.md")
        #expect(parts.yaml == "title: A\ndate: 2026-01-02")
        #expect(parts.body == "# Body\n")
        #expect(parts.bodyLine == 5)
    }

    @Test func readsFields() throws {
        let frontMatter = try FrontMatter.parse("""
            title: "Solidarity: a strategy"
            date: 2026-03-14T10:30:00+03:00
            summary: Short
            tags: [media, legal]
            draft: true
            slug: strategie
            translationKey: strategy
            sourceHash: 0123456789ab
            weight: 3
            """, path: "a.md", timeZone: utc)
        #expect(frontMatter.title == "Solidarity: a strategy")
        #expect(frontMatter.date == Date(timeIntervalSince1970: 1_773_473_400))
        #expect(frontMatter.tags == ["media", "legal"])
        #expect(frontMatter.draft)
        #expect(frontMatter.slug == "strategie")
        #expect(frontMatter.translationKey == "strategy")
        #expect(frontMatter.sourceHash == "0123456789ab")
        #expect(frontMatter.locations["date"]?.line == 3)
        #expect(frontMatter.locations["weight"] == SourceLocation(path: "a.md", line: 10, column: 9))
        #expect(frontMatter.locations["author"] == nil)
        #expect(frontMatter.locations.keys == ["date", "draft", "slug", "sourceHash", "summary", "tags", "title",
                                               "translationKey", "weight"])
    }

    @Test func aKeyGivenTwiceIsLocatedWhereItIsFirstGiven() {
        let locations = FieldLocations(path: "a.md", [("tags", SourceLocation(path: "a.md", line: 4, column: 1)),
                                                      ("date", SourceLocation(path: "a.md", line: 2)),
                                                      ("tags", SourceLocation(path: "a.md", line: 9, column: 1))])
        #expect(locations["tags"] == SourceLocation(path: "a.md", line: 4, column: 1))
        #expect(locations["date"] == SourceLocation(path: "a.md", line: 2))
        #expect(locations.keys == ["date", "tags"])
    }

    @Test func badDatesAreEachReportedAtTheirLine() {
        #expect {
            try FrontMatter.parse("date: 2026-02-30\npublishDate: soon\n", path: "content/a.en.md", timeZone: utc)
        } throws: { error in
            let diagnostics = (error as! BuildFailure).diagnostics
            return diagnostics.count == 2
                && diagnostics.contains { $0.message.contains("'2026-02-30' is not a valid date") && $0.location?.line == 2 }
                && diagnostics.contains { $0.message.contains("'soon' is not a valid date") && $0.location?.line == 3 }
        }
    }

    @Test func withoutTitleOrDateThePageIsUndatedAndTitledLater() throws {
        let frontMatter = try FrontMatter.parse("weight: 2\n", path: "a.md", timeZone: utc)
        #expect(frontMatter.date == nil)
        #expect(frontMatter.titleSource == .fileName)
        #expect(frontMatter.weight == 2)
    }

    @Test(arguments: ["../../x", "a/b", ".hidden", "", "x?y"])
    func unsafeSlugsAreErrors(slug: String) {
        #expect(throws: BuildFailure.self) {
            try FrontMatter.parse("title: T\ndate: 2026-01-01\nslug: \"\(slug)\"\n", path: "a.md", timeZone: utc)
        }
    }

    @Test func withoutFrontMatterTheFileIsAllBody() throws {
        let parts = try FrontMatter.split("# Just Markdown\n", path: "a.md")
        #expect(parts.format == .none && parts.body == "# Just Markdown\n" && parts.bodyLine == 1)
        #expect(try FrontMatter.split("", path: "a.md").format == .none)
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: Diagnostic.self) { try FrontMatter.split("---\ntitle: A\n", path: "a.md") }
        #expect(throws: Diagnostic.self) { try FrontMatter.split("+++\ntitle = 'A'\n", path: "a.md") }
    }

    @Test(arguments: ["9999-12-31T23:00:00-05:00", "0000-12-31", "0001-01-01T00:00:00+00:01"])
    func aDateOutsideYears1To9999IsRefusedAtItsLine(date: String) {
        #expect {
            try FrontMatter.parse("title: T\ndate: \(date)\n", path: "a.md", timeZone: utc)
        } throws: { error in
            let diagnostic = (error as! BuildFailure).diagnostics[0]
            return diagnostic.location?.line == 3 && diagnostic.location?.column == 7
                && diagnostic.message.contains("outside the years 1 to 9999")
        }
    }

    @Test(arguments: ["title: \"a\\0b\"", "summary: \"\\e[2J\"", "tags: [ok, \"\\x07\"]"])
    func controlCharactersInValuesAreErrors(line: String) {
        #expect {
            try FrontMatter.parse("date: 2026-01-01\n\(line)\ntitle2: x\n", path: "a.md", timeZone: utc)
        } throws: { error in
            let diagnostic = (error as! BuildFailure).diagnostics[0]
            return diagnostic.location?.line == 3 && diagnostic.message.hasPrefix("YAML: control character U+00")
        }
    }
}
