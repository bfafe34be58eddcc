import BroadsideLocale
import Testing

@Suite struct SlugTests {
    @Test(arguments: [
        ("Solidarité & Justice!", "solidarite-justice"),
        ("  --Hello,   World--  ", "hello-world"),
        ("Don’t stop: 2026", "dont-stop-2026"),
        ("Солидарность с народом", "solidarnost-s-narodom"),
        ("Solidarność z narodem", "solidarnosc-z-narodem"),
        ("中文標題", "zhong-wen-biao-ti"),
        ("Straße", "strasse"),
        ("🎉🎉", Slug.fallback),
        ("", Slug.fallback),
        ("!!!", Slug.fallback),
    ])
    func makesReadableSlugs(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }

    /// A title in each language becomes a non-empty slug of lower-case ASCII letters, digits
    /// and single inner hyphens.
    @Test(arguments: [
        ("en", "Solidarity with the people"), ("ar", "التضامن مع الشعب"),
        ("he", "סולידריות עם העם"), ("ru", "Солидарность с народом"), ("pl", "Solidarność z narodem"),
        ("fr", "Solidarité avec le peuple"), ("sw", "Mshikamano na watu"), ("am", "ከሕዝቡ ጋር መተባበር"),
        ("ur", "عوام کے ساتھ یکجہتی"), ("fa", "همبستگی با مردم"), ("yo", "Ìṣọ̀kan pẹ̀lú àwọn ènìyàn"),
        ("zh-Hant", "與人民團結一致"),
    ])
    func transliteratesEveryScript(tag: String, title: String) {
        let slug = Slug.make(from: title)
        #expect(slug != Slug.fallback)
        #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
        #expect(slug.split(separator: "-").count >= title.split(separator: " ").count)
    }

    @Test func romanisesArabicReadably() {
        #expect(Slug.make(from: "التضامن مع الشعب") == "altdamn-m-alshb")
        #expect(Slug.make(from: "Ìṣọ̀kan pẹ̀lú àwọn ènìyàn") == "isokan-pelu-awon-eniyan")
    }

    /// Spellings of one text that differ in case or in Unicode normalisation fold to the same
    /// bytes, which a stable hash of the folded text relies on.
    @Test(arguments: [
        ["Solidarity", "SOLIDARITY", "solidarity", "sOLIDARITY"],
        ["Straße", "STRASSE", "strasse", "STRAẞE"],
        ["ΣΑΣ", "σας", "σασ", "Σας"],
        ["élan", "e\u{301}lan", "ÉLAN", "E\u{301}LAN"],
        ["Ǆemal", "ǅemal", "ǆemal"],
        ["ﬁre", "FIRE", "fire"],
        ["التضامن"], ["መተባበር"], ["یکجہتی"], ["团结"], ["✊🏽"],
    ])
    func variantsFoldAlike(spellings: [String]) {
        let folded = spellings.map { Array(Slug.caseFolded($0).utf8) }
        #expect(Set(folded).count == 1, "\(spellings.map(Slug.caseFolded))")
        #expect(Slug.caseFolded(spellings[0]) == Slug.caseFolded(Slug.caseFolded(spellings[0])), "folding is idempotent")
    }

    @Test func differentTextsFoldDifferently() {
        let texts = ["C++", "C#", "c", "<c>", "!!!", "???", "团结", "團結", "✊", "✊🏽", "élan", "elan"]
        #expect(Set(texts.map(Slug.caseFolded)).count == texts.count)
        #expect(Slug.caseFolded("C++") == "c++")
        #expect(Slug.caseFolded("التضامن") == "التضامن", "a script without case is left as it is")
    }
}
