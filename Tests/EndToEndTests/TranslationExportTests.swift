import Foundation
import Testing

/// `broadside translations export`: XLIFF 2.0 and PO, checked with the shared XLIFF schema
/// (xmllint), translate-toolkit and polib.
@Suite struct TranslationExportTests {
    static let rich = """
        ---
        title: "Rich text: a test"
        date: 2026-01-01
        summary: "Everything Markdown has."
        tags: [Solidarity, Media work]
        ---
        # A heading with *emphasis*

        A paragraph with **strong text**, a [link](https://example.org/a "The title"), `inline code`,
        and a line\\
        break, ~~struck~~, <abbr title="x">HTML</abbr> and a note[^1].

        - A list item with ![a photo of the march](march.jpg)
        - Another item with {{< ref "other.md" >}} inside

        > A quotation.

        | Column | Other |
        | --- | --- |
        | cell *one* | cell two |

        ```
        code block, not exported
        ```

        [^1]: The footnote's text.

        """

    static func site() throws -> TemporaryFolder {
        try TemporaryFolder(files: [
            "site.yaml": "title: T\nbaseURL: https://t.example.org/\ndefaultLanguage: en\nlanguages: [en, ar, fr]\nunsafeHTML: true\n",
            "content/articles/rich.en.md": rich,
            "locales/en.yaml": "site_title: \"T\"\nreading_time: \"{minutes, plural, one {# minute} other {# minutes}}\"\nfooter: \"Share freely\"\n",
            // The title is the same by nature, the footer translated: only reading_time goes out.
            "locales/ar.yaml": "site_title: \"T\"\n_same_as_default: [site_title]\nfooter: \"شاركوا بحرية\"\n",
            "content/articles/other.en.md": "---\ntitle: Other\ndate: 2026-01-02\n---\nThe other page.\n",
            // Outdated: translated from an older source, so its text goes out as the target.
            "content/articles/other.fr.md": "---\ntitle: Autre\ndate: 2026-01-02\nsourceHash: 000000000000\n---\nL’autre page.\n",
        ])
    }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `script` with Python, and returns what it prints.
    static func python(_ script: String, in folder: URL) throws -> BroadsideProcess.Result {
        try Command.run(["python3", "-c", script], in: folder)
    }

    @Test func xliffValidatesAndReadsInTranslateToolkit() throws {
        let site = try Self.site()
        let export = try BroadsideProcess.run(arguments: ["translations", "export", "--language", "ar", "--output", "ar.xlf"],
                                              currentDirectory: site.url)
        #expect(export.status == 0, "\(export.errorOutput)")
        #expect(export.output.contains("3 files, "), "\(export.output)")
        let schema = Self.repository.deletingLastPathComponent().appendingPathComponent("shared/xliff-2.0/xliff_core_2.0.xsd").path
        let lint = try Command.run(["xmllint", "--noout", "--nonet", "--schema", schema, "ar.xlf"], in: site.url)
        #expect(lint.status == 0, "\(lint.errorOutput)")
        let read = try Self.python("""
            from translate.storage.xliff2 import Xliff2File
            store = Xliff2File.parsefile('ar.xlf')
            for unit in store.units: print(unit.getid() + '\\t' + unit.source)
            """, in: site.url)
        #expect(read.status == 0, "\(read.errorOutput)")
        let units = read.output.split(separator: "\n").map { $0.split(separator: "\t", maxSplits: 1).map(String.init) }
        let sources = units.compactMap { $0.count == 2 ? $0[1] : nil }
        for expected in ["Rich text: a test", "Everything Markdown has.", "Solidarity", "Media work", "rich",
                         "A heading with emphasis", "a photo of the march", "A quotation.", "cell one", "The footnote's text."] {
            #expect(sources.contains(expected), "\(expected) in \(sources)")
        }
        // Inline markup is codes, not text; the link's address and the code block stay out.
        let xliff = try site.text("ar.xlf")
        #expect(sources.contains("A paragraph with strong text, a link, , and a linebreak, struck, HTML and a note."), "\(sources)")
        #expect(!sources.contains { $0.contains("https://") || $0.contains("code block") || $0.contains("**") })
        #expect(xliff.contains(#"<data id="d2e">](https://example.org/a &quot;The title&quot;)</data>"#))
        #expect(xliff.contains(#"<ph id="3" type="other" dataRef="d3" canDelete="no"/>"#))
        #expect(xliff.contains(#"<data id="d1">{{&lt; ref &quot;other.md&quot; &gt;}}</data>"#))
        #expect(xliff.contains(#"srcLang="en" trgLang="ar""#) && xliff.contains(#"original="content/articles/rich.en.md""#))
        // The UI strings Arabic lacks, whole, with the plural forms Arabic needs.
        #expect(sources.contains("{minutes, plural, one {# minute} other {# minutes}}"))
        #expect(!sources.contains("Share freely") && !sources.contains("T"))
        #expect(xliff.contains(#"<file id="f3" original="locales/en.yaml">"#))
        #expect(xliff.contains("Arabic needs the plural forms zero, one, two, few, many, other"))
        #expect(xliff.contains(#"<note category="broadside:key">reading_time</note>"#))
        // The body as exported, for the way back; CAT tools leave the skeleton alone.
        #expect(xliff.contains("<skeleton># A heading with *emphasis*\n\nA paragraph with **strong text**"), "\(xliff.prefix(600))")
        // Stable ids: the same content, the same ids.
        #expect(try BroadsideProcess.run(arguments: ["translations", "export", "--language", "ar", "--output", "again.xlf"],
                                         currentDirectory: site.url).status == 0)
        #expect(try site.read("again.xlf") == site.read("ar.xlf"))
    }

    @Test func anOutdatedTranslationGoesOutWithItsTextAsTheTarget() throws {
        let site = try Self.site()
        let export = try BroadsideProcess.run(arguments: ["translations", "export", "--language", "fr", "--include", "outdated", "--output", "fr.xlf"],
                                              currentDirectory: site.url)
        #expect(export.status == 0, "\(export.errorOutput)")
        let xliff = try site.text("fr.xlf")
        #expect(xliff.contains(#"original="content/articles/other.en.md""#) && !xliff.contains("rich.en.md"))
        #expect(xliff.contains("<source>The other page.</source>") && xliff.contains("<target>L’autre page.</target>"), "\(xliff)")
        #expect(xliff.contains(#"<segment state="initial">"#))
    }

    @Test func poLoadsInPolibAndPassesPofilter() throws {
        let site = try Self.site()
        let export = try BroadsideProcess.run(arguments: ["translations", "export", "--language", "ar", "--format", "po", "--output", "ar.po"],
                                              currentDirectory: site.url)
        #expect(export.status == 0, "\(export.errorOutput)")
        let read = try Self.python("""
            import polib
            po = polib.pofile('ar.po')
            assert po.metadata['Language'] == 'ar', po.metadata
            contexts = [entry.msgctxt for entry in po]
            assert len(contexts) == len(set(contexts)), 'msgctxt must be unique'
            paragraph = next(entry for entry in po if entry.msgid.startswith('A paragraph'))
            print(paragraph.msgid)
            # A stand-in translation that keeps every placeholder, and one that drops a link's.
            for entry in po: entry.msgstr = 'ترجمة ' + entry.msgid
            po.save('filled.po')
            paragraph.msgstr = paragraph.msgstr.replace('<2>', '').replace('</2>', '')
            po.save('broken.po')
            """, in: site.url)
        #expect(read.status == 0, "\(read.errorOutput)")
        #expect(read.output.contains("A paragraph with <1>strong text</1>, a <2>link</2>, {3}, and a line{4}break, <5>struck</5>, {6}HTML{7} and a note{8}."),
                "\(read.output)")
        // pofilter's placeholder checks: nothing on the untouched export or on a translation that
        // keeps the codes; the dropped link is flagged. (It writes a file only when it flags something.)
        let checks = ["xmltags", "variables", "printf", "escapes", "newlines"].flatMap { ["-t", $0] }
        for (file, flags) in [("ar.po", false), ("filled.po", false), ("broken.po", true)] {
            let filter = try Command.run(["pofilter", "--progress=none"] + checks + [file, "flagged-\(file)"], in: site.url)
            #expect(filter.status == 0, "\(filter.errorOutput)")
            let flagged = (try? site.text("flagged-\(file)")) ?? ""
            #expect(flagged.contains("(pofilter) xmltags") == flags, "\(file): \(flagged)")
        }
    }

    @Test(arguments: [
        (["--language", "de"], "'de' is not a language to translate into on this site"),
        (["--language", "en"], "'en' is not a language to translate into on this site"),
        (["--language", "ar", "--include", "everything"], "--include takes missing, outdated, stub or all, not 'everything'"),
    ])
    func badRequestsAreUsageErrors(arguments: [String], message: String) throws {
        let site = try Self.site()
        let result = try BroadsideProcess.run(arguments: ["translations", "export"] + arguments + ["--output", "x.xlf"],
                                              currentDirectory: site.url)
        #expect(result.status == 2)
        #expect(result.errorOutput.contains(message), "\(result.errorOutput)")
        #expect(!site.exists("x.xlf"))
    }
}
