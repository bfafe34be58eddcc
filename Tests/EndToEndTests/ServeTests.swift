import Foundation
import Testing

/// `broadside serve` over real HTTP: pages from memory with live reload, a rebuild on every
/// save, errors in the page, HTTP done properly, nothing outside the site, and Ctrl-C.
@Suite struct ServeTests {
    /// A two-language site with the built-in layout, a stylesheet, and a link out of the site.
    static func site() throws -> TemporaryFolder {
        let site = try TemporaryFolder(files: [
            "site.yaml": "title: Served\nbaseURL: https://example.org/campaign/\ndefaultLanguage: en\nlanguages: [en, fr]\n",
            "content/articles/a.en.md": "---\ntitle: Solidarity\ndate: 2026-01-01\n---\nThe first text.\n",
            "content/articles/a.fr.md": "---\ntitle: Solidarité\ndate: 2026-01-01\n---\nLe premier texte.\n",
            "content/articles/b.en.md": "---\ntitle: Another\ndate: 2026-01-02\n---\nAnother text.\n",
            "static/site.css": "body { color: #222; }\n",
            "secret-outside-static.txt": "not published\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: site.url("static/passwd").path, withDestinationPath: "/etc/passwd")
        return site
    }

    @Test func aSaveRebuildsInMemoryAndTellsThePage() throws {
        let site = try Self.site()
        let server = try ServeProcess(site: site)
        let page = try server.request("/campaign/en/articles/a/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("The first text.") && page.text.contains("<script id=\"broadside-live-reload\">"))
        // Links and feeds name the server, under the site's base path.
        #expect(try server.request("/campaign/en/feed.xml").text.contains("<link>http://127.0.0.1:\(server.port)/campaign/en/</link>"))

        let events = try server.events()
        #expect(try events.next(within: 0.3) == nil)
        try site.write("---\ntitle: Solidarity\ndate: 2026-01-01\n---\nThe edited text.\n", to: "content/articles/a.en.md")
        let reload = try #require(try events.next())
        #expect(!reload.all)
        #expect(reload.paths.contains("/campaign/en/articles/a/index.html"), "\(reload.paths)")
        #expect(!reload.paths.contains("/campaign/fr/articles/a/index.html") && !reload.paths.contains("/campaign/en/articles/b/index.html"))
        #expect(try server.request("/campaign/en/articles/a/").text.contains("The edited text."))
        // A new folder of content is watched too.
        try site.write("---\ntitle: New\ndate: 2026-01-03\n---\nNew text.\n", to: "content/news/c.en.md")
        let added = try #require(try events.next())
        #expect(added.paths.contains("/campaign/en/news/c/index.html"), "\(added.paths)")
        #expect(try server.request("/campaign/en/news/c/").status == 200)
        // Nothing was written into the site: no output folder, no cache.
        #expect(!site.exists("output") && !site.exists(".broadside-cache"))
    }

    @Test func changesToOtherFilesOfTheSiteAreNoEvents() throws {
        let site = try Self.site()
        let server = try ServeProcess(site: site)
        let events = try server.events()
        for number in 0..<50 {
            try site.write("a note \(number)\n", to: "notes-\(number).txt")
            try site.write("built \(number)\n", to: "output/index.html")
            Thread.sleep(forTimeInterval: 0.005)
        }
        #expect(try events.next(within: 0.3) == nil)
        // Neither a rebuild nor a keep-alive line per unrelated change.
        #expect(!events.text.contains(": keep-alive"), "\(events.text)")
        #expect(!server.printed.output.contains("Rebuilt"))
    }

    @Test func aBuildErrorShowsInThePageUntilTheNextGoodSave() throws {
        let site = try Self.site()
        let server = try ServeProcess(site: site)
        let events = try server.events()
        try site.write("---\ntitle: [unclosed\ndate: 2026-01-01\n---\nBroken.\n", to: "content/articles/a.en.md")
        let failed = try #require(try events.next())
        #expect(failed.all)
        let page = try server.request("/campaign/en/articles/b/")
        #expect(page.status == 200)
        #expect(page.text.contains("id=\"broadside-build-errors\""))
        #expect(page.text.contains("content/articles/a.en.md:3:5: error: YAML"), "\(page.text)")
        #expect(page.text.contains("hint: "))
        #expect(server.printed.errors.contains("a.en.md:3:5: error:"))
        try site.write("---\ntitle: Fixed\ndate: 2026-01-01\n---\nFixed.\n", to: "content/articles/a.en.md")
        let recovered = try #require(try events.next())
        #expect(recovered.all)
        let fixed = try server.request("/campaign/en/articles/a/")
        #expect(fixed.text.contains("Fixed.") && !fixed.text.contains("broadside-build-errors"))
    }

    @Test func aSiteThatNeverBuiltShowsAnErrorPage() throws {
        let site = try Self.site()
        try site.write("---\ntitle: Broken\ndate: not a date\n---\nText.\n", to: "content/articles/a.en.md")
        let server = try ServeProcess(site: site)
        let page = try server.request("/campaign/en/")
        #expect(page.status == 500)
        #expect(page.text.contains("<title>Build failed</title>") && page.text.contains("content/articles/a.en.md:3:"), "\(page.text)")
    }

    @Test func httpIsDoneProperly() throws {
        let site = try Self.site()
        let server = try ServeProcess(site: site)
        #expect(try server.request("/campaign/site.css").headers["content-type"] == "text/css; charset=utf-8")
        #expect(try server.request("/campaign/sitemap.xml").headers["content-type"] == "application/xml; charset=utf-8")
        // HEAD: the headers of GET, no body.
        let get = try server.request("/campaign/en/")
        let head = try server.request("/campaign/en/", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.count) && head.headers["etag"] == get.headers["etag"])
        // An entity tag the client holds: 304 and no body; another: the page.
        let tag = try #require(get.headers["etag"])
        let cached = try server.request("/campaign/en/", headers: ["If-None-Match": tag])
        #expect(cached.status == 304 && cached.body.isEmpty)
        #expect(try server.request("/campaign/en/", headers: ["If-None-Match": "\"other\""]).status == 200)
        // The site's 404 page, in the address's language.
        let missing = try server.request("/campaign/fr/nothing-here/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("lang=\"fr\""), "\(missing.text)")
        #expect(try server.request("/campaign/nothing-here").text.contains("lang=\"en\""))
        // A folder without its slash is sent to it; the root to the base path.
        let folder = try server.request("/campaign/en/articles/a")
        #expect(folder.status == 301 && folder.headers["location"] == "/campaign/en/articles/a/")
        #expect(try server.request("/").headers["location"] == "/campaign/")
        #expect(try server.request("/campaign/en/", method: "POST").status == 405)
    }

    /// Paths that name a file outside the site are refused as written (400), not repaired;
    /// files outside `static/` and links out of the site are no part of the site (404).
    @Test(arguments: [
        ("/campaign/../site.yaml", 400), ("/campaign/%2e%2e/site.yaml", 400), ("/campaign/%2E%2E/%2e%2e/etc/passwd", 400),
        ("/campaign/en/..%2f..%2fsite.yaml", 400), ("/campaign/..%5csite.yaml", 400), ("/campaign/%2e%2e%2fsite.yaml", 400),
        ("/campaign/./site.yaml", 400), ("/campaign/%00site.yaml", 400), ("/campaign/..", 400), ("/campaign/%ff%fe", 400),
        ("/campaign/passwd", 404), ("/campaign/secret-outside-static.txt", 404), ("//etc/passwd", 404),
    ])
    func aPathThatCouldEscapeTheSiteGetsNoFile(path: String, status: Int) throws {
        let site = try Self.site()
        let server = try ServeProcess(site: site)
        let response = try server.request(path)
        #expect(response.status == status, "\(path): \(response.status) \(response.text)")
        #expect(!response.text.contains("root:") && !response.text.contains("baseURL") && !response.text.contains("not published"))
        // The link out of the site was refused when the site was built.
        #expect(server.printed.errors.contains("static/passwd: warning: a symbolic link to /etc/passwd, outside the site folder"),
                "\(server.printed.errors)")
    }

    @Test func ctrlCExitsWithStatusZeroWithinASecond() throws {
        let site = try Self.site()
        let server = try ServeProcess(site: site)
        let events = try server.events()
        _ = events
        let (status, seconds) = server.interrupt()
        #expect(status == 0)
        #expect(seconds < 1, "took \(seconds) s")
    }
}
