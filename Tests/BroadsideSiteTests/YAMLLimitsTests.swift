import Foundation
import Testing
@testable import BroadsideSite

/// Hostile YAML fails fast with a located error naming the limit, through the same reader that
/// site.yaml, front matter and locale files go through.
@Suite struct YAMLLimitsTests {
    /// `a0: &a0 {x: 1}`, then each level a mapping of two aliases to the one before: 2^levels values.
    static func aliasBomb(levels: Int, last: String = "") -> String {
        (["a0: &a0 {x: 1}"] + (1...levels).map { "a\($0): &a\($0) {a: *a\($0 - 1), b: *a\($0 - 1)}" }).joined(separator: "\n")
            + "\n" + last
    }

    static func failure(_ text: String, firstLine: Int = 1) -> Diagnostic? {
        do {
            _ = try YAMLMapping(parsing: text, path: "f.yaml", firstLine: firstLine)
            return nil
        } catch {
            return error
        }
    }

    /// The bomb's last line: none, the bomb as a mapping key (which Yams would hash), in a list.
    @Test(arguments: ["", "? *a30\n: 1\n", "k: [*a30, *a30]\n"])
    func anAliasBombStopsAtTheNodeBudget(last: String) throws {
        let start = ContinuousClock.now
        let diagnostic = try #require(Self.failure(Self.aliasBomb(levels: 30, last: last)))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(diagnostic.message.contains("more than \(YAMLLimits.maximumNodes) values once its aliases are expanded"))
        #expect(diagnostic.location?.line ?? 0 > 1)
    }

    /// Ways to nest 100,000 deep (block mappings by indentation: 200 deep, to stay under the size limit).
    static let deepNesting: [String: String] = [
        "flow sequences": String(repeating: "[", count: 100_000),
        "flow mappings": "k: " + String(repeating: "{a: ", count: 100_000),
        "block mappings": (0..<200).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n"),
        "block sequences": String(repeating: "- ", count: 100_000) + "x",
    ]

    @Test(arguments: deepNesting.keys.sorted())
    func deepNestingIsALocatedError(form: String) throws {
        let diagnostic = try #require(Self.failure(Self.deepNesting[form]!, firstLine: 2))
        #expect(diagnostic.message == "YAML nests lists and mappings deeper than the limit of \(YAMLLimits.maximumDepth) levels")
        #expect(diagnostic.location?.line ?? 0 >= 2)
    }

    @Test func aliasesCountTowardsTheDepth() throws {
        var text = "a0: &a0 [x]\n"
        for level in 1...40 { text += "a\(level): &a\(level) [*a\(level - 1)]\n" }
        text += "b: [[[[[[[[[[[[[[[[[[[[[[[[[*a40]]]]]]]]]]]]]]]]]]]]]]]]]\n"
        let diagnostic = try #require(Self.failure(text))
        #expect(diagnostic.message.contains("deeper than the limit"))
        #expect(diagnostic.location?.line == 42)
    }

    @Test func moderateAliasesAndNestingAreFine() throws {
        let mapping = try YAMLMapping(parsing: Self.aliasBomb(levels: 10) + "deep: " + String(repeating: "[", count: 50)
                                      + String(repeating: "]", count: 50) + "\n", path: "f.yaml")
        #expect(mapping.fields.count == 12)
    }

    @Test func textOverTheSizeLimitIsAnError() throws {
        let text = "title: " + String(repeating: "x", count: YAMLLimits.maximumBytes)
        let diagnostic = try #require(Self.failure(text, firstLine: 2))
        #expect(diagnostic.description.hasPrefix("f.yaml:2:1: error: YAML text is \(text.utf8.count) bytes, over the limit of 1048576 bytes"))
    }

    @Test(arguments: [("t: \"a\\0b\"", "U+0000"), ("t: \"\\x07\"", "U+0007"), ("t: \"\\e[31m\"", "U+001B"),
                      ("t: \"\\x7F\"", "U+007F"), ("t: [ok, \"\\x01\"]", "U+0001"), ("\"k\\x02\": v", "U+0002")])
    func escapedControlCharactersAreErrorsAtTheirValue(text: String, character: String) throws {
        let diagnostic = try #require(Self.failure(text, firstLine: 2))
        #expect(diagnostic.message == "YAML: control character \(character) in a value")
        #expect(diagnostic.location?.line == 2)
    }

    @Test func tabsAndLineBreaksAreAllowed() throws {
        let mapping = try YAMLMapping(parsing: "t: \"a\\tb\\r\\nc\"\n", path: "f.yaml")
        #expect(try mapping["t"]?.string() == "a\tb\r\nc")
    }

    /// A raw control character is libyaml's error: the location prefix and the message agree.
    @Test func aRawControlCharacterIsReportedWhereItIs() throws {
        let diagnostic = try #require(Self.failure("title: ok\nsummary: a\u{07}b\n", firstLine: 2))
        #expect(diagnostic.description.hasPrefix("f.yaml:3:11: error: YAML: control characters are not allowed (U+0007)"))
        #expect(!diagnostic.message.contains("line"))
    }

    /// Ordinary front matter skips the event pass; anything that could pass a limit does not.
    @Test func onlyTextThatCouldPassALimitIsReadTwice() {
        #expect(!YAMLLimits.couldPassALimit("title: \"Solidarity\"\ndate: 2026-05-01\ntags: [a, b]\nsummary: x - y\n"))
        for risky in ["a: &x [1]\nb: *x\n", "a: \"\\x07\"\n", "a: \u{07}\n", String(repeating: "[", count: 63),
                      String(repeating: "- ", count: 63) + "x", (0..<64).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n"),
                      "a: " + String(repeating: "x", count: YAMLLimits.maximumNodes)] {
            #expect(YAMLLimits.couldPassALimit(risky), "\(risky.prefix(40))")
        }
    }
}
