import Foundation
import Testing

/// `broadside new`: a draft named after its title in Latin letters, and a translation to make.
@Suite struct NewCommandTests {
    static func site(_ configuration: String = "languages: [en, ar, am, ur, sw]\n") throws -> TemporaryFolder {
        try TemporaryFolder(files: [
            "site.yaml": "title: T\nbaseURL: https://t.example.org/\ndefaultLanguage: en\ntimeZone: Africa/Nairobi\n" + configuration,
            "content/articles/source.en.md": "---\ntitle: Source\ndate: 2026-01-01\nslug: the-source\nsourceHash: 0123456789ab\ntags: [a]\n---\nThe text.\n",
        ])
    }

    /// `broadside new …` with 2026-06-01T00:00:00Z as now.
    static func new(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try Command.run(["SOURCE_DATE_EPOCH=1780272000", try BroadsideProcess.executable().path, "new"] + arguments, in: site.url)
    }

    @Test(arguments: [
        ("ar", "من ردود الفعل إلى الاستراتيجية", "content/articles/mn-rdwd-alfl-aly-alastratyjyt.ar.md"),
        ("am", "የአፍሪካ ህብረት ስብሰባ", "content/articles/yaafrika-hbrat-sbsaba.am.md"),
        ("ur", "یکجہتی کی مہم", "content/articles/ykjty-ky-mm.ur.md"),
        ("en", "Hello, World!", "content/articles/hello-world.en.md"),
    ])
    func aDraftIsNamedAfterItsTitleInLatinLetters(language: String, title: String, path: String) throws {
        let site = try Self.site()
        let result = try Self.new(["articles", "--language", language, "--title", title], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.hasPrefix("wrote \(path) "), "\(result.output)")
        // Now in the site's time zone, with its offset.
        #expect(try site.text(path) == "---\ntitle: \"\(title)\"\ndate: 2026-06-01T03:00:00+03:00\ndraft: true\n---\n\n")
        // A name that exists gets -2.
        let again = try Self.new(["articles", "--language", language, "--title", title], in: site)
        #expect(again.output.hasPrefix("wrote \(path.replacingOccurrences(of: ".\(language).md", with: "-2.\(language).md")) "), "\(again.output)")
    }

    @Test func aLanguageWithItsOwnFolderGetsItsFileThere() throws {
        let site = try Self.site("languages: [en, {code: fr, contentDir: content/fr}]\n")
        let result = try Self.new(["posts/2026", "--language", "fr", "--title", "Été solidaire"], in: site)
        #expect(result.output.hasPrefix("wrote content/fr/posts/2026/ete-solidaire.md "), "\(result.output)")
    }

    @Test func aTranslationStartsAsAStubOfItsSource() throws {
        let site = try Self.site()
        let result = try Self.new(["--translate", "content/articles/source.en.md", "--language", "sw"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.contains("next: translate its title, text and tags, then run `broadside stamp content/articles/source.sw.md`"))
        // The source's front matter without its hash and slug, and its body.
        #expect(try site.text("content/articles/source.sw.md") == "---\ntitle: Source\ndate: 2026-01-01\ntags: [a]\n---\nThe text.\n")
        let check = try BroadsideProcess.run(arguments: ["check"], currentDirectory: site.url)
        #expect(check.output.contains("[stub-translation]") && check.output.contains("source.sw.md"), "\(check.output)")
        let twice = try Self.new(["--translate", "content/articles/source.en.md", "--language", "sw"], in: site)
        #expect(twice.status == 1 && twice.errorOutput.contains("the sw translation exists already"), "\(twice.errorOutput)")
    }

    @Test(arguments: [
        (["articles", "--language", "de", "--title", "X"], "'de' is not one of the site's languages"),
        (["--translate", "content/articles/nothing.en.md", "--language", "ar"], "this is no source article of the site"),
        (["articles", "--language", "ar"], "give a SECTION and --title for a new article"),
        (["../outside", "--language", "ar", "--title", "X"], "the section '..' is not usable in a URL"),
    ])
    func badRequestsAreRefused(arguments: [String], message: String) throws {
        let site = try Self.site()
        let result = try Self.new(arguments, in: site)
        #expect(result.status == 2)
        #expect(result.errorOutput.contains(message), "\(result.errorOutput)")
    }
}
