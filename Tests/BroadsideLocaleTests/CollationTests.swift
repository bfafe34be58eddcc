import BroadsideLocale
import Testing

@Suite struct CollationTests {
    @Test(arguments: [
        ("en", ["banana", "Apple", "cherry", "apple"], ["apple", "Apple", "banana", "cherry"]),
        ("ar", ["يوم", "باب", "أمل", "تمر"], ["أمل", "باب", "تمر", "يوم"]),
        ("he", ["תפוח", "אבן", "בית"], ["אבן", "בית", "תפוח"]),
        ("ru", ["я", "ё", "а", "е", "ж"], ["а", "е", "ё", "ж", "я"]),
        ("pl", ["ź", "z", "ż", "a", "ą", "b"], ["a", "ą", "b", "z", "ź", "ż"]),
        ("fr", ["côté", "côte", "coté", "cote"], ["cote", "coté", "côte", "côté"]),
        ("sw", ["nyumba", "ng'ombe", "ndege"], ["ndege", "ng'ombe", "nyumba"]),
        ("am", ["በ", "ሀ", "ለ"], ["ሀ", "ለ", "በ"]),
        ("ur", ["ٹ", "ت", "ب"], ["ب", "ت", "ٹ"]),
        // Persian puts پ after ب and گ after ک.
        ("fa", ["گ", "ک", "ب", "پ"], ["ب", "پ", "ک", "گ"]),
        // Yoruba sorts ṣ as a letter after s.
        ("yo", ["ṣa", "se", "ta"], ["se", "ṣa", "ta"]),
        // Traditional Chinese sorts by stroke count: 一 (1), 二 and 十 (2), 三 (3).
        ("zh-Hant", ["三", "一", "十", "二"], ["一", "二", "十", "三"]),
    ])
    func sortsAsTheLanguageSorts(tag: String, strings: [String], expected: [String]) {
        let language = Sample.language(tag)
        #expect(language.sorted(strings) == expected)
        #expect(strings.sorted(by: language.compare) == expected)
    }

    @Test func differsBetweenLanguages() {
        #expect(Sample.language("sv").sorted(["z", "ö", "a", "ä"]) == ["a", "z", "ä", "ö"])
        #expect(Sample.language("de").sorted(["z", "ö", "a", "ä"]) == ["a", "ä", "ö", "z"])
        #expect(Sample.language("en").sorted(["ṣa", "se"]) == ["ṣa", "se"])
        #expect(Sample.language("zh").sorted(["三", "一", "十", "二"]) == ["二", "三", "十", "一"])
    }

    @Test func comparesStrictly() {
        let english = Sample.language("en")
        #expect(english.compare("a", "b"))
        #expect(!english.compare("b", "a"))
        #expect(!english.compare("a", "a"))
    }

    @Test func keepsTheOrderOfEqualStringsAndHandlesLongOnes() {
        let long = String(repeating: "Solidarité ", count: 200)
        let strings = ["b", long + "2", "a", long + "1", "b"]
        #expect(Sample.language("fr").sorted(strings) == ["a", "b", "b", long + "1", long + "2"])
        #expect(Sample.language("fr").sorted([]) == [])
    }
}
