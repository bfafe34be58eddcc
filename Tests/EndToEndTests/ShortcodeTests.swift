import Foundation
import Testing

/// `broadside build` on a site whose articles use Hugo shortcodes: the site's own, `figure`,
/// `ref`/`relref`, an unknown one, one in a code span, and raw HTML with `unsafeHTML` off.
@Suite struct ShortcodeTests {
    static let article = """
        ---
        title: Source
        date: 2026-01-01
        ---
        Intro with a [link to b]({{< relref "articles/b.md" >}}) and {{< ref "b#part" >}}.

        {{< figure src="/images/cat.jpg" caption="A *cat*" link="/cats/" >}}

        {{< note kind="info" >}}Kept *as written*{{< /note >}}

        {{< mystery x=1 >}}Inner **kept**{{< /mystery >}} and {{% mystery %}}

        Code: `{{< figure src="code" >}}` and {{</* note */>}}.

        <div class="raw">dropped</div>

        Text <b>also</b>.

        """

    static func site(_ overrides: [String: String] = [:]) throws -> TemporaryFolder {
        try YAMLSite.make([
            "site.yaml": YAMLSite.siteYAML + "missingTranslations: fallback\n",
            "templates/article.html": "<title>{{title}}</title>\n{{#article}}{{{html}}}{{/article}}\n",
            "templates/shortcodes/note.html": #"<aside class="{{kind}}" lang="{{page.lang}}">{{{inner}}}</aside>"#,
            "content/articles/s.en.md": article,
            "content/articles/b.en.md": "---\ntitle: B\ndate: 2026-01-02\n---\nB.\n",
            "content/articles/b.fr.md": "---\ntitle: B fr\ndate: 2026-01-02\nslug: bee\n---\nB en français.\n",
        ].merging(overrides) { _, override in override })
    }

    static func page(_ path: String, of site: TemporaryFolder) throws -> String {
        String(decoding: try site.read("output/" + path), as: UTF8.self)
    }

    @Test func buildsShortcodesAsHugoDoes() throws {
        let site = try Self.site()
        let build = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(build.status == 0, "\(build.errorOutput)")
        let english = try Self.page("en/articles/s/index.html", of: site)
        #expect(english.contains(#"<a href="/en/articles/b/">link to b</a> and https://example.org/en/articles/b/#part."#), "\(english)")
        #expect(english.contains(#"<figure><a href="/cats/"><img src="/images/cat.jpg" alt="A cat"></a><figcaption><p>A <em>cat</em></p></figcaption></figure>"#))
        #expect(english.contains("<p>Inner <strong>kept</strong> and</p>"))
        #expect(english.contains("<code>{{&lt; figure src=&quot;code&quot; &gt;}}</code> and {{&lt; note &gt;}}."))
        #expect(!english.contains("BROADSIDE") && !english.contains("mystery") && !english.contains("dropped"))

        // The French page is a fallback showing the English text: its refs lead to French pages.
        let french = try Self.page("fr/articles/s/index.html", of: site)
        #expect(french.contains(#"<a href="/fr/articles/bee/">link to b</a> and https://example.org/fr/articles/bee/#part."#), "\(french)")

        #expect(build.errorOutput.contains(
            "content/articles/s.en.md:11:1: warning: unknown shortcode 'mystery', used 2 times (this is the first)"), "\(build.errorOutput)")
        #expect(build.errorOutput.components(separatedBy: "unknown shortcode 'mystery'").count == 2)
        #expect(build.errorOutput.contains("content/articles/s.en.md: warning: 3 pieces of raw HTML were left out of the page, because unsafeHTML is off"))
        #expect(build.errorOutput.contains("hint: set `unsafeHTML: true` in site.yaml"))

        #expect(english.contains(#"<aside class="info" lang="en">Kept *as written*</aside>"#))
        #expect(!build.errorOutput.contains("unknown shortcode 'note'"))
        let feed = try Self.page("en/feed.xml", of: site)
        #expect(!feed.contains("BROADSIDEREF"))
    }

    @Test func strictMakesAnUnknownShortcodeAnErrorAfterALenientBuildToo() throws {
        let site = try Self.site()
        #expect(try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url).status == 0)
        let before = try site.read("output/en/articles/s/index.html")
        // Nothing changed, and every file is in the cache: a strict build still finds the shortcode.
        let strict = try BroadsideProcess.run(arguments: ["build", "--strict"], currentDirectory: site.url)
        #expect(strict.status == 1)
        #expect(strict.errorOutput.contains("content/articles/s.en.md:11:1: error: unknown shortcode 'mystery', used 2 times"), "\(strict.errorOutput)")
        #expect(try site.read("output/en/articles/s/index.html") == before)
    }

    @Test func aPageIsMadeAgainWhenTheTargetOfItsRefMoves() throws {
        let site = try Self.site()
        #expect(try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url).status == 0)
        #expect(try Self.page("en/articles/s/index.html", of: site).contains(#"<a href="/en/articles/b/">link to b</a>"#))
        // Only b changes; s comes from the cache unread, and shows b's new address.
        try site.write("---\ntitle: B\ndate: 2026-01-02\nslug: moved\n---\nB.\n", to: "content/articles/b.en.md")
        #expect(try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url).status == 0)
        #expect(try Self.page("en/articles/s/index.html", of: site).contains(#"<a href="/en/articles/moved/">link to b</a>"#))
        #expect(try Self.page("en/feed.xml", of: site).contains("/en/articles/moved/#part"))
    }

    @Test func aRefToNoPageIsALocatedError() throws {
        let site = try Self.site(["content/articles/a.en.md": "---\ntitle: A\ndate: 2026-01-01\n---\nSee {{< ref \"nowhere.md\" >}}.\n"])
        let build = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(build.status == 1)
        #expect(build.errorOutput.contains("content/articles/a.en.md:5:5: error: ref to 'nowhere.md': no such page in en"), "\(build.errorOutput)")
    }

    @Test func aRefNamesItsPageInTheWaysHugoAllows() throws {
        let text = #"[a]({{< relref path="b" lang="fr" >}}) [b]({{< relref "articles/b.fr.md" >}}) [c]({{< relref "/articles/b/" >}}) [d]({{< relref "./articles/b/index.md" >}})"#
        let site = try Self.site(["content/articles/a.en.md": "---\ntitle: A\ndate: 2026-01-01\n---\n" + text + "\n"])
        let build = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(build.status == 0, "\(build.errorOutput)")
        #expect(try Self.page("en/articles/a/index.html", of: site).contains(
            #"<a href="/fr/articles/bee/">a</a> <a href="/fr/articles/bee/">b</a> <a href="/en/articles/b/">c</a> <a href="/en/articles/b/">d</a>"#))
    }

    @Test func aFileNameTwoSectionsShareIsAnAmbiguousRef() throws {
        let site = try Self.site([
            "content/articles/a.en.md": "---\ntitle: A\ndate: 2026-01-01\n---\nSee {{< ref \"b\" >}}.\n",
            "content/news/b.en.md": "---\ntitle: News B\ndate: 2026-01-03\n---\nB.\n",
        ])
        let build = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(build.status == 1)
        #expect(build.errorOutput.contains("content/articles/a.en.md:5:5: error: ref to 'b' is ambiguous"), "\(build.errorOutput)")
    }

    @Test func aMalformedShortcodeStopsTheBuildAtItsPlace() throws {
        let site = try Self.site(["content/articles/a.en.md": "---\ntitle: A\ndate: 2026-01-01\n---\n\nText {{< note kind=\"x >}}\n"])
        let build = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(build.status == 1)
        #expect(build.errorOutput.contains("content/articles/a.en.md:6:20: error: quoted argument not closed on its line"), "\(build.errorOutput)")
    }

    @Test func rawHTMLPassesWhenUnsafeHTMLIsOn() throws {
        let site = try Self.site(["site.yaml": YAMLSite.siteYAML + "missingTranslations: fallback\nunsafeHTML: true\n"])
        let build = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(build.status == 0, "\(build.errorOutput)")
        #expect(try Self.page("en/articles/s/index.html", of: site).contains(#"<div class="raw">dropped</div>"#))
        #expect(!build.errorOutput.contains("raw HTML"))
    }
}
