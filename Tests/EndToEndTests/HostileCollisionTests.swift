import Foundation
import Testing

/// `broadside build` on sites whose tags or page paths would collide: tags that once shared a
/// folder get one each, and paths that differ only in case fail the build.
@Suite struct HostileCollisionTests {
    /// A site with the repository's templates, UI strings and static files, in English and Arabic,
    /// and `articles`: path below `content/` to title and tags.
    static func site(_ articles: [String: (title: String, tags: [String])]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(files: ["site.yaml": """
            title: Collisions
            baseURL: https://collisions.example.org/
            defaultLanguage: en
            languages: [en, ar]
            """])
        for item in ["templates", "locales", "static"] {
            try FileManager.default.copyItem(at: SiteCommandTests.repository.appendingPathComponent(item), to: folder.url(item))
        }
        for (path, article) in articles {
            let tags = article.tags.map { "\"\($0)\"" }.joined(separator: ", ")
            try folder.write("---\ntitle: \(article.title)\ndate: 2026-05-01\ntags: [\(tags)]\n---\nText.\n", to: "content/" + path)
        }
        return folder
    }

    static func text(_ path: String, in site: TemporaryFolder) throws -> String {
        String(decoding: try site.read(path), as: UTF8.self)
    }

    /// The folders these tags get. They are public URLs: a change here breaks every link to them.
    static let tagFolders = [
        "C++": "c-f6d0cc19", "C#": "c-08a28d07", "c": "c", "<c>": "c-700b0a18",
        "!!!": "untitled-bbe43c17", "???": "untitled-79a23418", "solidarity": "solidarity",
    ]

    @Test func tagsThatOnceSharedAFolderGetOneEachAndCaseVariantsAreOne() throws {
        let site = try Self.site([
            "articles/c.en.md": ("The C article", ["c", "<c>"]),
            "articles/cpp.en.md": ("The C++ article", ["C++", "solidarity"]),
            "articles/csharp.en.md": ("The C# article", ["C#"]),
            "articles/d.en.md": ("The D article", ["C", "Solidarity", "!!!", "???"]),
        ])
        let build = try SiteCommandTests.run(["build"], in: site)
        #expect(build.status == 0, "\(build.errorOutput)")

        let folders = try FileManager.default.contentsOfDirectory(atPath: site.url("output/en/tags").path)
            .filter { $0 != "index.html" }
        #expect(folders.sorted() == Self.tagFolders.values.sorted())
        #expect(Set(folders.map { $0.lowercased() }).count == folders.count, "no two folders differ only in case")

        let index = try Self.text("output/en/tags/index.html", in: site)
        for (name, folder) in Self.tagFolders {
            let escaped = name.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            #expect(index.contains("<a href=\"/en/tags/\(folder)/\">\(escaped)</a>"), "\(name) in the tag index")
        }
        #expect(!index.contains(">C</a>") && !index.contains(">Solidarity</a>"), "named as first written")

        // The D article links to the tags as first written, at the same folders.
        let article = try Self.text("output/en/articles/d/index.html", in: site)
        for (name, folder) in [("c", "c"), ("solidarity", "solidarity"), ("!!!", Self.tagFolders["!!!"]!),
                               ("???", Self.tagFolders["???"]!)] {
            #expect(article.contains("<a href=\"/en/tags/\(folder)/\">\(name)</a>"), "\(name) on the article")
        }
        let tagPage = try Self.text("output/en/tags/c/index.html", in: site)
        #expect(tagPage.contains("The C article") && tagPage.contains("The D article"))
        #expect(!tagPage.contains("The C++ article") && !tagPage.contains("The C# article"))

        // The build prints warnings once the build pipeline does (not yet: SitePlanTagTests checks their text).
        #expect(build.errorOutput.contains("content/articles/d.en.md:4:7: warning: tag 'C' is taken as 'c', as "), "\(build.errorOutput)")
        #expect(build.errorOutput.contains("warning: tag 'Solidarity' is taken as 'solidarity', as "))
    }

    @Test func articlesWhosePathsDifferOnlyInCaseFailTheBuild() throws {
        let site = try Self.site([
            "articles/Solidarity.en.md": ("Solidarity", []),
            "articles/solidarity.en.md": ("solidarity", []),
        ])
        let build = try SiteCommandTests.run(["build"], in: site)
        #expect(build.status == 1)
        #expect(build.errorOutput.contains(
            "content/articles/solidarity.en.md: error: en/articles/solidarity/ of content/articles/solidarity.en.md and en/articles/Solidarity/ of content/articles/Solidarity.en.md differ only in case, so they are one folder on case-insensitive file systems"),
                "\(build.errorOutput)")
        #expect(build.errorOutput.contains("hint: give one of them another slug or folder name"))
        #expect(!FileManager.default.fileExists(atPath: site.url("output").path))
    }
}
