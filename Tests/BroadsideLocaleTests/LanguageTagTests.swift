import BroadsideLocale
import Foundation
import Testing

@Suite struct LanguageTagTests {
    @Test(arguments: [
        ("EN-us", "en-US"), ("iw", "he"), ("in", "id"), ("ji", "yi"), ("mo", "ro"),
        ("zh-hant", "zh-Hant"), ("ZH-hant-tw", "zh-Hant-TW"), ("sr-latn", "sr-Latn"),
        ("es-419", "es-419"), ("cmn", "zh"), ("en-us-u-va-posix", "en-US-u-va-posix"),
    ])
    func canonicalises(text: String, canonical: String) throws {
        #expect(try LanguageTag(text).identifier == canonical)
    }

    @Test(arguments: Sample.tags)
    func acceptsTheTestedLanguagesAsCanonical(tag: String) throws {
        let parsed = try LanguageTag(tag)
        #expect(parsed.identifier == tag)
        #expect(parsed.description == tag)
    }

    @Test(arguments: ["english", "e", "en_US!", "", "x", "zz", "xyz", "en-QQ", "und", "-en", "en--US", "en-", "qaa", "en\0"])
    func rejectsAndNames(text: String) {
        #expect(throws: LocaleError.invalidTag(text)) { try LanguageTag(text) }
        #expect(LocaleError.invalidTag(text).description == "invalid language tag '\(text)'")
    }

    @Test func equalAfterCanonicalisation() throws {
        #expect(try LanguageTag("iw") == LanguageTag("he"))
        #expect(try Set([LanguageTag("EN"), LanguageTag("en")]).count == 1)
    }

    @Test func codesAsItsCanonicalString() throws {
        let tags = try JSONDecoder().decode([LanguageTag].self, from: Data(#"["EN-us", "iw"]"#.utf8))
        #expect(tags.map(\.identifier) == ["en-US", "he"])
        #expect(String(decoding: try JSONEncoder().encode(tags), as: UTF8.self) == #"["en-US","he"]"#)
        #expect(throws: LocaleError.invalidTag("english")) {
            try JSONDecoder().decode([LanguageTag].self, from: Data(#"["english"]"#.utf8))
        }
    }
}
