import Foundation
import Testing

/// `broadside translations import`: translated XLIFF back into the site, and every refusal.
@Suite struct TranslationImportTests {
    /// The export site, with templates that show an article's HTML alone.
    static func site() throws -> TemporaryFolder {
        let site = try TranslationExportTests.site()
        try site.write("{{#article}}{{{html}}}{{/article}}", to: "templates/article.html")
        return site
    }

    /// Exports Arabic, then fills every target with a stand-in translation that keeps the codes
    /// (`ع ` before each run of text), written as `done.xlf`; `change` may alter the result.
    static func translatedExport(of site: TemporaryFolder, change: String = "") throws {
        #expect(try BroadsideProcess.run(arguments: ["translations", "export", "--language", "ar", "--output", "ar.xlf"],
                                         currentDirectory: site.url).status == 0)
        let fill = try TranslationExportTests.python("""
            from lxml import etree
            X = '{urn:oasis:names:tc:xliff:document:2.0}'
            tree = etree.parse('ar.xlf')
            def copy(source, target):
                target.text = 'ع ' + source.text if source.text and source.text.strip() else source.text
                for child in source:
                    made = etree.SubElement(target, child.tag, dict(child.attrib))
                    copy(child, made)
                    made.tail = 'ع ' + child.tail if child.tail and child.tail.strip() else child.tail
            for segment in tree.iter(X + 'segment'):
                for old in segment.findall(X + 'target'): segment.remove(old)
                copy(segment.find(X + 'source'), etree.SubElement(segment, X + 'target'))
            \(change)
            tree.write('done.xlf', xml_declaration=True, encoding='UTF-8')
            """, in: site.url)
        #expect(fill.status == 0, "\(fill.errorOutput)")
    }

    /// Every element of a page's body with the attributes that make its structure: links,
    /// images, and the text of code.
    static func structure(of page: String, in site: TemporaryFolder) throws -> String {
        let result = try TranslationExportTests.python("""
            import lxml.html
            root = lxml.html.fromstring(open('\(page)', encoding='utf-8').read())
            for element in root.iter():
                if not isinstance(element.tag, str): continue
                code = element.text_content() if element.tag in ('code', 'pre') else ''
                print(element.tag, element.get('href') or '', element.get('src') or '', code)
            """, in: site.url)
        #expect(result.status == 0, "\(result.errorOutput)")
        return result.output
    }

    @Test func aTranslatedExportComesBackWithTheSourcesStructure() throws {
        let site = try Self.site()
        try Self.translatedExport(of: site)
        let imported = try BroadsideProcess.run(arguments: ["translations", "import", "done.xlf"], currentDirectory: site.url)
        #expect(imported.status == 0, "\(imported.errorOutput)")
        #expect(imported.output.contains("wrote content/articles/rich.ar.md") && imported.output.contains("wrote locales/ar.yaml"))
        let translation = try site.text("content/articles/rich.ar.md")
        #expect(translation.hasPrefix("---\ntitle: \"ع Rich text: a test\"\ndate: 2026-01-01T00:00:00Z\nsummary: \"ع Everything Markdown has.\"\ntags: [\"ع Solidarity\", \"ع Media work\"]\nslug: \"ع-rich\"\nsourceHash: "), "\(translation)")
        #expect(translation.contains("{{< ref \"other.md\" >}}") && translation.contains("![ع a photo of the march](march.jpg)"))
        #expect(try site.text("locales/ar.yaml").contains("reading_time: \"ع {minutes, plural, one {# minute} other {# minutes}}\""))

        let build = try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url)
        #expect(build.status == 0, "\(build.errorOutput)")
        let source = try Self.structure(of: "output/en/articles/rich/index.html", in: site)
        let arabic = try Self.structure(of: "output/ar/articles/ع-rich/index.html", in: site)
        #expect(source == arabic, "\(source)\n---\n\(arabic)")
        #expect(source.contains("a https://example.org/a") && source.contains("code   inline code") && source.contains("img  march.jpg"))

        // The check counts it translated, from the source it was exported from.
        let check = try BroadsideProcess.run(arguments: ["check", "--format", "json"], currentDirectory: site.url)
        let report = try #require(try JSONSerialization.jsonObject(with: check.stdout) as? [String: Any])
        let row = (report["articles"] as? [[String: Any]])?.first { $0["key"] as? String == "articles/rich" }
        #expect((row?["languages"] as? [String: String])?["ar"] == "translated", "\(row ?? [:])")

        // The same file twice changes no byte.
        let before = YAMLSite.snapshot("content", of: site)
        let again = try BroadsideProcess.run(arguments: ["translations", "import", "done.xlf"], currentDirectory: site.url)
        #expect(again.output.contains("0 written, 3 unchanged"), "\(again.output)")
        #expect(YAMLSite.snapshot("content", of: site) == before)
    }

    @Test func aTranslatedPOFileComesBackToo() throws {
        let site = try Self.site()
        #expect(try BroadsideProcess.run(arguments: ["translations", "export", "--language", "ar", "--format", "po", "--output", "ar.po"],
                                         currentDirectory: site.url).status == 0)
        let fill = try TranslationExportTests.python("""
            import polib
            po = polib.pofile('ar.po')
            for entry in po:
                entry.msgstr = entry.msgid if entry.msgid.startswith('{') else 'ع ' + entry.msgid
            po.save('done.po')
            """, in: site.url)
        #expect(fill.status == 0, "\(fill.errorOutput)")
        let imported = try BroadsideProcess.run(arguments: ["translations", "import", "done.po"], currentDirectory: site.url)
        #expect(imported.status == 0, "\(imported.errorOutput)")
        #expect(try BroadsideProcess.run(arguments: ["build"], currentDirectory: site.url).status == 0)
        #expect(try Self.structure(of: "output/en/articles/rich/index.html", in: site)
                == Self.structure(of: "output/ar/articles/ع-rich/index.html", in: site))
        #expect(try site.text("locales/ar.yaml").contains("reading_time: \"{minutes, plural, one {# minute} other {# minutes}}\""))

        // PO carries no skeleton: a source edited since the export no longer has the unit.
        try site.write(TranslationExportTests.rich.replacingOccurrences(of: "A quotation.", with: "A longer quotation."),
                       to: "content/articles/rich.en.md")
        let stale = try BroadsideProcess.run(arguments: ["translations", "import", "done.po"], currentDirectory: site.url)
        #expect(stale.status == 1)
        #expect(stale.errorOutput.contains("is not in the export of 'content/articles/rich.en.md'"), "\(stale.errorOutput)")
    }

    @Test func aSourceEditedAfterTheExportShowsAsOutdated() throws {
        let site = try Self.site()
        try Self.translatedExport(of: site)
        try site.write(TranslationExportTests.rich.replacingOccurrences(of: "A quotation.", with: "A longer quotation."),
                       to: "content/articles/rich.en.md")
        #expect(try BroadsideProcess.run(arguments: ["translations", "import", "done.xlf"], currentDirectory: site.url).status == 0)
        let check = try BroadsideProcess.run(arguments: ["check"], currentDirectory: site.url)
        #expect(check.output.contains("[outdated-translation]") && check.output.contains("rich.ar.md"), "\(check.output)")
        // Put together from the body as exported, not from the source as it is now.
        #expect(try site.text("content/articles/rich.ar.md").contains("> ع A quotation."))
    }

    @Test func anExistingTranslationKeepsItsOtherFrontMatterAndUntranslatedUnitsAreSkipped() throws {
        let site = try Self.site()
        try site.write("---\ntitle: Autre\n# the translator's note\ndate: 2026-01-02\nauthor: Amina\nsourceHash: 000000000000\n---\nL’autre page.\n",
                       to: "content/articles/other.fr.md")
        #expect(try BroadsideProcess.run(arguments: ["translations", "export", "--language", "fr", "--include", "outdated", "--output", "fr.xlf"],
                                         currentDirectory: site.url).status == 0)
        // The body's paragraph is revised; the title's target is taken out (not translated yet).
        let revise = try TranslationExportTests.python("""
            X = '{urn:oasis:names:tc:xliff:document:2.0}'
            from lxml import etree
            tree = etree.parse('fr.xlf')
            for unit in tree.iter(X + 'unit'):
                target = unit.find('.//' + X + 'target')
                if unit.get('id') == 'title' and target is not None: target.getparent().remove(target)
                elif target is not None and target.text == 'L’autre page.': target.text = 'L’autre page, revue.'
            tree.write('fr-done.xlf', xml_declaration=True, encoding='UTF-8')
            """, in: site.url)
        #expect(revise.status == 0, "\(revise.errorOutput)")
        let imported = try BroadsideProcess.run(arguments: ["translations", "import", "fr-done.xlf"], currentDirectory: site.url)
        #expect(imported.status == 0, "\(imported.errorOutput)")
        // Skipped: the title, the slug (none yet) and French's three UI strings, all without a target.
        #expect(imported.output.contains("1 written, 0 unchanged, 5 units without a translation skipped"), "\(imported.output)")
        let text = try site.text("content/articles/other.fr.md")
        // The translator's keys and comments stay; the title stays the translation's own.
        #expect(text.hasPrefix("---\n# the translator's note\nauthor: Amina\ntitle: \"Autre\"\ndate: 2026-01-02T00:00:00Z\n"), "\(text)")
        #expect(text.contains("L’autre page, revue.") && !text.contains("000000000000"))
    }

    @Test(arguments: [
        ("tree.getroot().set('trgLang', 'de')", "done.xlf:2:1: error: trgLang 'de' is not a language this site translates into"),
        ("tree.getroot().set('srcLang', 'fr')", "done.xlf:2:1: error: srcLang 'fr' is not the site's default language, en"),
        ("tree.find(X + 'file').set('original', 'content/articles/gone.en.md')", "error: 'content/articles/gone.en.md' is no source file of this site"),
        ("tree.find('.//' + X + 'unit').set('id', 'p-00000000')", "error: unit 'p-00000000' is not in the export of 'content/articles/other.en.md'"),
        ("""
         for target in tree.iter(X + 'target'):
             for pc in target.findall(X + 'pc'):
                 if pc.get('type') == 'link':
                     pc.getparent().remove(pc)
         """, "error: the translation of unit 'p-"),
        ("""
         target = next(t for t in tree.iter(X + 'target') if t.find(X + 'ph') is not None)
         etree.SubElement(target, X + 'ph', {'id': '99'})
         """, "adds code 99"),
    ])
    func aWrongTranslationIsRefusedAndNothingIsWritten(change: String, message: String) throws {
        let site = try Self.site()
        try Self.translatedExport(of: site, change: change)
        let before = YAMLSite.snapshot("content", of: site).merging(YAMLSite.snapshot("locales", of: site)) { a, _ in a }
        let imported = try BroadsideProcess.run(arguments: ["translations", "import", "done.xlf"], currentDirectory: site.url)
        #expect(imported.status == 1, "\(imported.output)")
        #expect(imported.errorOutput.contains(message), "\(imported.errorOutput)")
        #expect(imported.errorOutput.contains("no file was written"))
        #expect(YAMLSite.snapshot("content", of: site).merging(YAMLSite.snapshot("locales", of: site)) { a, _ in a } == before)
    }

    @Test func stringsKeptInGoI18nFilesAreNotOverwritten() throws {
        let site = try Self.site()
        try site.write("[footer]\nother = \"شاركوا\"\n", to: "i18n/ar.toml")
        try FileManager.default.removeItem(at: site.url("locales/ar.yaml"))
        try Self.translatedExport(of: site)
        let imported = try BroadsideProcess.run(arguments: ["translations", "import", "done.xlf"], currentDirectory: site.url)
        #expect(imported.status == 1)
        #expect(imported.errorOutput.contains("ar's UI strings are in ") && imported.errorOutput.contains("i18n/ar.toml, which import does not write"),
                "\(imported.errorOutput)")
        #expect(!site.exists("locales/ar.yaml") && !site.exists("content/articles/rich.ar.md"))
    }

    @Test(arguments: [
        // An external entity naming a local file: refused before anything is parsed.
        ("<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<xliff>&secret;</xliff>\n",
         "evil.xlf:2:1: error: the file declares a DOCTYPE, which an XLIFF file has no need of: it is not read"),
        ("<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\"><file>\n</xliff>\n",
         "error: the file is not well-formed XML"),
        ("<?xml version=\"1.0\"?>\n<xliff version=\"1.2\"></xliff>\n", "evil.xlf:1:1: error: the file is not XLIFF 2.0"),
    ])
    func hostileFilesAreRefused(text: String, message: String) throws {
        let site = try Self.site()
        try site.write(text, to: "evil.xlf")
        let imported = try BroadsideProcess.run(arguments: ["translations", "import", "evil.xlf"], currentDirectory: site.url)
        #expect(imported.status == 1)
        #expect(imported.errorOutput.contains(message), "\(imported.errorOutput)")
        #expect(!imported.errorOutput.contains("root:") && !imported.output.contains("root:"), "the entity was never read")
    }
}
