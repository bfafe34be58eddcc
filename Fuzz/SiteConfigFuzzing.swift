@testable import BroadsideSite

/// `site-config`: any bytes as the text of `site.yaml`, parsed as a build parses it, and as a
/// locale file (`locales/<lang>.yaml`), whose entries a build reads through the same YAML limits.
enum SiteConfigFuzzing {
    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let configuration = try? SiteConfiguration.parse(text, path: "site.yaml") {
            _ = configuration.basePath
        }
        _ = try? UIStrings.readEntries(text, path: "locales/fuzz.yaml")
    }
}
