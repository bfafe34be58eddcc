import Testing
@testable import BroadsideSite

/// UI strings in go-i18n's form (Hugo's `i18n/`), read as ICU MessageFormat and checked as such.
@Suite struct CoverageGoI18nTests {
    static let toml = """
        # Hugo's i18n/en.toml
        home = "Home"

        [readingTime]
        one = "One minute to read"
        other = "{{ .Count }} minutes to read"

        [welcome]
        description = "The greeting"
        other = "Hello, {{ .Name }}! It's {{- .Count -}} o'clock {now}"
        """

    @Test func tomlTablesBecomeICUPatterns() throws {
        let entries = try GoI18nStrings.readEntries(Self.toml, path: "i18n/en.toml")
        #expect(entries.map(\.key) == ["home", "readingTime", "welcome"])
        #expect(entries.map(\.pattern) == [
            "Home",
            "{count, plural, one {One minute to read} other {# minutes to read}}",
            "Hello, {name}! It''s{count}o''clock '{'now'}'",
        ])
        #expect(entries.map { $0.location.line } == [2, 4, 8])
    }

    @Test func yamlAndJSONAndNestedIDs() throws {
        let yaml = try GoI18nStrings.readEntries("""
            nav:
              home: Home
            items:
              one: "# {{ .Count }} item"
              other: "{{ .Count }} items"
            """, path: "i18n/en.yaml")
        #expect(yaml.map { "\($0.key)=\($0.pattern)" } == ["nav.home=Home", "items={count, plural, one {'#' # item} other {# items}}"])
        let json = try GoI18nStrings.readEntries("""
            {"items": {"translation": {"one": "one item", "other": "{{.Count}} items"}}}
            """, path: "i18n/en.json")
        #expect(json.map(\.pattern) == ["{count, plural, one {one item} other {# items}}"])
    }

    @Test func badFilesAreLocatedErrors() {
        let cases = [
            ("i18n/en.toml", "[a]\nother = \"x\"\n[a]\n", "not valid TOML", 3),
            ("i18n/en.toml", "[a]\nother = \"y\"\nsome = \"x\"\n", "'a' has 'some', which is no plural form", 1),
            ("i18n/en.toml", "count = 3\n", "'count' must be a text or a table of plural forms, not a number", 1),
            ("i18n/en.json", String(repeating: "[", count: 40) + String(repeating: "]", count: 40), "deeper than the limit of 32", 1),
            ("i18n/en.json", "[1, 2]", "expected a table of strings by id", 1),
            ("i18n/en.toml", "a = \"" + String(repeating: "x", count: 1 << 20) + "\"", "over the limit of 1048576 bytes", 1),
        ]
        for (path, text, message, line) in cases {
            do {
                let entries = try GoI18nStrings.readEntries(text, path: path)
                Issue.record("\(message): no error but \(entries)")
            } catch {
                #expect(error.message.contains(message), "\(error.message)")
                #expect(error.location?.line == line, "\(message)")
            }
        }
    }

    /// Found by the go-i18n fuzzer: toml++ asserts (a crash in debug builds) on a table name that
    /// does not start with a bare key character or a quote.
    @Test func tablesNamesTOMLDoesNotAllowAreErrors() throws {
        let fuzzed = ["[\u{FFFD}\u{FFFD}me]\nother = \"eH\"\n[readingTime]\none =\"One\u{0C}me \u{FFFD}\u{FFFD}!\"\n",
                      "[`ome]\noth8\0 = eH\"\n\"o\u{FFFD}\n[readingTime]\none =\"One\u{0C}me \u{FFFD}\u{FFFD}!\"\n",
                      "[.a]\n", "[[ =a]]\n", "é = 1\n"]
        for text in fuzzed {
            do {
                let entries = try GoI18nStrings.readEntries(text, path: "i18n/en.toml")
                Issue.record("no error but \(entries)")
            } catch {
                #expect(error.message.hasPrefix("not valid TOML") && error.location?.line == 1, "\(text): \(error)")
            }
        }
        let quoted = try GoI18nStrings.readEntries("[\"clé\"] # commentaire épais\nother = '''it's\nà \"\"\"'''\n",
                                                   path: "i18n/fr.toml")
        #expect(quoted.map { "\($0.key)=\($0.pattern)" } == ["clé=it''s\nà \"\"\""])
        // An array at a line's start inside a value is no table name: TOML reads it, the strings refuse it.
        #expect(throws: Diagnostic(at: SourceLocation(path: "i18n/fr.toml", line: 1, column: 1),
                                   "'a' must be a text or a table of plural forms, not a list")) {
            try GoI18nStrings.readEntries("a = [\n  [+1],\n]\n", path: "i18n/fr.toml")
        }
    }

    @Test func pluralChecksApplyToGoI18nStrings() throws {
        let fixture = try SiteFixture([
            "site.yaml": """
                title: Hugo strings
                baseURL: https://hugo.example.org/
                defaultLanguage: en
                languages: [en, ru, pt-BR]
                """,
            "content/a.en.md": SiteFixture.article(title: "A", body: "Text.\n"),
            "content/a.ru.md": SiteFixture.article(title: "А", body: "Текст.\n"),
            "content/a.pt-BR.md": SiteFixture.article(title: "A", body: "Texto.\n"),
            "i18n/en.toml": Self.toml,
            "i18n/ru.yaml": "home: Главная\nreadingTime:\n  one: \"{{ .Count }} минута\"\n  other: \"{{ .Count }} минуты\"\nwelcome: \"Привет, {{ .Nom }}\"\n",
            "i18n/pt-br.json": #"{"home": "Início", "readingTime": {"one": "{{ .Count }} minuto", "many": "{{ .Count }} de minutos", "other": "{{ .Count }} minutos"}, "welcome": "Olá, {{ .Name }}, {{ .Count }}"}"#,
        ], exampleTemplates: false)
        let report = try CoverageChecker.check(siteDirectory: fixture.root)
        let problems = report.problems.filter { $0.kind != .unverified }.map { "\($0.kind.rawValue) \($0.language) \($0.key) \($0.location?.description ?? "")" }
        #expect(Set(problems) == [
            "plural-categories ru readingTime \(fixture.root)/i18n/ru.yaml:2:1",
            "placeholder-mismatch ru welcome \(fixture.root)/i18n/ru.yaml:5:1",
        ])
        #expect(report.problems.first { $0.kind == .pluralCategories }?.message.contains("lacks few, many") == true)
    }
}
