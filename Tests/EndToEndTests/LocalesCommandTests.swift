import Foundation
import Testing

/// `broadside locales`, run as the built executable.
@Suite struct LocalesCommandTests {
    @Test func listsLanguagesAsJSON() throws {
        let result = try runBroadside(["locales", "--languages", "en,ar", "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 2)
        for report in reports {
            #expect(Set(report.keys) == ["tag", "nativeName", "englishName", "direction", "script",
                                         "pluralCategories", "sampleDate"])
        }
        #expect(reports[0]["tag"] as? String == "en")
        #expect(reports[0]["nativeName"] as? String == "English")
        #expect(reports[0]["direction"] as? String == "ltr")
        #expect(reports[0]["pluralCategories"] as? [String] == ["one", "other"])
        #expect((reports[0]["sampleDate"] as? String)?.contains(currentYear) == true)
        #expect(reports[1]["tag"] as? String == "ar")
        #expect(reports[1]["nativeName"] as? String == "العربية")
        #expect(reports[1]["englishName"] as? String == "Arabic")
        #expect(reports[1]["direction"] as? String == "rtl")
        #expect(reports[1]["script"] as? String == "Arab")
        #expect(reports[1]["pluralCategories"] as? [String] == ["zero", "one", "two", "few", "many", "other"])
        #expect((reports[1]["sampleDate"] as? String)?.isEmpty == false)
    }

    @Test func printsAnAlignedTable() throws {
        let result = try runBroadside(["locales", "--languages", "EN-us, iw,zh-Hant"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("TAG      NATIVE NAME       ENGLISH NAME         DIR  SCRIPT  PLURALS        SAMPLE DATE"))
        #expect(lines[1].hasPrefix("en-US    American English  American English     ltr  Latn    one other      "))
        #expect(lines[2].hasPrefix("he       עברית             Hebrew               rtl  Hebr    one two other  "))
        // 繁體中文 takes eight terminal columns.
        #expect(lines[3].hasPrefix("zh-Hant  繁體中文          Traditional Chinese  ltr  Hant    other          "))
    }

    @Test func anInvalidTagExitsOneNamingIt() throws {
        let result = try runBroadside(["locales", "--languages", "en,english", "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("invalid language tag 'english'"))
    }

    @Test func readsTheLanguagesOfTheSite() throws {
        let site = try TemporaryFolder()
        try site.write("""
            title: Campaign  # the site
            baseURL: https://example.org/
            defaultLanguage: en
            languages:
              - en
              - "ar"   # Arabic
              - sw
            """, to: "site.yaml")
        let result = try runBroadside(["locales", "--site", site.path, "--json"])
        #expect(result.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reports.map { $0["tag"] as? String } == ["en", "ar", "sw"])

        let overridden = try runBroadside(["locales", "--site", site.path, "--languages", "fr", "--json"])
        #expect(overridden.stdout.contains("\"Français\""))
    }

    @Test func namesTheLineOfABadTagInSiteYAML() throws {
        let site = try TemporaryFolder()
        try site.write("title: x\nbaseURL: https://example.org/\ndefaultLanguage: en\nlanguages:\n  - en\n  - english\n",
                       to: "site.yaml")
        let failure = try runBroadside(["locales", "--site", site.path])
        #expect(failure.status == 2)
        #expect(failure.stderr.contains("site.yaml:6:5: error: 'english' is not a valid BCP 47 language tag"))

        let missing = try runBroadside(["locales", "--site", site.url("nowhere").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere: error: no site folder here"))
        try site.write("", to: "empty/.keep")
        let empty = try runBroadside(["locales", "--site", site.url("empty").path])
        #expect(empty.status == 2)
        #expect(empty.stderr.contains("empty/site.yaml: error: cannot read site.yaml"))
    }
}

private var currentYear: String {
    String(Calendar(identifier: .gregorian).component(.year, from: Date()))
}

private func runBroadside(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try BroadsideProcess.run(arguments: arguments, currentDirectory: FileManager.default.temporaryDirectory)
    return (result.status, result.output, result.errorOutput)
}
