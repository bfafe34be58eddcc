import Foundation
@testable import BroadsideSite

/// `site-config`: any bytes as the text of `site.yaml`, parsed as a build parses it, its addresses
/// made for a page in every language and its cascades matched, and as a locale file
/// (`locales/<lang>.yaml`), whose entries a build reads through the same YAML limits.
enum SiteConfigFuzzing {
    /// A dated page with a slug, in `posts/`, as every configuration places it.
    static let frontMatter = try? FrontMatter.parse("title: A title: with colons\ndate: 2026-01-02\nslug: s\n",
                                                    path: "content/posts/x.md", timeZone: TimeZone(identifier: "UTC")!)

    static func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let configuration = try? SiteConfiguration.parse(text, path: "site.yaml") {
            _ = configuration.basePath
            if let frontMatter {
                let file = ArticleFile(path: "content/posts/x.md", relativePath: "posts/x.md", section: "posts", name: "x",
                                       language: configuration.defaultLanguage, frontMatter: frontMatter, body: "",
                                       bodyLine: 5, contentHash: 0)
                var paths = PagePaths(configuration: configuration)
                var problems: [Diagnostic] = []
                for language in configuration.languages {
                    _ = try? paths.article(file, in: language, isOwn: true, problems: &problems)
                    _ = paths.section("posts/2026", in: language).link(basePath: configuration.basePath)
                }
                for cascade in configuration.cascade { _ = cascade.applies(to: file) }
                _ = LanguageFolders(configuration: configuration).locate("fr/posts/x.md")
            }
        }
        _ = try? UIStrings.readEntries(text, path: "locales/fuzz.yaml")
    }
}
