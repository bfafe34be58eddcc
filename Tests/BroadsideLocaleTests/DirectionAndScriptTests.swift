import BroadsideLocale
import Testing

@Suite struct DirectionAndScriptTests {
    @Test(arguments: [
        ("en", TextDirection.ltr, "Latn"), ("ar", .rtl, "Arab"), ("he", .rtl, "Hebr"),
        ("ru", .ltr, "Cyrl"), ("pl", .ltr, "Latn"), ("fr", .ltr, "Latn"), ("sw", .ltr, "Latn"),
        ("am", .ltr, "Ethi"), ("ur", .rtl, "Arab"), ("fa", .rtl, "Arab"), ("yo", .ltr, "Latn"),
        ("zh-Hant", .ltr, "Hant"),
    ])
    func followsTheLanguagesScript(tag: String, direction: TextDirection, script: String) {
        let language = Sample.language(tag)
        #expect(language.direction == direction)
        #expect(language.script == script)
    }

    @Test func takesAnExplicitScriptOverTheLikelyOne() {
        #expect(Sample.language("zh").script == "Hans")
        #expect(Sample.language("sr").script == "Cyrl")
        #expect(Sample.language("sr-Latn").script == "Latn")
        #expect(Sample.language("pa").direction == .ltr)
        #expect(Sample.language("pa-Arab").direction == .rtl)
    }

    @Test(arguments: [
        ("ar", "EG"), ("sw", "TZ"), ("am", "ET"), ("ur", "PK"), ("en", "US"), ("fr", "FR"),
        ("zh-Hant", "TW"), ("pt-BR", "BR"), ("sw-KE", "KE"), ("es-419", "419"),
    ])
    func hasTheLikelyRegionUnlessItsTagNamesOne(tag: String, region: String) {
        #expect(Sample.language(tag).region == region)
    }
}
