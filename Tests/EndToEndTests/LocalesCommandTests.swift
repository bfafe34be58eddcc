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
        let site = try makeSite("""
            title: Campaign  # the site
            languages:
              - en
              - "ar"   # Arabic
              - sw

            theme: plain
            """)
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try runBroadside(["locales", "--site", site.path, "--json"])
        #expect(result.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reports.map { $0["tag"] as? String } == ["en", "ar", "sw"])

        let overridden = try runBroadside(["locales", "--site", site.path, "--languages", "fr", "--json"])
        #expect(overridden.stdout.contains("\"Français\""))
    }

    @Test func readsAFlowListAndNamesTheLineOfABadTag() throws {
        let flow = try makeSite("languages: [fa, 'yo', zh-Hant]\n")
        let bad = try makeSite("title: x\nlanguages:\n  - en\n  - english\n")
        let none = try makeSite("title: x\n")
        defer { [flow, bad, none].forEach { try? FileManager.default.removeItem(at: $0) } }
        let result = try runBroadside(["locales", "--site", flow.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Èdè Yorùbá"))

        let failure = try runBroadside(["locales", "--site", bad.path])
        #expect(failure.status == 1)
        #expect(failure.stderr.contains("site.yaml:4: invalid language tag 'english'"))

        let missing = try runBroadside(["locales", "--site", none.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("site.yaml: no top-level 'languages:' list"))
    }
}

private var currentYear: String {
    String(Calendar(identifier: .gregorian).component(.year, from: Date()))
}

/// A fresh site folder holding `site.yaml`.
private func makeSite(_ siteYAML: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("broadside-locales-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(siteYAML.utf8).write(to: folder.appendingPathComponent("site.yaml"))
    return folder
}

/// Runs the `broadside` executable built next to the test bundle.
private func runBroadside(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("broadside")
    process.arguments = arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let stdout = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
}
