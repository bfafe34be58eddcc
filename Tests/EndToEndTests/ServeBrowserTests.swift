import Foundation
import Testing

/// A page `broadside serve` sends, open in headless Chromium, reloads by itself after a save,
/// and a page that did not change does not (`Tests/Browser/live_reload.py`, with Selenium).
///
/// Always run in CI, where `scripts/bootstrap browser` installs Chromium, its driver and
/// Selenium, and a missing one fails the test; elsewhere skipped when one is missing.
@Suite struct ServeBrowserTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Browser/live_reload.py")

    static var canRun: Bool {
        ProcessInfo.processInfo.environment["CI"] != nil
            || (FileManager.default.isExecutableFile(atPath: "/usr/bin/chromedriver")
                && (try? Command.run(["python3", "-c", "import selenium"]).status) == 0)
    }

    @Test(.enabled(if: canRun, "needs Chromium, chromedriver and Selenium: scripts/bootstrap browser"))
    func aServedPageReloadsByItselfAfterASave() throws {
        let result = try Command.run(["python3", Self.script.path, "--broadside", try BroadsideProcess.executable().path])
        #expect(result.status == 0, "\(result.output)\(result.errorOutput)")
    }
}
