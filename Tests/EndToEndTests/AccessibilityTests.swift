import Foundation
import Testing

/// Every page of the example site, and its search pages showing results, checked by axe-core in
/// headless Chromium (`Tests/Browser/accessibility.py`, axe-selenium-python): no violations.
///
/// Always run in CI, where `scripts/bootstrap browser` installs Chromium, its driver, Selenium
/// and axe-selenium-python; elsewhere skipped when one is missing.
@Suite struct AccessibilityTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/accessibility.py")

    static var canRun: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || (ServeBrowserTests.canRun && (try? Command.run(["python3", "-c", "import axe_selenium_python"]).status) == 0)
    }

    @Test(.enabled(if: canRun, "needs Chromium, chromedriver, Selenium and axe-selenium-python: scripts/bootstrap browser"))
    func everyPageOfTheExampleSiteHasNoViolations() throws {
        let site = try SiteCommandTests.exampleSite()
        let build = try SiteCommandTests.run(["build"], in: site)
        #expect(build.status == 0, "\(build.errorOutput)")
        let pages = (FileManager.default.subpaths(atPath: site.url("output").path) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted()
            .map { "/" + ($0.hasSuffix("index.html") ? String($0.dropLast("index.html".count)) : $0) }
        #expect(pages.count > 90, "\(pages.count) pages")
        let searches = ["/ar/search/?q=" + "العودة".addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)!,
                        "/en/search/?q=declaration"]
        let result = try Command.run(["python3", Self.script.path, site.url("output").path] + pages + searches)
        #expect(result.status == 0, "\(result.errorOutput)")
        let violations = try JSONDecoder().decode([String: [String: [String]]].self, from: Data(result.output.utf8))
        #expect(violations.count == pages.count + searches.count)
        #expect(violations.filter { !$0.value.isEmpty }.isEmpty, "\(violations.filter { !$0.value.isEmpty })")
    }
}
