import Foundation
import Testing

/// `shareCards: true` on a site in English, Arabic and Amharic: each article page's card beside
/// it, the Open Graph and X tags that point to it, and cards redrawn only when a title changes.
@Suite struct ShareCardSiteTests {
    static func site(shareCards: String = "true") throws -> TemporaryFolder {
        var files = [
            "site.yaml": """
                title: Caravan
                baseURL: https://caravan.example.org/
                defaultLanguage: en
                languages: [en, ar, am]
                missingTranslations: fallback
                shareCards: \(shareCards)

                """,
            "content/articles/only-english.en.md": "---\ntitle: Only in English\ndate: 2026-05-02\n---\nText.\n",
        ]
        for (language, title) in [("en", "The caravans set out"), ("ar", "انطلقت القوافل"), ("am", "ተጓዦቹ ተነሱ")] {
            files["content/articles/caravans.\(language).md"] = "---\ntitle: \"\(title)\"\ndate: 2026-05-01\n---\n\(title).\n"
        }
        return try TemporaryFolder(files: files)
    }

    static func build(_ site: TemporaryFolder) throws {
        let result = try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        // Amharic has no UI strings: the one warning says so.
        let warnings = result.errorOutput.split(separator: "\n").filter { $0.contains("warning") }
        #expect(warnings.count == 1 && warnings[0].contains("am: 39 UI strings are shown in English on Amharic pages"),
                "\(result.errorOutput)")
    }

    /// The `content` of each `<meta property=…>` or `<meta name=…>` of the page.
    static func meta(_ page: String) -> [String: String] {
        let pattern = #/<meta (?:property|name)="([^"]+)" content="([^"]*)">/#
        return Dictionary(page.matches(of: pattern).map { (String($0.output.1), String($0.output.2)) }, uniquingKeysWith: { first, _ in first })
    }

    /// A PNG file's width and height, from its header.
    static func size(ofPNG data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
        func number(at offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(at: 16), number(at: 20))
    }

    @Test func eachArticlePageHasItsCardAndTheTagsThatShowIt() throws {
        let site = try Self.site()
        try Self.build(site)
        let pages = [("en", "en/articles/caravans/", "The caravans set out", "en_US"),
                     ("ar", "ar/articles/caravans/", "انطلقت القوافل", "ar_EG"),
                     ("am", "am/articles/caravans/", "ተጓዦቹ ተነሱ", "am_ET")]
        for (language, folder, title, locale) in pages {
            let tags = Self.meta(try site.text("output/\(folder)index.html"))
            #expect(tags["og:image"] == "https://caravan.example.org/\(folder)share-card.png", "\(language)")
            #expect(tags["og:image:width"] == "1200" && tags["og:image:height"] == "630")
            // The site's English name is isolated in the Arabic attribute (LRI … PDI), not in the left-to-right ones.
            #expect(tags["og:image:alt"] == "\(title) · " + (language == "ar" ? "\u{2066}Caravan\u{2069}" : "Caravan"))
            #expect(tags["twitter:card"] == "summary_large_image")
            #expect(tags["og:type"] == "article")
            #expect(tags["og:locale"] == locale)
            let size = Self.size(ofPNG: try site.read("output/\(folder)share-card.png"))
            #expect(size?.width == 1200 && size?.height == 630, "\(language)")
        }
        // A fallback shows the English text, so it shows the English card and has none of its own.
        let fallback = Self.meta(try site.text("output/ar/articles/only-english/index.html"))
        #expect(fallback["og:image"] == "https://caravan.example.org/en/articles/only-english/share-card.png")
        #expect(!site.exists("output/ar/articles/only-english/share-card.png"))
        #expect(site.exists("output/en/articles/only-english/share-card.png"))
        // Every other page shows its language's card: the site's name, and its address for want of a tagline.
        for (page, card) in [("ar/index.html", "ar/share-card.png"), ("am/tags/index.html", "am/share-card.png"),
                             ("index.html", "en/share-card.png")] {
            let tags = Self.meta(try site.text("output/" + page))
            #expect(tags["og:image"] == "https://caravan.example.org/" + card, "\(page)")
            let name = page.hasPrefix("ar/") ? "\u{2066}Caravan\u{2069}" : "Caravan"
            #expect(tags["og:image:alt"] == name && tags["twitter:card"] == "summary_large_image" && tags["og:type"] == "website")
            #expect(Self.size(ofPNG: try site.read("output/" + card))?.width == 1200)
        }
        #expect(Self.meta(try site.text("output/en/404.html"))["og:image"] == nil, "a 404 page has none")
    }

    @Test func aSiteWithoutShareCardsHasNoneAndNoTags() throws {
        let site = try Self.site(shareCards: "false")
        try Self.build(site)
        #expect(!site.exists("output/en/articles/caravans/share-card.png"))
        #expect(Self.meta(try site.text("output/en/articles/caravans/index.html"))["og:image"] == nil)
    }

    @Test func aRebuildRedrawsOnlyTheCardsWhoseTitleChanged() throws {
        let site = try Self.site()
        try Self.build(site)
        func identity(_ path: String) throws -> (Int, Data) {
            let attributes = try FileManager.default.attributesOfItem(atPath: site.url("output/" + path).path)
            return ((attributes[.systemFileNumber] as? Int) ?? -1, try site.read("output/" + path))
        }
        let english = try identity("en/articles/caravans/share-card.png"), arabic = try identity("ar/articles/caravans/share-card.png")
        // A new text under the same title keeps the card.
        try site.write("---\ntitle: \"انطلقت القوافل\"\ndate: 2026-05-01\n---\nنص جديد.\n", to: "content/articles/caravans.ar.md")
        try Self.build(site)
        #expect(try identity("ar/articles/caravans/share-card.png") == arabic)
        // A new title redraws that card alone.
        try site.write("---\ntitle: \"عادت القوافل\"\ndate: 2026-05-01\n---\nنص جديد.\n", to: "content/articles/caravans.ar.md")
        try Self.build(site)
        #expect(try identity("ar/articles/caravans/share-card.png").1 != arabic.1)
        #expect(try identity("en/articles/caravans/share-card.png") == english)
    }

    @Test func badColoursAreLocatedErrors() throws {
        let site = try Self.site(shareCards: "{accent: \"#12345\", border: \"#fff\"}")
        let result = try Command.run([try BroadsideProcess.executable().path, "build"], in: site.url)
        #expect(result.status != 0)
        #expect(result.errorOutput.contains("site.yaml:6:"), "\(result.errorOutput)")
    }
}
