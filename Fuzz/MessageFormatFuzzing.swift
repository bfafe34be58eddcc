@testable import BroadsideLocale
@testable import BroadsideSite
import Foundation

/// Any bytes, as UTF-8, as a UI string of a locale file: what the check does with it (limits,
/// ICU's analysis, the visible text and its script) and what a build does (compiling it and
/// formatting it with numbers, texts and dates for its arguments), in English, Arabic and Russian.
enum MessageFormatFuzzing {
    static let languages = ["en", "ar", "ru"].map { Language.named(try! LanguageTag($0)) }

    /// Argument values of each kind, extremes included: a date in year 1, NaN, infinity.
    static let values: [MessageArgument] = [
        .number(3), .number(-1.5), .number(.nan), .number(.infinity), .number(1e300),
        .string("x"), .string(""),
        .date(Date(timeIntervalSince1970: 1_795_858_200)), .date(Date(timeIntervalSince1970: -62_135_553_600)),
    ]

    static func run(_ bytes: [UInt8]) {
        let pattern = String(decoding: bytes, as: UTF8.self)
        _ = ScriptDetection.dominantScript(of: MessageText.visibleText(of: pattern))
        guard let analysis = try? MessageAnalysis.parse(pattern) else { return }
        let names = analysis.argumentNames.sorted()
        for language in languages {
            _ = language.pluralCategories(.cardinal)
            _ = language.pluralCategories(.ordinal)
            guard let message = try? language.message(pattern) else { continue }
            for (index, value) in values.enumerated() {
                // Every argument this value, then the values in turn across the arguments.
                _ = try? message.format(Dictionary(uniqueKeysWithValues: names.map { ($0, value) }))
                _ = try? message.format(Dictionary(uniqueKeysWithValues: names.enumerated().map { offset, name in
                    (name, values[(index + offset) % values.count])
                }))
            }
        }
    }
}
