import Foundation
import Testing
@testable import BroadsideSite

/// What `Stamper.stamping` says when it refuses (the table of YAML forms runs through the real
/// `broadside stamp` in EndToEndTests/StampFormsTests).
@Suite struct StampingTests {
    static func refusal(_ file: String) -> Diagnostic? {
        do {
            _ = try Stamper.stamping(Array(file.utf8), hash: "0123456789ab", path: "a.fr.md")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [("sourceHash: *t", "an alias"), ("sourceHash: &h old", "a value with an anchor or tag"),
                      ("sourceHash: !!str old", "a value with an anchor or tag"), ("sourceHash: {a: b}", "a list or mapping")])
    func aValueThatCannotChangeAloneIsRefusedAtItsPlace(line: String, what: String) throws {
        let diagnostic = try #require(Self.refusal("---\ntitle: &t T\n\(line)\n---\n"))
        #expect(diagnostic.description.hasPrefix(
            "a.fr.md:3:13: error: sourceHash is \(what), which stamp does not rewrite; the file was left as it is"))
    }

    /// `? sourceHash` without `:` has an empty value at the next line: writing there would
    /// change the next key, which re-reading the result catches.
    @Test func aResultThatReadsDifferentlyIsRefused() throws {
        let diagnostic = try #require(Self.refusal("---\ntitle: T\n? sourceHash\ndate: 2026-01-01\n---\n"))
        #expect(diagnostic.description.hasPrefix(
            "a.fr.md: error: stamping would change more than the sourceHash of this front matter; the file was left as it is"))
    }

    @Test func aStampedValueIsReadBack() throws {
        let stamped = try Stamper.stamping(Array("---\n{title: x, date: 2026-01-01}\n---\n".utf8), hash: "0123456789ab",
                                           path: "a.fr.md")
        let yaml = try FrontMatter.split(String(decoding: stamped, as: UTF8.self), path: "a.fr.md").yaml
        #expect(try FrontMatter.parse(yaml, path: "a.fr.md", timeZone: .gmt).sourceHash == "0123456789ab")
    }
}
