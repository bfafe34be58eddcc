import Foundation
import Testing

/// Hugo's build options and `cascade`, stub translations built as missing, and tags at Hugo's
/// addresses, built by the real executable.
@Suite struct HugoBuildOptionsTests {
    static func site(_ configuration: String = "", _ files: [String: String] = [:]) throws -> TemporaryFolder {
        try TemporaryFolder(files: [
            "site.yaml": "title: Options\nbaseURL: https://o.example.org/\ndefaultLanguage: en\nlanguages: [en, fr]\n" + configuration,
            "templates/list.html": "{{#articles}}{{url}} {{/articles}}|{{#pages}}{{url}} {{/pages}}",
            "templates/article.html": "{{title}}",
            "templates/tags.html": "{{#tags}}{{url}} {{/tags}}",
            // Snippets are neither published nor pages to translate, by the section's cascade.
            "content/snippets/_index.md": "---\ntitle: Snippets\ncascade:\n  build: {render: never, list: never}\n---\n",
            "content/snippets/signup.md": "---\ntitle: Sign up\n---\nSign the petition.\n",
            // A cascade with a target: only the pages it names.
            "content/docs/_index.md": "+++\ntitle = \"Docs\"\n[[cascade]]\n[cascade.build]\nlist = \"never\"\n[cascade.target]\npath = \"{/docs/hidden,/docs/also-*}\"\n+++\n",
            "content/docs/hidden.md": "---\ntitle: Hidden\n---\nNot listed.\n",
            "content/docs/also-hidden.md": "---\ntitle: Also\n---\nNot listed either.\n",
            "content/docs/shown.md": "---\ntitle: Shown\n---\nListed.\n",
            // Its own options win over any cascade; `headless` is render and list never.
            "content/news/landing.md": "{\"title\": \"Landing\", \"date\": \"2026-01-02\", \"build\": {\"list\": \"never\"}}\nA landing page.\n",
            "content/news/bundle/index.md": "---\ntitle: Headless\nheadless: true\n---\nResources only.\n",
            "content/news/dated.md": "---\ntitle: Dated\ndate: 2026-01-01\n---\nNews.\n",
            "content/news/dated.fr.md": "---\ntitle: Daté\ndate: 2026-01-01\n---\nNouvelles.\n",
        ].merging(files) { _, new in new })
    }


    @Test func buildOptionsAndCascadesDecideWhatIsPublishedAndListed() throws {
        let site = try Self.site("cascade: [{build: {list: never}, target: {path: /news/**, lang: fr}}]\n")
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(!site.exists("output/en/snippets"))
        #expect(!site.exists("output/en/news/bundle"))
        // Unlisted pages are published, and in no list or feed.
        for page in ["output/en/docs/hidden/index.html", "output/en/docs/also-hidden/index.html", "output/en/news/landing/index.html"] {
            #expect(site.exists(page), "\(page)")
        }
        #expect(try site.text("output/en/docs/index.html") == "|/en/docs/shown/ ")
        #expect(try site.text("output/en/index.html") == "/en/news/dated/ |/en/docs/shown/ ")
        #expect(!(try site.text("output/en/feed.xml")).contains("landing"))
        // site.yaml's cascade: French news are unlisted, and published.
        #expect(try site.text("output/fr/index.html") == "|")
        #expect(site.exists("output/fr/news/dated/index.html"))

        // Not published is not to translate; unlisted still is.
        let check = try BroadsideProcess.run(arguments: ["check", "--format", "json"], currentDirectory: site.url)
        #expect(!check.output.contains("snippets") && !check.output.contains("news/bundle"), "\(check.output)")
        #expect(check.output.contains("'docs/hidden' has no French (fr) file"), "\(check.output)")

        // The cascade is read again when only a page below it changes, and when it changes.
        try site.write("---\ntitle: Sign up now\n---\nSign the petition today.\n", to: "content/snippets/signup.md")
        #expect(try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url).status == 0)
        #expect(!site.exists("output/en/snippets"))
        try site.write("---\ntitle: Snippets\n---\n", to: "content/snippets/_index.md")
        #expect(try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url).status == 0)
        #expect(site.exists("output/en/snippets/signup/index.html"))
    }

    @Test(arguments: [
        ("build: {render: sometimes}", "content/news/x.md:3:17: error: 'render' must be always, never or link, not 'sometimes'"),
        ("build: {draft: never}", "content/news/x.md:3:9: error: unknown build option 'draft'"),
        ("build: never", "content/news/x.md:3:8: error: 'build' must be a mapping such as {render: never, list: never}"),
        ("cascade: [1]", "content/news/x.md:3:11: error: 'cascade' must be a mapping or a list of mappings"),
        ("cascade: {target: {path: \"/{a,{b}}\"}}", "content/news/x.md:3:26: error: the path pattern '/{a,{b}}' has braces Broadside does not read"),
    ])
    func badOptionsAreLocated(setting: String, message: String) throws {
        let site = try Self.site("", ["content/news/x.md": "---\ntitle: X\n\(setting)\n---\nText.\n"])
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 1)
        #expect(result.errorOutput.contains(message), "\(result.errorOutput)")
    }

    @Test(arguments: ["skip", "fallback"])
    func stubTranslationsAreBuiltAsMissing(missing: String) throws {
        let site = try Self.site("missingTranslations: \(missing)\n", [
            // Front matter only, and the source's text: stubs both.
            "content/news/empty.md": "---\ntitle: Empty\ndate: 2026-02-01\n---\nThe source.\n",
            "content/news/empty.fr.md": "---\ntitle: Vide\ndate: 2026-02-01\n---\n",
            "content/news/copy.md": "---\ntitle: Copy\ndate: 2026-02-02\n---\nThe same text.\n",
            "content/news/copy.fr.md": "---\ntitle: Copie\ndate: 2026-02-02\n---\n  The same text.\n\n",
        ])
        for build in 1...2 {
            // The second build takes every file from the content cache, unread.
            let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
            #expect(result.status == 0, "\(result.errorOutput)")
            for page in ["output/fr/news/empty/index.html", "output/fr/news/copy/index.html"] {
                if missing == "skip" {
                    #expect(!site.exists(page), "build \(build): \(page)")
                } else {
                    // The fallback shows the source's title, not the stub's.
                    #expect(try site.text(page) == (page.contains("empty") ? "Empty" : "Copy"), "build \(build): \(page)")
                }
            }
            #expect(try site.text("output/fr/index.html") == "/fr/news/dated/ |", "build \(build)")
        }
    }

    @Test func tagsAsWrittenAreAtHugosAddresses() throws {
        let site = try Self.site("tagSlugs: asWritten\n", [
            "content/news/dated.md": "---\ntitle: Dated\ndate: 2026-01-01\ntags: [Santé, حملة, Clean Air, C++]\n---\nNews.\n",
        ])
        let result = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        for folder in ["santé", "حملة", "clean-air", "c++"] {
            #expect(site.exists("output/en/tags/\(folder)/index.html"), "\(folder)")
        }
        #expect(try site.text("output/en/tags/index.html").contains("/en/tags/sant%C3%A9/ "))
    }
}
