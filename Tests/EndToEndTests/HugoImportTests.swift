import Foundation
import Testing

/// `broadside import hugo` on Hugo sites laid out the ways Hugo reads them.
@Suite struct HugoImportTests {
    private func run(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try SiteCommandTests.run(arguments, in: site)
    }

    /// An article in `language`, its text its own (a copy of the source's would be a stub).
    private static func article(_ language: String = "en") -> String {
        "---\ntitle: Hello\ndate: 2026-01-01\n---\nText in \(language).\n"
    }

    @Test func aSplitConfigurationBecomesSiteYAMLThatBuilds() throws {
        let site = try TemporaryFolder(files: [
            "config/_default/hugo.toml": """
                baseURL = "https://campaign.example.org/"
                title = "Return \\"Campaign\\""
                defaultContentLanguage = "en"
                theme = "ananke"
                paginate = 5
                [markup.goldmark.renderer]
                unsafe = true
                [permalinks]
                posts = "/:year/:slug/"
                """,
            "config/_default/languages.toml": """
                [en]
                weight = 1
                languageName = "English"
                [pt-br]
                weight = 3
                [ar]
                weight = 2
                languageDirection = "rtl"
                """,
            "config/_default/params.toml": "description = \"x\"\n",
            "config/_default/menus.en.toml": "[[main]]\nname = \"Home\"\nurl = \"/\"\n",
            "content/posts/hello.md": Self.article(),
            "content/posts/hello.ar.md": Self.article("ar"),
            "content/posts/hello.pt-br.md": Self.article("pt-br"),
        ])
        let result = try run(["import", "hugo"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        let yaml = String(decoding: try site.read("site.yaml"), as: UTF8.self)
        #expect(yaml.contains("title: \"Return \\\"Campaign\\\"\"\n"), "\(yaml)")
        #expect(yaml.contains("baseURL: \"https://campaign.example.org/\"\n"))
        #expect(yaml.contains("defaultLanguage: en\n"))
        // Weight order; codes as Hugo writes them in paths, with what site.yaml can say of each.
        #expect(yaml.contains("languages:\n  - {code: en, name: \"English\"}\n  - {code: ar, direction: \"rtl\"}\n  - {code: pt-br}\n"), "\(yaml)")
        #expect(yaml.contains("paginate: 5\n"))
        #expect(yaml.contains("unsafeHTML: true\n"))
        // Hugo's defaults, which are not Broadside's, written out.
        #expect(yaml.contains("defaultLanguageInSubdir: false\nlowercasePaths: true\n"))
        #expect(yaml.contains("permalinks: {\"posts\": \"/:year/:slug/\"}\n"))
        for setting in ["theme", "params", "languages.en.menus"] {
            #expect(result.output.contains("not carried over: \(setting)\n"), "\(setting): \(result.output)")
        }
        for setting in ["title", "permalinks", "languages.en.languagename", "languages.ar.languagedirection"] {
            #expect(!result.output.contains("not carried over: \(setting)\n"), "\(setting): \(result.output)")
        }
        let build = try run(["build"], in: site)
        #expect(build.status == 0, "\(build.errorOutput)")
        // At Hugo's addresses: the default language at the root, the permalink, the code as written.
        for page in ["output/2026/hello/index.html", "output/ar/2026/hello/index.html", "output/pt-br/2026/hello/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.url(page).path), "\(page)")
        }
        #expect(String(decoding: try site.read("output/pt-br/2026/hello/index.html"), as: UTF8.self).contains("lang=\"pt-BR\""))
    }

    @Test(arguments: [
        ("hugo.yaml", "baseURL: https://a.example/\ntitle: A\nlanguages:\n  fr: {weight: 2}\n  en: {weight: 1}\npagination:\n  pagerSize: 7\n"),
        ("config.json", #"{"baseURL": "https://a.example/", "title": "A", "languages": {"fr": {"weight": 2}, "en": {"weight": 1}}, "pagination": {"pagerSize": 7}}"#),
        ("hugo.toml", "baseURL = 'https://a.example/'\ntitle = 'A'\n[languages.fr]\nweight = 2\n[languages.en]\nweight = 1\n[pagination]\npagerSize = 7\n"),
    ])
    func eachFormatAtTheRoot(file: String, text: String) throws {
        let site = try TemporaryFolder(files: [file: text])
        let result = try run(["import", "hugo"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        let yaml = String(decoding: try site.read("site.yaml"), as: UTF8.self)
        #expect(yaml.contains("languages: [en, fr]\n") && yaml.contains("paginate: 7\n") && yaml.contains("defaultLanguage: en\n"), "\(yaml)")
    }

    @Test func contentFoldersAndAddressesAreCarriedOver() throws {
        let site = try TemporaryFolder(files: [
            "hugo.toml": """
                baseURL = "https://a.example/"
                title = "A"
                defaultContentLanguage = "fr"
                defaultContentLanguageInSubdir = true
                disablePathToLower = true
                [uglyURLs]
                notes = true
                [permalinks.page]
                posts = "/:year/:title/"
                [permalinks.section]
                posts = "/archive/"
                [languages.fr]
                contentDir = "content/fr"
                label = "Français"
                weight = 1
                [languages.ar]
                contentDir = "content/ar"
                direction = "rtl"
                weight = 2
                """,
            "content/fr/notes/Carnet.md": Self.article("fr"),
            "content/ar/notes/Carnet.md": Self.article("ar"),
        ])
        let result = try run(["import", "hugo"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        let yaml = String(decoding: try site.read("site.yaml"), as: UTF8.self)
        #expect(yaml.contains("""
            languages:
              - {code: fr, contentDir: "content/fr", name: "Français"}
              - {code: ar, contentDir: "content/ar", direction: "rtl"}
            defaultLanguageInSubdir: true
            lowercasePaths: false
            tagSlugs: asWritten
            permalinks: {"posts": "/:year/:title/"}
            uglyURLs: {"notes": true}

            """), "\(yaml)")
        #expect(result.output.contains("not carried over: permalinks.section\n"), "\(result.output)")
        let build = try run(["build"], in: site)
        #expect(build.status == 0, "\(build.errorOutput)")
        for page in ["output/fr/notes/Carnet.html", "output/ar/notes/Carnet.html", "output/index.html"] {
            #expect(FileManager.default.fileExists(atPath: site.url(page).path), "\(page)")
        }
    }

    @Test func aCascadeInTheConfigurationIsCarriedOver() throws {
        let site = try TemporaryFolder(files: [
            "hugo.toml": """
                baseURL = "https://a.example/"
                title = "A"
                [[cascade]]
                [cascade.build]
                render = "never"
                list = "never"
                [cascade.target]
                path = "/drafts/**"
                [cascade.params]
                color = "red"
                """,
            "content/drafts/x.md": Self.article(),
            "content/posts/y.md": Self.article(),
        ])
        let result = try run(["import", "hugo"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        let yaml = String(decoding: try site.read("site.yaml"), as: UTF8.self)
        #expect(yaml.contains(#"cascade: [{"build": {"list": "never", "render": "never"}, "target": {"path": "/drafts/**"}}]"#), "\(yaml)")
        #expect(result.output.contains("not carried over: cascade.params\n"), "\(result.output)")
        #expect(try run(["build"], in: site).status == 0)
        #expect(site.exists("output/posts/y/index.html") && !site.exists("output/drafts"))
    }

    @Test func anExistingSiteYAMLIsReplacedOnlyWithForce() throws {
        let site = try TemporaryFolder(files: ["hugo.toml": "title = 'New'\nbaseURL = 'https://a.example/'\n", "site.yaml": "mine\n"])
        let refused = try run(["import", "hugo"], in: site)
        #expect(refused.status == 2 && refused.errorOutput.contains("site.yaml exists already"), "\(refused.errorOutput)")
        #expect(try site.read("site.yaml") == Data("mine\n".utf8))
        #expect(try run(["import", "hugo", "--force"], in: site).status == 0)
        #expect(String(decoding: try site.read("site.yaml"), as: UTF8.self).contains("title: \"New\""))
    }

    @Test func aFolderWithoutHugoConfigurationIsAnError() throws {
        let site = try TemporaryFolder(files: ["content/a.md": Self.article()])
        let result = try run(["import", "hugo"], in: site)
        #expect(result.status == 2 && result.errorOutput.contains("no Hugo configuration"), "\(result.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: site.url("site.yaml").path))
    }

    @Test func aBrokenConfigurationIsALocatedError() throws {
        let site = try TemporaryFolder(files: ["hugo.toml": "title = 'A'\nbaseURL = \n"])
        let result = try run(["import", "hugo"], in: site)
        #expect(result.status == 2 && result.errorOutput.contains("hugo.toml:2:"), "\(result.errorOutput)")
    }
}
