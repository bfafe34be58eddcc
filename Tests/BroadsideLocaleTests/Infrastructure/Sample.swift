import BroadsideLocale
import Foundation

/// Shared inputs of the locale tests.
enum Sample {
    /// The twelve languages every feature is tested on.
    static let tags = ["en", "ar", "he", "ru", "pl", "fr", "sw", "am", "ur", "fa", "yo", "zh-Hant"]

    /// Saturday 2026-11-28 09:30:00 UTC.
    static let date = Date(timeIntervalSince1970: 1_795_858_200)

    /// The shared language for a tag known to be valid.
    static func language(_ tag: String) -> Language {
        Language.named(try! LanguageTag(tag))
    }
}
