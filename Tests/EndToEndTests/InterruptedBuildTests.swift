import Foundation
import Testing

/// A build killed at any moment, or run beside another build into the same folder, leaves the
/// output folder as the old tree or the new one, never a mix.
@Suite(.serialized) struct InterruptedBuildTests {
    /// The example site with `count` more articles in English and Arabic, built once.
    private static func largeSite(articles count: Int) throws -> TemporaryFolder {
        let site = try SiteCommandTests.exampleSite()
        for number in 0..<count {
            for language in ["en", "ar"] {
                try site.write("""
                    ---
                    title: Article \(number) \(language)
                    date: 2025-\(String(format: "%02d", number % 12 + 1))-\(String(format: "%02d", number % 28 + 1))
                    tags: [tag\(number % 7), shared]
                    ---
                    \(String(repeating: "Paragraph \(number) of the campaign, in \(language). ", count: 40))
                    """, to: "content/generated/article-\(number).\(language).md")
            }
        }
        return site
    }

    /// A copy of `site` with its output and cache, as `cp -a` makes it.
    private static func copy(_ site: TemporaryFolder) throws -> TemporaryFolder {
        let copy = try TemporaryFolder()
        try Command.run(["cp", "-a", site.path + "/.", copy.path])
        return copy
    }

    /// What `edit` changes: one article edited, one removed, one added, a static file changed.
    private static func edit(_ site: TemporaryFolder) throws {
        try site.write("---\ntitle: Edited\ndate: 2026-02-02\n---\nEdited body.\n", to: "content/generated/article-3.en.md")
        try FileManager.default.removeItem(at: site.url("content/generated/article-4.ar.md"))
        try site.write("---\ntitle: New\ndate: 2026-03-03\n---\nNew body.\n", to: "content/generated/new.en.md")
        try site.write("body { color: red }", to: "static/style.css")
    }

    @Test func aBuildKilledAtAnyMomentLeavesTheOldTreeOrTheNew() throws {
        let original = try Self.largeSite(articles: 80)
        #expect(try SiteCommandTests.run(["build"], in: original).status == 0)
        let old = TreeSnapshot(original.url("output"))

        let finished = try Self.copy(original)
        try Self.edit(finished)
        let started = ContinuousClock.now
        #expect(try SiteCommandTests.run(["build"], in: finished).status == 0)
        let duration = ContinuousClock.now - started
        let new = TreeSnapshot(finished.url("output"))
        #expect(old != new)

        var outcomes: [String: Int] = [:]
        let executable = try BroadsideProcess.executable()
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        // Kills spread from the start of the build to half as long again as it took; on a machine
        // busier than when it was timed, later ones until one build has finished first.
        let delays = (0..<13).map { Double($0) / 8 * seconds } + [2, 3, 5, 8].map { $0 * seconds }
        for (step, delay) in delays.enumerated() {
            if step >= 13, outcomes["new", default: 0] > 0 { break }
            let site = try Self.copy(original)
            try Self.edit(site)
            let process = Process()
            process.executableURL = executable
            process.arguments = ["build"]
            process.currentDirectoryURL = site.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let after = TreeSnapshot(site.url("output"))
            let outcome = after == old ? "old" : after == new ? "new" : "mixed"
            outcomes[outcome, default: 0] += 1
            #expect(outcome != "mixed", "killed after \(delay) s of a \(seconds) s build: \(after.differences(from: new).prefix(5)) differ from the new tree, \(after.differences(from: old).prefix(5)) from the old")
            // The next build recovers and publishes the new tree.
            let recovered = try SiteCommandTests.run(["build"], in: site)
            #expect(recovered.status == 0, "\(recovered.errorOutput)")
            #expect(TreeSnapshot(site.url("output")) == new)
            #expect(!FileManager.default.fileExists(atPath: site.url(".output.broadside-staging").path))
        }
        #expect(outcomes["old", default: 0] > 0 && outcomes["new", default: 0] > 0, "\(outcomes)")
    }

    /// Where the file system cannot exchange two folders, a build moves the old tree aside, then
    /// the new one in: stopped between the two, the next build puts the old tree back first.
    @Test func anOldTreeLeftAsideIsPutBack() throws {
        let site = try SiteCommandTests.exampleSite()
        #expect(try SiteCommandTests.run(["build"], in: site).status == 0)
        try site.write("example.org", to: "output/CNAME")
        let before = TreeSnapshot(site.url("output"))
        try FileManager.default.moveItem(at: site.url("output"), to: site.url(".output.broadside-staging-previous"))
        let rebuilt = try SiteCommandTests.run(["build"], in: site)
        #expect(rebuilt.status == 0, "\(rebuilt.errorOutput)")
        #expect(TreeSnapshot(site.url("output")) == before)
        #expect(!FileManager.default.fileExists(atPath: site.url(".output.broadside-staging-previous").path))
    }

    @Test func twoBuildsAtOnceNeverMixTheirOutput() throws {
        let site = try Self.largeSite(articles: 60)
        let reference = try Self.copy(site)
        #expect(try SiteCommandTests.run(["build"], in: reference).status == 0)
        let expected = TreeSnapshot(reference.url("output"))
        let executable = try BroadsideProcess.executable()
        var waited = false
        for arguments in [["build", "--clean"], ["build"], ["build", "--clean"]] {
            let logs = try TemporaryFolder()
            let processes = try (0..<2).map { number in
                try logs.write(Data(), to: "\(number)")
                let process = Process()
                process.executableURL = executable
                process.arguments = arguments
                process.currentDirectoryURL = site.url
                process.standardOutput = FileHandle.nullDevice
                process.standardError = try FileHandle(forWritingTo: logs.url("\(number)"))
                try process.run()
                return process
            }
            for process in processes { process.waitUntilExit() }
            for (number, process) in processes.enumerated() {
                let log = String(decoding: try logs.read("\(number)"), as: UTF8.self)
                #expect(process.terminationStatus == 0, "\(arguments): \(log)")
                waited = waited || log.contains("waiting for another broadside build into")
            }
            #expect(TreeSnapshot(site.url("output")) == expected, "\(arguments)")
        }
        #expect(waited, "one build of each pair waited for the other")
    }
}
