import Foundation
import Testing

/// Pages at Hugo's addresses, built by the real executable: content folders per language, the
/// default language at the root, `permalinks`, `uglyURLs`, lower-cased paths and language codes
/// in paths as the site writes them.
@Suite struct HugoAddressTests {
    static let configuration = """
        title: Addresses
        baseURL: https://hugo.example.org/
        defaultLanguage: en
        languages:
          - {code: en, contentDir: content/en}
          - {code: ar, contentDir: content/ar, name: العربية الفصحى}
          - {code: pt-br, contentDir: content/pt-br, direction: ltr}
          - fr
        defaultLanguageInSubdir: false
        permalinks: {posts: "/:year/:month/:slug/"}
        uglyURLs: {notes: true}
        lowercasePaths: true
        timeZone: Africa/Nairobi

        """

    static func site(configuration: String = configuration, _ files: [String: String] = [:]) throws -> TemporaryFolder {
        try TemporaryFolder(files: [
            "site.yaml": configuration,
            "templates/tags.html": "tags",
            "templates/article.html": "<html lang=\"{{lang}}\" dir=\"{{dir}}\">{{title}}@{{url}}|{{#alternates}}{{hreflang}}={{href}} {{/alternates}}|{{#switcher}}{{name}}={{url}} {{/switcher}}</html>",
            "templates/list.html": "home {{lang}}:{{#articles}}{{url}} {{/articles}}feed={{feedURL}}",
            // 23:30 on 31 May in UTC is 1 June in Nairobi.
            "content/en/posts/First-Post.md": "---\ntitle: First\ndate: 2026-05-31T23:30:00Z\n---\nOne.\n",
            "content/ar/posts/First-Post.md": "---\ntitle: الأول\ndate: 2026-05-31T23:30:00Z\nslug: al-awwal\n---\nواحد.\n",
            "content/pt-br/posts/First-Post.md": "---\ntitle: Primeiro\ndate: 2026-05-31T23:30:00Z\n---\nUm.\n",
            // The suffix layout beside the folders: French has no folder of its own.
            "content/en/posts/First-Post.fr.md": "---\ntitle: Premier\ndate: 2026-05-31T23:30:00Z\n---\nUn.\n",
            "content/en/notes/Short.md": "---\ntitle: Short\ndate: 2026-05-02\n---\nA note.\n",
            "content/ar/notes/Short.md": "---\ntitle: قصير\ndate: 2026-05-02\n---\nملاحظة.\n",
            "content/en/about.md": "---\ntitle: About\n---\nUs.\n",
        ].merging(files) { _, new in new })
    }

    @Test func pagesAreAtHugosAddresses() throws {
        let site = try Self.site()
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        // The default language at the root, the others in their folders as written; permalinks
        // with the date in the site's time zone and the slug (Hugo's `:slug` is the title
        // without one); lower case.
        let first = try site.text("output/2026/06/first/index.html")
        #expect(first.hasPrefix("<html lang=\"en\" dir=\"ltr\">First@/2026/06/first/|"))
        #expect(first.contains("en=https://hugo.example.org/2026/06/first/ "))
        #expect(first.contains("ar=https://hugo.example.org/ar/2026/06/al-awwal/ "))
        // lang and hreflang in canonical BCP 47; the folder as written.
        #expect(first.contains("pt-BR=https://hugo.example.org/pt-br/2026/06/primeiro/ "))
        #expect(first.contains("fr=https://hugo.example.org/fr/2026/06/premier/ "))
        #expect(first.contains("x-default=https://hugo.example.org/2026/06/first/ "))
        // The site's name of a language and its direction win over ICU's.
        #expect(first.contains("العربية الفصحى=/ar/2026/06/al-awwal/ "))
        let portuguese = try site.text("output/pt-br/2026/06/primeiro/index.html")
        #expect(portuguese.hasPrefix("<html lang=\"pt-BR\" dir=\"ltr\">"))
        #expect(try site.text("output/ar/2026/06/al-awwal/index.html").hasPrefix("<html lang=\"ar\" dir=\"rtl\">"))
        // Ugly URLs in one section only.
        #expect(try site.text("output/notes/short.html").hasPrefix("<html lang=\"en\" dir=\"ltr\">Short@/notes/short.html|"))
        #expect(try site.text("output/ar/notes/short.html").contains("ar=https://hugo.example.org/ar/notes/short.html "))
        #expect(try site.text("output/about/index.html").hasPrefix("<html lang=\"en\" dir=\"ltr\">About@/about/|"))
        // Homes and feeds: the default language's at the root, which is no language chooser.
        #expect(try site.text("output/index.html") == "home en:/2026/06/first/ /notes/short.html feed=/feed.xml")
        #expect(try site.text("output/pt-br/index.html") == "home pt-BR:/pt-br/2026/06/primeiro/ feed=/pt-br/feed.xml")
        #expect(try site.text("output/feed.xml").contains("<link>https://hugo.example.org/2026/06/first/</link>"))
        #expect(FileManager.default.fileExists(atPath: site.url("output/ar/atom.xml").path))
        // The default language's old folder redirects to the root, as Hugo's does.
        #expect(try site.text("output/en/index.html").contains("<link rel=\"canonical\" href=\"https://hugo.example.org/\">"))
        // A list page per section, at the section's path whatever its pages' permalinks; a 404 page per language.
        #expect(try site.text("output/posts/index.html") == "home en:/2026/06/first/ feed=/feed.xml")
        #expect(try site.text("output/ar/notes/index.html") == "home ar:/ar/notes/short.html feed=/ar/feed.xml")
        #expect(try site.text("output/404.html").contains("<html lang=\"en\" dir=\"ltr\">"))
        #expect(try site.text("output/ar/404.html").contains("<html lang=\"ar\" dir=\"rtl\">"))
        let sitemap = try site.text("output/sitemap.xml")
        #expect(sitemap.contains("<loc>https://hugo.example.org/notes/short.html</loc>"))
        #expect(sitemap.contains("hreflang=\"pt-BR\" href=\"https://hugo.example.org/pt-br/2026/06/primeiro/\""))
    }

    @Test func coverageReadsTheLanguageFolders() throws {
        let site = try Self.site()
        let result = try BroadsideProcess.run(arguments: ["check", "--format", "json"], currentDirectory: site.url)
        // The posts are translated in the folders (and French beside its source); about.md
        // is not, and the hint names where each translation goes.
        let missing = result.output.components(separatedBy: "\n").filter { $0.contains("has no ") }
        #expect(missing.count == 5, "\(missing)")
        #expect(missing.contains { $0.contains("translate content/en/about.md into content/ar/about.md") })
        #expect(missing.contains { $0.contains("translate content/en/about.md into content/about.fr.md") })
        #expect(missing.contains { $0.contains("'notes/Short' has no ") && $0.contains("into content/pt-br/notes/Short.md") })
    }

    @Test func filesOutsideEveryLanguageFolderAreNamed() throws {
        let site = try Self.site(["content/stray.md": "---\ntitle: Stray\n---\nLost.\n"])
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 0)
        #expect(result.errorOutput.contains("content/stray.md: warning: 1 content file is in no language's contentDir, so no page is made of it"))
    }

    @Test(arguments: [
        ("permalinks: {posts: \"/:year/:nonsense/\"}", "site.yaml:2:21: error: unknown permalink token ':nonsense' in '/:year/:nonsense/'"),
        ("languages: [en, {code: fr, contentDir: ../elsewhere}]", "site.yaml:2:40: error: 'contentDir' must be content or a folder inside it, not '../elsewhere'"),
        ("languages: [en, {code: fr, contentDir: content/x}, {code: ar, contentDir: content/x}]", "site.yaml:2:52: error: languages 'fr' and 'ar' have one contentDir"),
        ("languages: [en, {code: fr, dir: rtl}]", "site.yaml:2:28: error: unknown key 'dir' in a language of 'languages'"),
        ("languages: [en, {contentDir: content/fr}]", "site.yaml:2:17: error: a language written as a mapping needs 'code'"),
        ("languages: [en, pt-br, pt-BR]", "site.yaml:2:24: error: language 'pt-BR' is listed twice in 'languages'"),
        ("uglyURLs: sometimes", "site.yaml:2:11: error: 'uglyURLs' must be true or false"),
    ])
    func badSettingsAreLocated(setting: String, message: String) throws {
        let site = try Self.site(configuration: "defaultLanguage: en\n\(setting)\ntitle: T\nbaseURL: https://x.example/\n")
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 2)
        #expect(result.errorOutput.contains(message), "\(result.errorOutput)")
    }
}
