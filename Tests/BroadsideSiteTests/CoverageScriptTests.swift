import Testing
@testable import BroadsideSite

/// `wrong-script`: script subtags, site.yaml `scripts:`, and prose only.
@Suite struct CoverageScriptTests {
    static func wrongScript(languages: String, extraSettings: String = "", _ files: [String: String]) throws -> [TranslationProblem] {
        let site = """
            title: Script fixture
            baseURL: https://script.example.org/
            defaultLanguage: en
            languages: \(languages)
            \(extraSettings)
            """
        let fixture = try SiteFixture(["site.yaml": site].merging(files) { _, new in new }, exampleTemplates: false)
        return try CoverageChecker.check(siteDirectory: fixture.root).problems.filter { $0.kind == .wrongScript }
    }

    static let english = SiteFixture.article(title: "Solidarity", body: "Our campaign grows every day.\n")
    static let serbianInLatin = SiteFixture.article(title: "Solidarnost", body: "Naša kampanja raste svakog dana.\n")
    static let serbianInCyrillic = SiteFixture.article(title: "Солидарност", body: "Наша кампања расте сваког дана.\n")

    @Test func aScriptSubtagSaysWhichScriptIsRight() throws {
        let problems = try Self.wrongScript(languages: "[en, sr-Latn]", [
            "content/articles/a.en.md": Self.english, "content/articles/a.sr-Latn.md": Self.serbianInLatin,
            "content/articles/b.en.md": Self.english, "content/articles/b.sr-Latn.md": Self.serbianInCyrillic,
        ])
        #expect(problems.map(\.key) == ["articles/b"])
        #expect(problems.first?.message.contains("mostly in Cyrl script") == true)
    }

    @Test func siteScriptsOverrideTheTagsScript() throws {
        let files = ["content/articles/a.en.md": Self.english, "content/articles/a.sr.md": Self.serbianInLatin]
        #expect(try Self.wrongScript(languages: "[en, sr]", files).map(\.key) == ["articles/a"], "sr is Cyrillic by default")
        #expect(try Self.wrongScript(languages: "[en, sr]", extraSettings: "scripts: {sr: Latn}", files) == [])
    }

    /// A Japanese page about code: identifiers, code spans and blocks, URLs, addresses and numbers
    /// outnumber the Japanese letters, which are split over three scripts (Han, Hiragana, Katakana).
    static let technicalJapanese = SiteFixture.article(title: "getUserName の使い方", body: """
        `getUserName()` は `user_id` を受け取り、`UserProfile` を返します。詳しくは https://example.org/docs/api/getUserName を読んでください。
        連絡先: support_team@example.org、バージョン 2.14.0、HTTPServer と JSONDecoder と snake_case_name を使います。

        ```swift
        let profile = try await client.getUserName(userID: 42, includeAvatar: true, fallbackLocale: "en_US")
        print(profile.displayName, profile.emailAddress, profile.avatarURL)
        ```

        """)

    @Test func technicalJapaneseIsJapanese() throws {
        let problems = try Self.wrongScript(languages: "[en, ja]", [
            "content/articles/a.en.md": Self.english, "content/articles/a.ja.md": Self.technicalJapanese,
            "content/articles/b.en.md": Self.english, "content/articles/b.ja.md": SiteFixture.article(title: "Solidarity", body: "Still in English, not translated yet.\n"),
        ])
        #expect(problems.map(\.key) == ["articles/b"], "English prose on a Japanese page is still flagged")
    }

    @Test func japaneseWithEnglishNamesIsJapanese() throws {
        let problems = try Self.wrongScript(languages: "[en, ja, zh-Hant]", [
            "content/articles/a.en.md": Self.english,
            "content/articles/a.ja.md": SiteFixture.article(title: "デプロイ", body: "Dockerを使ってKubernetesにデプロイします。\n"),
            "content/articles/a.zh-Hant.md": SiteFixture.article(title: "部署", body: "使用 Docker 部署到 Kubernetes 叢集。\n"),
        ])
        #expect(problems == [])
        #expect(!CoverageChecker.hanScriptsOutnumberLatin(found: "Latn", expected: "Jpan",
                                                           in: "This page is still in English, not yet translated: 使って"))
    }

    @Test func proseLeavesOutCodeAndTechnicalWords() {
        let prose = ProseText.ofMarkdown("""
            # Hello `code_span` world

            Read https://x.org/a or mail me@x.org about getUserName, snake_case, HTTPServer, API and 3.14 today's well-known news.

                indented code block

            <div>raw html</div>
            """)
        let words = prose.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(words == ["Hello", "world", "Read", "or", "mail", "about", "and", "today's", "well-known", "news."])
        #expect(ProseText.ofPlainText("getUserNameを返します").trimmingPrefix(" ") == "を返します")
    }
}
