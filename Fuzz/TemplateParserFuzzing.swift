@testable import BroadsideTemplates

/// `template-parser`: any bytes as a template's source, parsed as a templates folder parses it.
enum TemplateParserFuzzing {
    static func run(_ bytes: [UInt8]) {
        guard let template = try? Template(source: String(decoding: bytes, as: UTF8.self), path: "templates/fuzz.html") else { return }
        _ = template.references
    }
}
