import ICUShim

extension Language {
    /// The language's name in itself, capitalised as a menu item where the language does that:
    /// "Français", "العربية", "Kiswahili", "polski".
    public var nativeName: String { name(of: tag) }

    /// The language's name in English: "French", "Arabic", "Swahili".
    public var englishName: String { Language.named(.english).name(of: tag) }

    /// The name of another language in this one, capitalised as a menu item where this language
    /// does that, for language switchers and reports. Regional and script variants get CLDR's
    /// dialect names where it has them ("American English", "繁體中文").
    ///
    /// - Parameters:
    ///   - other: The language to name.
    ///   - inSentence: capitalise it as in the middle of a sentence instead ("en anglais").
    /// - Returns: Its name in this language.
    public func name(of other: LanguageTag, inSentence: Bool = false) -> String {
        service(.displayNames(inSentence: inSentence)).use { names in
            ShimBuffer.text { bs_display_names_name(names, other.identifier, $0, $1) }
        }
    }
}
