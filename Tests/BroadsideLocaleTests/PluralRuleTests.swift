import BroadsideLocale
import Testing

@Suite struct PluralRuleTests {
    @Test(arguments: [
        ("en", [PluralCategory.one, .other]), ("ar", [.zero, .one, .two, .few, .many, .other]),
        ("he", [.one, .two, .other]), ("ru", [.one, .few, .many, .other]),
        ("pl", [.one, .few, .many, .other]), ("fr", [.one, .many, .other]), ("sw", [.one, .other]),
        ("am", [.one, .other]), ("ur", [.one, .other]), ("fa", [.one, .other]), ("yo", [.other]),
        ("zh-Hant", [.other]),
    ])
    func cardinalCategories(tag: String, categories: [PluralCategory]) {
        #expect(Sample.language(tag).pluralCategories() == categories)
        #expect(Sample.language(tag).pluralCategories(.cardinal) == categories)
    }

    @Test(arguments: [
        ("en", [PluralCategory.one, .two, .few, .other]), ("fr", [.one, .other]),
        ("ar", [.other]), ("he", [.other]), ("ru", [.other]), ("pl", [.other]), ("sw", [.other]),
        ("am", [.other]), ("ur", [.other]), ("fa", [.other]), ("yo", [.other]), ("zh-Hant", [.other]),
    ])
    func ordinalCategories(tag: String, categories: [PluralCategory]) {
        #expect(Sample.language(tag).pluralCategories(.ordinal) == categories)
    }

    /// The category of 0, 1, 2, 3, 5, 11, 21, 22, 1.5 and 100 in each language.
    @Test(arguments: [
        ("en", "other one other other other other other other other other"),
        ("ar", "zero one two few few many many many other other"),
        ("he", "other one two other other other other other other other"),
        ("ru", "many one few few many many one few other many"),
        ("pl", "many one few few many many many few other many"),
        ("fr", "one one other other other other other other one other"),
        ("sw", "other one other other other other other other other other"),
        ("am", "one one other other other other other other other other"),
        ("ur", "other one other other other other other other other other"),
        ("fa", "one one other other other other other other other other"),
        ("yo", "other other other other other other other other other other"),
        ("zh-Hant", "other other other other other other other other other other"),
    ])
    func cardinalCategoryOfNumbers(tag: String, expected: String) {
        let numbers: [Double] = [0, 1, 2, 3, 5, 11, 21, 22, 1.5, 100]
        let categories = numbers.map { Sample.language(tag).pluralCategory(of: $0).rawValue }
        #expect(categories.joined(separator: " ") == expected)
    }

    @Test func ordinalCategoryOfNumbers() {
        let english = Sample.language("en")
        let categories = [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map { english.pluralCategory(of: $0, .ordinal) }
        #expect(categories == [.one, .two, .few, .other, .other, .other, .other, .one, .two, .few, .one])
        #expect(Sample.language("fr").pluralCategory(of: 1, .ordinal) == .one)
        #expect(Sample.language("fr").pluralCategory(of: 2, .ordinal) == .other)
    }

    @Test func frenchUsesManyForMillions() {
        #expect(Sample.language("fr").pluralCategory(of: 1_000_000) == .many)
        #expect(Sample.language("fr").pluralCategory(of: 1_000_001) == .other)
    }

    @Test func categoriesOrderAsCLDRListsThem() {
        #expect(PluralCategory.allCases.shuffled().sorted() == [.zero, .one, .two, .few, .many, .other])
        #expect(PluralCategory.few < .many)
        #expect(!(PluralCategory.other < .zero))
    }
}
