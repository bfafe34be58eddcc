import Foundation

/// What `broadside locales` reports about one language: its JSON form has exactly these keys.
public struct LanguageReport: Codable, Sendable, Equatable {
    /// The canonical tag ("zh-Hant").
    public var tag: String
    /// The language's name in itself, menu-capitalised ("Français").
    public var nativeName: String
    /// The language's name in English ("French").
    public var englishName: String
    /// The direction of its script.
    public var direction: TextDirection
    /// The ISO 15924 code of its script ("Latn").
    public var script: String
    /// Its cardinal plural categories, in CLDR order.
    public var pluralCategories: [PluralCategory]
    /// A sample date formatted long in the language.
    public var sampleDate: String

    /// The report on `language`, with `date` as the sample date, formatted in `timeZone`.
    public init(_ language: Language, sampleDate date: Date, timeZone: String = "UTC") {
        tag = language.tag.identifier
        nativeName = language.nativeName
        englishName = language.englishName
        direction = language.direction
        script = language.script
        pluralCategories = language.pluralCategories()
        sampleDate = language.format(date, style: .long, timeZone: timeZone)
    }
}
