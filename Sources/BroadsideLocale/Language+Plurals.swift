import ICUShim

extension Language {
    /// The plural categories the language distinguishes, in CLDR order: `[.one, .other]` for
    /// English cardinals, `[.zero, .one, .two, .few, .many, .other]` for Arabic.
    ///
    /// - Parameter type: Cardinal (counting) or ordinal (ranking) rules.
    /// - Returns: The categories a message in this language must cover.
    public func pluralCategories(_ type: PluralType = .cardinal) -> [PluralCategory] {
        let keywords = service(.pluralRules(type)).use { rules in
            ShimBuffer.text { bs_plural_rules_keywords(rules, $0, $1) }
        }
        return keywords.split(separator: " ").map { PluralCategory(keyword: String($0)) }.sorted()
    }

    /// The plural category of a number: in Russian, 1 and 21 are `one`, 3 is `few`, 5 is `many`.
    ///
    /// - Parameters:
    ///   - number: The number; a fraction such as 1.5 follows the rules for decimals.
    ///   - type: Cardinal (counting) or ordinal (ranking) rules.
    /// - Returns: The category of `number`.
    public func pluralCategory(of number: Double, _ type: PluralType = .cardinal) -> PluralCategory {
        let keyword = service(.pluralRules(type)).use { rules in
            ShimBuffer.text { bs_plural_rules_select(rules, number, $0, $1) }
        }
        return PluralCategory(keyword: keyword)
    }
}
