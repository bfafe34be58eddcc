import BroadsideLocale
import Testing

@Suite struct DisplayNameTests {
    @Test(arguments: [
        ("en", "English", "English"), ("ar", "العربية", "Arabic"), ("he", "עברית", "Hebrew"),
        ("ru", "Русский", "Russian"), ("pl", "polski", "Polish"), ("fr", "Français", "French"),
        ("sw", "Kiswahili", "Swahili"), ("am", "አማርኛ", "Amharic"), ("ur", "اردو", "Urdu"),
        ("fa", "فارسی", "Persian"), ("yo", "Èdè Yorùbá", "Yoruba"),
        ("zh-Hant", "繁體中文", "Traditional Chinese"),
    ])
    func namesItselfAndInEnglish(tag: String, native: String, english: String) {
        let language = Sample.language(tag)
        #expect(language.nativeName == native)
        #expect(language.englishName == english)
    }

    /// French in each language: capitalised for a menu where the language does that (ru, pt),
    /// not where it does not (pl).
    @Test(arguments: [
        ("en", "French"), ("ar", "الفرنسية"), ("he", "צרפתית"), ("ru", "Французский"),
        ("pl", "francuski"), ("fr", "Français"), ("sw", "Kifaransa"), ("am", "ፈረንሳይኛ"),
        ("ur", "فرانسیسی"), ("fa", "فرانسوی"), ("yo", "Èdè Faransé"), ("zh-Hant", "法文"),
    ])
    func namesOtherLanguages(tag: String, french: String) throws {
        #expect(Sample.language(tag).name(of: try LanguageTag("fr")) == french)
    }

    @Test func namesInTheMiddleOfASentenceAreNotCapitalised() throws {
        #expect(Sample.language("fr").name(of: try LanguageTag("en")) == "Anglais")
        #expect(Sample.language("fr").name(of: try LanguageTag("en"), inSentence: true) == "anglais")
        #expect(Sample.language("ru").name(of: try LanguageTag("fr"), inSentence: true) == "французский")
        #expect(Sample.language("en").name(of: try LanguageTag("fr"), inSentence: true) == "French")
    }

    @Test func usesDialectNamesForRegionalVariants() throws {
        #expect(Sample.language("en-US").nativeName == "American English")
        #expect(Sample.language("en").name(of: try LanguageTag("pt-BR")) == "Brazilian Portuguese")
        #expect(Sample.language("fr").name(of: try LanguageTag("de-CH")) == "Allemand suisse")
    }
}
