import Foundation

/// The report as JSON: `{"defaultLanguage", "languages", "articles", "coverage", "problems"}`.
enum JSONReport {
    static func render<T: Encodable>(_ value: T) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)) ?? Data()).map { $0 } + [UInt8(ascii: "\n")]
    }
}
