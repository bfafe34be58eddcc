import Foundation
import Testing

/// `broadside check` on a Hugo-like site with stubs, pages not to translate, Serbian in Latin
/// letters, a technical Japanese page and go-i18n strings: the truth, the same in every format.
@Suite struct CoverageTruthTests {
    static let files: [String: String] = [
        "site.yaml": """
            title: Truth
            baseURL: https://truth.example.org/
            defaultLanguage: en
            languages: [en, fr, sr-Latn, ja]
            requiredLanguages: [en, fr]
            stubMarkers: [machineTranslated]
            sections: {docs: {translate: false}}
            """,
        "content/articles/a.en.md": page("Solidarity", "Our campaign grows every day."),
        "content/articles/a.fr.md": page("Solidarité", "\n   \n"),
        "content/articles/a.sr-Latn.md": page("Solidarnost", "Naša kampanja raste svakog dana."),
        "content/articles/a.ja.md": page("getUserName の使い方", """
            `getUserName()` は `user_id` を受け取り、`UserProfile` を返します。詳細は https://example.org/docs/getUserName と support_team@example.org へ。
            HTTPServer と JSONDecoder と snake_case_name、バージョン 2.14.0 を使います。

            ```swift
            let profile = try await client.getUserName(userID: 42, includeAvatar: true, fallbackLocale: "en_US")
            ```
            """),
        "content/articles/b.en.md": page("Second", "Another text for the campaign."),
        "content/articles/b.fr.md": page("Deuxième", "Another text for the campaign."),
        "content/articles/b.sr-Latn.md": page("Друго", "Још један текст за кампању."),
        "content/articles/b.ja.md": page("二番目", "キャンペーンのための別の文章。", extra: "machineTranslated: true\n"),
        "content/articles/local.en.md": page("Local", "Only for us.", extra: "translate: false\n"),
        "content/docs/setup.en.md": page("Setup", "How to set up."),
        "i18n/en.toml": "home = \"Home\"\n[readingTime]\none = \"One minute\"\nother = \"{{ .Count }} minutes\"\n",
        "i18n/fr.toml": "home = \"Accueil\"\n[readingTime]\none = \"{{ .Count }} minute\"\nmany = \"{{ .Count }} de minutes\"\nother = \"{{ .Count }} minutes\"\n",
        "i18n/sr-latn.yaml": "home: Početna\nreadingTime:\n  one: \"{{ .Count }} minut\"\n  other: \"{{ .Count }} minuta\"\n",
        "i18n/ja.json": #"{"home": "ホーム", "readingTime": {"other": "{{ .Count }} 分"}}"#,
    ]

    static func page(_ title: String, _ body: String, extra: String = "") -> String {
        "---\ntitle: \"\(title)\"\ndate: 2026-05-01\n\(extra)---\n\(body)\n"
    }

    /// What every format must say: kind, language, file (relative to the site) and line.
    static let expected: Set<String> = [
        "stub-translation fr content/articles/a.fr.md:5",
        "stub-translation fr content/articles/b.fr.md:5",
        "stub-translation ja content/articles/b.ja.md:4",
        "wrong-script sr-Latn content/articles/b.sr-Latn.md:",
        "plural-categories sr-Latn i18n/sr-latn.yaml:2",
    ]
    /// The errors among them: JUnit's failures.
    static let errors: Set<String> = [
        "stub-translation fr content/articles/a.fr.md:5",
        "stub-translation fr content/articles/b.fr.md:5",
        "plural-categories sr-Latn i18n/sr-latn.yaml:2",
    ]

    @Test func everyFormatSaysTheSame() throws {
        let site = try TemporaryFolder(files: Self.files)
        var said: [String: Set<String>] = [:]
        for format in ["json", "sarif", "github", "text", "html", "junit"] {
            let result = try BroadsideProcess.run(arguments: ["check", "--format", format], currentDirectory: site.url)
            #expect(result.status == 1, "\(format): the stubs of a required language are errors: \(result.errorOutput)")
            said[format] = try Self.problems(in: result.output, format: format, site: site)
        }
        #expect(said["json"] == Self.expected, "nothing missing in docs/ or for local, no wrong script on a.ja or a.sr-Latn")
        for format in ["sarif", "github", "text", "html"] {
            #expect(said[format] == said["json"], "\(format)")
        }
        #expect(said["junit"] == Self.errors, "JUnit lists the errors")

        let json = try JSONSerialization.jsonObject(with: Data(try BroadsideProcess.run(
            arguments: ["check", "--format", "json"], currentDirectory: site.url).stdout)) as! [String: Any]
        let coverage = json["coverage"] as! [String: [String: Any]]
        #expect(coverage["fr"]?["percent"] as? Double == 0, "two stubs of two expected articles")
        #expect(coverage["fr"]?["missing"] as? Int == 2)
        #expect(coverage["ja"]?["percent"] as? Double == 50)
        #expect(coverage["en"]?["percent"] as? Double == 100)
        let rows = (json["articles"] as! [[String: Any]]).map { ($0["key"] as! String, $0["languages"] as! [String: String]) }
        #expect(rows.first { $0.0 == "docs/setup" }?.1 == ["en": "source", "fr": "not-expected", "sr-Latn": "not-expected", "ja": "not-expected"])
        #expect(rows.first { $0.0 == "articles/b" }?.1["ja"] == "stub")
    }

    /// `path:line:column` (or a bare path) as the path and the line.
    static func place(_ text: String) -> (String, String?) {
        let parts = text.split(separator: ":")
        return (parts.first.map(String.init) ?? "", parts.count > 1 ? String(parts[1]) : nil)
    }

    /// Each problem as `kind language file:line`, the unverified notes left out.
    static func problems(in output: String, format: String, site: TemporaryFolder) throws -> Set<String> {
        func entry(_ kind: String, _ language: String, _ file: String, _ line: String?) -> String? {
            guard kind != "unverified" else { return nil }
            let relative = file.hasPrefix(site.path + "/") ? String(file.dropFirst(site.path.count + 1)) : file
            return "\(kind) \(language) \(relative):\(line ?? "")"
        }
        switch format {
        case "json":
            let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
            return Set((json["problems"] as! [[String: Any]]).compactMap {
                entry($0["kind"] as! String, $0["language"] as! String, $0["file"] as! String, ($0["line"] as? Int).map(String.init))
            })
        case "sarif":
            let json = try JSONSerialization.jsonObject(with: Data(output.utf8)) as! [String: Any]
            let results = ((json["runs"] as! [[String: Any]])[0]["results"] as! [[String: Any]])
            return Set(results.compactMap { result in
                let message = (result["message"] as! [String: Any])["text"] as! String
                let language = String(message.dropFirst().prefix { $0 != "]" })
                let physical = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
                let uri = (physical["artifactLocation"] as! [String: Any])["uri"] as! String
                let line = (physical["region"] as? [String: Any])?["startLine"] as? Int
                return entry(result["ruleId"] as! String, language, uri, line.map(String.init))
            })
        case "github":
            return Set(output.split(separator: "\n").compactMap { line in
                let properties = line.split(separator: "::")[0].drop { $0 != " " }.dropFirst().split(separator: ",")
                func value(_ name: String) -> String? {
                    properties.first { $0.hasPrefix(name + "=") }.map { String($0.dropFirst(name.count + 1)) }
                }
                let title = value("title")!.replacingOccurrences(of: "%3A", with: ":").split(separator: " ")
                return entry(String(title[0]), String(title[1].dropFirst().dropLast()), value("file")!, value("line"))
            })
        case "text":
            // "fr: 2 errors, …" starts a language's problems; "  path:line:column: error: [kind] …" is one.
            var language = ""
            var found: Set<String> = []
            for line in output.split(separator: "\n").map(String.init) {
                if let header = line.wholeMatch(of: try Regex(#"(\S+): \d+ errors?, .*"#)) {
                    language = String(header.output[1].substring ?? "")
                } else if let problem = line.wholeMatch(of: try Regex(#"  (.*?): (?:error|warning|info): \[([a-z-]+)\] .*"#)) {
                    let (file, number) = place(String(problem.output[1].substring ?? ""))
                    found.insert(entry(String(problem.output[2].substring ?? ""), language, file, number) ?? "")
                }
            }
            return found.subtracting([""])
        case "html":
            let row = try Regex(#"<tr><td class="(?:error|warning|info)">\w+</td><td>([^<]*)</td><td>([^<]*)</td><td class="key">([^<]*)</td>"#)
            return Set(output.matches(of: row).compactMap { match in
                let (file, number) = place(String(match.output[3].substring ?? ""))
                return entry(String(match.output[2].substring ?? ""), String(match.output[1].substring ?? ""), file, number)
            })
        case "junit":
            var found: Set<String> = []
            for suite in output.components(separatedBy: "<testsuite ").dropFirst() {
                let language = String(suite.dropFirst("name=\"".count).prefix { $0 != "\"" })
                for failure in suite.matches(of: try Regex(#"<failure type="([a-z-]+)"[^>]*>(.*?): "#)) {
                    let (file, number) = place(String(failure.output[2].substring ?? ""))
                    if let item = entry(String(failure.output[1].substring ?? ""), language, file, number) { found.insert(item) }
                }
            }
            return found
        default:
            return []
        }
    }
}
