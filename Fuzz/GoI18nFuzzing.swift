@testable import BroadsideLocale
@testable import BroadsideSite

/// `go-i18n`: any bytes as a Hugo `i18n/` file, read as the check and the build read one. The
/// first byte picks TOML, YAML or JSON (by its value modulo 3), the rest is the file's text;
/// every pattern it gives is analysed as the check does and compiled as the build does.
enum GoI18nFuzzing {
    static let language = Language.named(try! LanguageTag("en"))

    static func run(_ bytes: [UInt8]) {
        guard let first = bytes.first else { return }
        let formats = ["toml", "yaml", "json"]
        let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
        guard let entries = try? GoI18nStrings.readEntries(text, path: "i18n/fuzz." + formats[Int(first) % formats.count]) else {
            return
        }
        for entry in entries {
            _ = try? MessageAnalysis.parse(entry.pattern)
            _ = try? language.message(entry.pattern)
        }
    }
}
