import Foundation
import Testing
@testable import BroadsideSite

/// `broadside check` on fixture sites, one problem kind at a time.
@Suite struct CoverageCheckerTests {
    static let site = """
        title: Check fixture
        baseURL: https://check.example.org/
        defaultLanguage: en
        languages: [en, ar, ru, sw]
        requiredLanguages: [en, ar, ru]
        """

    /// A site with no problem but those a test adds.
    static func files(_ more: [String: String] = [:]) -> [String: String] {
        let source = SiteFixture.article(title: "Solidarity", body: "Our campaign grows.\n")
        let sourceHash = SourceHash.of(title: "Solidarity", body: "Our campaign grows.\n")
        var files = [
            "site.yaml": site,
            "content/articles/a.en.md": source,
            "content/articles/a.ar.md": SiteFixture.article(title: "التضامن", extra: "sourceHash: \(sourceHash)\n",
                                                            body: "حملتنا تكبر يوما بعد يوم.\n"),
            "content/articles/a.ru.md": SiteFixture.article(title: "Солидарность", extra: "sourceHash: \(sourceHash)\n",
                                                            body: "Наша кампания растёт.\n"),
            "content/articles/a.sw.md": SiteFixture.article(title: "Mshikamano", extra: "sourceHash: \(sourceHash)\n",
                                                            body: "Kampeni yetu inakua.\n"),
            "locales/en.yaml": "greeting: \"Welcome, {name}\"\narticles: \"{count, plural, one {# article} other {# articles}}\"\n",
            "locales/ar.yaml": "greeting: \"أهلا يا {name}\"\narticles: \"{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالا} other {# مقال}}\"\n",
            "locales/ru.yaml": "greeting: \"Добро пожаловать, {name}\"\narticles: \"{count, plural, one {# статья} few {# статьи} many {# статей} other {# статьи}}\"\n",
            "locales/sw.yaml": "greeting: \"Karibu, {name}\"\narticles: \"{count, plural, one {makala #} other {makala #}}\"\n",
        ]
        files.merge(more) { _, new in new }
        return files
    }

    static func check(_ files: [String: String], strict: Bool = false) throws -> CoverageReport {
        let fixture = try SiteFixture(files, exampleTemplates: false)
        return try CoverageChecker.check(siteDirectory: fixture.root, strict: strict)
    }

    @Test func aCompleteSiteHasNoProblem() throws {
        let report = try Self.check(Self.files())
        #expect(report.problems == [])
        #expect(report.coverage["ar"] == .init(translated: 1, missing: 0, outdated: 0, percent: 100))
        #expect(report.articles.map(\.key) == ["articles/a"])
        #expect(report.articles[0].languages == ["en": .source, "ar": .translated, "ru": .translated, "sw": .translated])
    }

    @Test func missingTranslationsAreErrorsOnlyInRequiredLanguages() throws {
        var files = Self.files(["content/articles/b.en.md": SiteFixture.article(title: "Second", body: "More words here.\n")])
        files["content/articles/a.sw.md"] = nil
        let report = try Self.check(files)
        let missing = report.problems.filter { $0.kind == .missingTranslation }
        #expect(Set(missing.map { "\($0.key) \($0.language) \($0.severity)" })
                == ["articles/b ar error", "articles/b ru error", "articles/b sw warning", "articles/a sw warning"])
        #expect(missing.allSatisfy { $0.location?.path.hasSuffix(".en.md") == true })
        #expect(report.coverage["ar"] == .init(translated: 1, missing: 1, outdated: 0, percent: 50))
        #expect(report.languagesBelow(60) == ["ar", "ru"])
    }

    @Test func anEditedSourceMakesItsTranslationsOutdated() throws {
        let report = try Self.check(Self.files([
            "content/articles/a.en.md": SiteFixture.article(title: "Solidarity", body: "Our campaign grows every day.\n"),
        ]))
        let outdated = report.problems.filter { $0.kind == .outdatedTranslation }
        #expect(outdated.map(\.language).sorted() == ["ar", "ru", "sw"])
        #expect(outdated.allSatisfy { $0.severity == .warning && $0.location?.line == 4 })
        #expect(report.coverage["ru"]?.outdated == 1)
        let strict = try Self.check(Self.files([
            "content/articles/a.en.md": SiteFixture.article(title: "Solidarity", body: "Our campaign grows every day.\n"),
        ]), strict: true)
        #expect(strict.problems.filter { $0.kind == .outdatedTranslation }.allSatisfy { $0.severity == .error })
    }

    @Test func aTranslationWithoutSourceHashIsUnverified() throws {
        let report = try Self.check(Self.files([
            "content/articles/a.ru.md": SiteFixture.article(title: "Солидарность", body: "Наша кампания растёт.\n"),
        ]))
        #expect(report.problems.map(\.kind) == [.unverified])
        #expect(report.problems[0].severity == .info)
    }

    @Test func arabicAndRussianPluralGaps() throws {
        let report = try Self.check(Self.files([
            "locales/ar.yaml": "greeting: \"أهلا يا {name}\"\narticles: \"{count, plural, one {مقال واحد} other {# مقال}}\"\n",
            "locales/ru.yaml": "greeting: \"Добро пожаловать, {name}\"\narticles: \"{count, plural, one {# статья} two {# статьи} other {# статьи}}\"\n",
        ]))
        let plural = report.problems.filter { $0.kind == .pluralCategories }
        let arabic = try #require(plural.first { $0.language == "ar" })
        #expect(arabic.severity == .error)
        #expect(arabic.message.contains("zero, two, few, many"))
        #expect(arabic.location?.line == 2)
        let russian = plural.filter { $0.language == "ru" }
        #expect(Set(russian.map(\.severity)) == [.error, .warning])
        #expect(russian.contains { $0.message.contains("lacks few, many") })
        #expect(russian.contains { $0.message.contains("has two") })
    }

    @Test func anExplicitCaseCoversACategoryOfOneNumber() throws {
        let report = try Self.check(Self.files([
            "locales/ar.yaml": "greeting: \"أهلا يا {name}\"\narticles: \"{count, plural, =0 {لا مقالات} =1 {مقال واحد} =2 {مقالان} few {# مقالات} many {# مقالا} other {# مقال}}\"\n",
            "locales/ru.yaml": "greeting: \"Добро пожаловать, {name}\"\narticles: \"{count, plural, =1 {# статья} few {# статьи} many {# статей} other {# статьи}}\"\n",
        ]))
        let plural = report.problems.filter { $0.kind == .pluralCategories }
        // Arabic's zero, one and two are 0, 1 and 2 alone; Russian's one is 1, 21, 31, …
        #expect(plural.map(\.language) == ["ru"])
        #expect(plural.first?.message.contains("lacks one") == true)
    }

    @Test func ordinalsAreCheckedAgainstOrdinalCategories() throws {
        let report = try Self.check(Self.files([
            "locales/en.yaml": "greeting: \"Welcome, {name}\"\narticles: \"{count, plural, one {# article} other {# articles}}\"\nrank: \"{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}\"\n",
            "locales/ar.yaml": "greeting: \"أهلا يا {name}\"\narticles: \"{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالا} other {# مقال}}\"\nrank: \"{n, selectordinal, one {الأول} other {رقم #}}\"\n",
            "locales/ru.yaml": "greeting: \"Добро пожаловать, {name}\"\narticles: \"{count, plural, one {# статья} few {# статьи} many {# статей} other {# статьи}}\"\nrank: \"{n, selectordinal, other {#-й}}\"\n",
            "locales/sw.yaml": "greeting: \"Karibu, {name}\"\narticles: \"{count, plural, one {makala #} other {makala #}}\"\nrank: \"{n, selectordinal, other {wa #}}\"\n",
        ]))
        let plural = report.problems.filter { $0.kind == .pluralCategories }
        // English needs one, two, few, other for ordinals: complete. Arabic has only "other" as an ordinal.
        #expect(!plural.contains { $0.language == "en" })
        #expect(plural.map(\.language) == ["ar"])
        #expect(plural.first?.severity == .warning && plural.first?.message.contains("selectordinal 'n' has one") == true)
    }

    @Test func renamedPlaceholdersAndBrokenSyntax() throws {
        let report = try Self.check(Self.files([
            "locales/ru.yaml": "greeting: \"Добро пожаловать, {имя}\"\narticles: \"{count, plural, one {# статья} few {# статьи}\"\n",
        ]))
        let mismatch = try #require(report.problems.first { $0.kind == .placeholderMismatch })
        #expect(mismatch.key == "greeting" && mismatch.severity == .error && mismatch.message.contains("{имя}"))
        let syntax = try #require(report.problems.first { $0.kind == .messageSyntax })
        #expect(syntax.key == "articles" && syntax.message.contains("offset"))
    }

    @Test func missingExtraAndUntranslatedStrings() throws {
        let report = try Self.check(Self.files([
            "locales/sw.yaml": "greeting: \"Welcome, {name}\"\nfarewell: \"Kwaheri\"\n_same_as_default: []\n",
        ]))
        #expect(report.problems.contains { $0.kind == .missingString && $0.key == "articles" && $0.severity == .warning })
        #expect(report.problems.contains { $0.kind == .extraString && $0.key == "farewell" && $0.location?.line == 2 })
        #expect(report.problems.contains { $0.kind == .untranslatedString && $0.key == "greeting" })
        let marked = try Self.check(Self.files([
            "locales/sw.yaml": "greeting: \"Welcome, {name}\"\narticles: \"{count, plural, one {makala #} other {makala #}}\"\n_same_as_default: [greeting]\n",
        ]))
        #expect(!marked.problems.contains { $0.kind == .untranslatedString })
    }

    @Test func textInTheWrongScript() throws {
        let report = try Self.check(Self.files([
            // Not the source's text (that would be a stub), but still English.
            "content/articles/a.ar.md": SiteFixture.article(title: "Solidarity", extra: "sourceHash: \(SourceHash.of(title: "Solidarity", body: "Our campaign grows.\n"))\n",
                                                            body: "Our campaign grows, day after day.\n"),
            "locales/ar.yaml": "greeting: \"Welcome back, {name}\"\narticles: \"{count, plural, zero {لا مقالات} one {مقال واحد} two {مقالان} few {# مقالات} many {# مقالا} other {# مقال}}\"\n",
        ]))
        let wrong = report.problems.filter { $0.kind == .wrongScript }
        #expect(Set(wrong.map(\.key)) == ["articles/a", "greeting"])
        #expect(wrong.allSatisfy { $0.language == "ar" && $0.severity == .warning })
    }

    @Test func scriptsOfChineseJapaneseAndKorean() throws {
        #expect(CoverageChecker.script("Hani", belongsTo: "Hant") && CoverageChecker.script("Hani", belongsTo: "Hans"))
        #expect(CoverageChecker.script("Kana", belongsTo: "Jpan") && CoverageChecker.script("Hira", belongsTo: "Jpan"))
        #expect(CoverageChecker.script("Hang", belongsTo: "Kore"))
        #expect(!CoverageChecker.script("Latn", belongsTo: "Jpan") && !CoverageChecker.script("Hang", belongsTo: "Hant"))
        #expect(CoverageChecker.script("Arab", belongsTo: "Arab") && !CoverageChecker.script("Latn", belongsTo: "Arab"))
    }

    @Test func frontMatterProblems() throws {
        let report = try Self.check(Self.files([
            "content/articles/c.en.md": "---\ndate: 2026-01-01\n---\nNo title.\n",
            "content/articles/c.xx.md": SiteFixture.article(title: "Unknown"),
        ]))
        let problems = report.problems.filter { $0.kind == .frontMatter }
        #expect(problems.count == 2)
        // A page without a title is titled after its text, with a warning, as the build says;
        // a language that is not the site's is an error.
        #expect(problems.first { $0.location?.path.hasSuffix("c.en.md") == true }?.severity == .warning)
        #expect(problems.first { $0.location?.path.hasSuffix("c.xx.md") == true }?.severity == .error)
    }

    @Test func stampWritesTheHashAndNothingElse() throws {
        let original = "---\r\ntitle: \"التضامن\"   # keep this comment\r\ndate: 2026-05-01\r\n---\r\nحملتنا\r\n"
        let fixture = try SiteFixture(Self.files(["content/articles/a.ar.md": original]), exampleTemplates: false)
        let path = fixture.path("content/articles/a.ar.md")
        let stamps = try Stamper.stamp(siteDirectory: fixture.root, paths: [path])
        let hash = SourceHash.of(title: "Solidarity", body: "Our campaign grows.\n")
        #expect(stamps.map(\.sourceHash) == [hash])
        #expect(fixture.read("content/articles/a.ar.md")
                == "---\r\ntitle: \"التضامن\"   # keep this comment\r\ndate: 2026-05-01\r\nsourceHash: \(hash)\r\n---\r\nحملتنا\r\n")
        // Stamping again changes nothing; an old hash is replaced in place.
        #expect(try Stamper.stamp(siteDirectory: fixture.root, paths: [path]).map(\.changed) == [false])
        try fixture.write("---\ntitle: X\nsourceHash: 000000000000\ndate: 2026-05-01\n---\nBody\n", to: "content/articles/a.ar.md")
        _ = try Stamper.stamp(siteDirectory: fixture.root, paths: [path])
        #expect(fixture.read("content/articles/a.ar.md") == "---\ntitle: X\nsourceHash: \(hash)\ndate: 2026-05-01\n---\nBody\n")
        #expect(throws: BuildFailure.self) {
            try Stamper.stamp(siteDirectory: fixture.root, paths: [fixture.path("content/articles/a.en.md")])
        }
    }

    @Test func sourceHashIsSHA256OfTitleAndBodyWithLineFeeds() {
        // sha256("Title\nline one\nline two\n") begins 801e92ae5b6b (Python's hashlib).
        for body in ["line one\nline two\n", "line one\r\nline two\r\n", "line one\rline two\r"] {
            #expect(SourceHash.of(title: "Title", body: body) == "801e92ae5b6b")
        }
        #expect(SourceHash.of(title: "Title\r", body: "\nline one\nline two\n") != "801e92ae5b6b")
    }

    @Test func visibleTextOfMessages() {
        #expect(MessageText.visibleText(of: "{count, plural, one {# مقال} other {# مقالات}}")
            .split(separator: " ") == ["مقال", "مقالات"])
        #expect(MessageText.visibleText(of: "Hello {name}, it''s {n, number, integer}").split(separator: " ")
                == ["Hello", ",", "it's"])
    }
}
