import Foundation
import Testing

/// What a build may touch: only files it wrote, never a file from outside the site, and an
/// output folder that is exactly as it was when anything fails — under bad `--output` values,
/// symbolic links, collisions, write failures, kills and a second build at the same time.
@Suite struct HostileOutputTests {
    private func run(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try SiteCommandTests.run(arguments, in: site)
    }

    // MARK: - Files Broadside did not write

    @Test func filesBroadsideDidNotWriteSurviveEveryBuild() throws {
        let site = try SiteCommandTests.exampleSite()
        let elsewhere = try TemporaryFolder(files: ["notes.txt": "keep me", ".git/HEAD": "ref: main", "CNAME": "example.org"])
        try elsewhere.createFolder("empty")
        for arguments in [["build", "--output", elsewhere.path], ["build", "--output", elsewhere.path, "--clean"]] {
            let result = try run(arguments, in: site)
            #expect(result.status == 0, "\(result.errorOutput)")
            #expect(try elsewhere.read("notes.txt") == Data("keep me".utf8))
            #expect(try elsewhere.read(".git/HEAD") == Data("ref: main".utf8))
            #expect(try elsewhere.read("CNAME") == Data("example.org".utf8))
            #expect(FileManager.default.fileExists(atPath: elsewhere.url("empty").path))
            #expect(FileManager.default.fileExists(atPath: elsewhere.url("en/index.html").path))
        }
        // Files inside Broadside's own folders that it did not write survive too; the pages of
        // a removed article go.
        try elsewhere.write("mine", to: "en/articles/notes.txt")
        try FileManager.default.removeItem(at: site.url("content/articles/legal-and-grassroots.en.md"))
        #expect(try run(["build", "--output", elsewhere.path], in: site).status == 0)
        #expect(try elsewhere.read("en/articles/notes.txt") == Data("mine".utf8))
        #expect(!FileManager.default.fileExists(atPath: elsewhere.url("en/articles/legal-and-grassroots").path))
        #expect(try elsewhere.read("notes.txt") == Data("keep me".utf8))
    }

    @Test func anOutputFolderThatOverlapsTheSiteIsRefused() throws {
        let site = try SiteCommandTests.exampleSite()
        try FileManager.default.createSymbolicLink(atPath: site.url("linked-content").path, withDestinationPath: "content")
        let before = TreeSnapshot(site.url)
        let cases: [(output: String, says: String)] = [
            (".", "is the site folder itself"), (site.path, "is the site folder itself"), ("..", "holds the site folder"),
            ("/", "holds the site folder"), ("content", "inside the site's content/"), ("content/articles/x", "inside the site's content/"),
            ("templates", "inside the site's templates/"), ("locales/new", "inside the site's locales/"),
            ("static", "inside the site's static/"), (".broadside-cache", "inside the site's .broadside-cache/"),
            ("linked-content", "inside the site's content/"), ("content/..", "is the site folder itself"),
        ]
        for (output, says) in cases {
            let result = try run(["build", "--output", output], in: site)
            #expect(result.status == 2, "--output \(output): \(result.errorOutput)")
            #expect(result.errorOutput.contains(says), "--output \(output): \(result.errorOutput)")
            #expect(result.errorOutput.contains("the output folder was not changed"))
        }
        #expect(TreeSnapshot(site.url).differences(from: before).isEmpty)
    }

    @Test func aFileBroadsideDidNotWriteIsNeverReplaced() throws {
        let site = try SiteCommandTests.exampleSite()
        #expect(try run(["build"], in: site).status == 0)
        try site.write("example.org", to: "output/CNAME")
        try site.write("campaign.example.org", to: "static/CNAME")
        let before = TreeSnapshot(site.url("output"))
        let result = try run(["build"], in: site)
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("output/CNAME was not written by Broadside, and the site now publishes"))
        #expect(result.errorOutput.contains("static/CNAME"))
        #expect(TreeSnapshot(site.url("output")).differences(from: before).isEmpty)
    }

    // MARK: - Two inputs, one output file

    @Test(arguments: [
        ("static/sitemap.xml", "sitemap.xml would be made from both the sitemap and"),
        ("static/index.html", "index.html would be made from both the language chooser and"),
        ("static/en/index.html", "en/index.html would be made from both the en home page and"),
        ("static/en/feed.xml", "en/feed.xml would be made from both the en RSS feed and"),
        ("static/ar/tags/index.html", "ar/tags/index.html would be made from both the ar tag index and"),
        // An index.html in a page bundle is Hugo content: a second English file of the article.
        ("content/articles/media-in-many-languages/index.html",
         "'articles/media-in-many-languages' already has a en file: content/articles/media-in-many-languages/index.en.md"),
    ])
    func twoInputsForOneOutputFileAreAnError(input: String, message: String) throws {
        let site = try SiteCommandTests.exampleSite()
        if input.hasPrefix("content/articles/media-in-many-languages/") {
            // A page bundle whose other files include an index.html.
            try FileManager.default.createDirectory(at: site.url("content/articles/media-in-many-languages"), withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: site.url("content/articles/media-in-many-languages.en.md"),
                                             to: site.url("content/articles/media-in-many-languages/index.en.md"))
        }
        #expect(try run(["build"], in: site).status == 0)
        let before = TreeSnapshot(site.url("output"))
        try site.write("<script>alert(1)</script>", to: input)
        let result = try run(["build"], in: site)
        #expect(result.status == 1, "\(input): \(result.errorOutput)")
        #expect(result.errorOutput.contains(message), "\(result.errorOutput)")
        #expect(result.errorOutput.contains(input), "\(result.errorOutput)")
        #expect(TreeSnapshot(site.url("output")).differences(from: before).isEmpty)
    }

    // MARK: - Symbolic links

    @Test func linksOutsideTheSiteAreNeitherReadNorPublished() throws {
        let site = try SiteCommandTests.exampleSite()
        let outside = try TemporaryFolder(files: ["secret.txt": "TOP-SECRET-\(UUID())", "more/inner.txt": "INNER-SECRET",
                                                   "page.md": "---\ntitle: Outside\ndate: 2026-01-01\n---\nOUTSIDE-BODY\n"])
        let secret = try String(decoding: outside.read("secret.txt"), as: UTF8.self)
        let links = [
            ("static/env.txt", "/proc/self/environ"), ("static/secret.txt", outside.url("secret.txt").path),
            ("static/folder", outside.url("more").path), ("content/articles/outside.en.md", outside.url("page.md").path),
            ("content/linked", outside.url("more").path), ("static/dangling.txt", outside.url("gone").path),
        ]
        for (link, target) in links {
            try FileManager.default.createSymbolicLink(atPath: site.url(link).path, withDestinationPath: target)
        }
        // Links that stay inside the site work, and a loop is read once.
        try FileManager.default.createSymbolicLink(atPath: site.url("static/alias.css").path, withDestinationPath: "style.css")
        try FileManager.default.createSymbolicLink(atPath: site.url("static/loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: site.url("static/content-images").path,
                                                   withDestinationPath: "../content")
        let result = try run(["build"], in: site)
        #expect(result.status == 0, "\(result.errorOutput)")
        for (link, _) in links where !link.hasSuffix("dangling.txt") {
            #expect(result.errorOutput.contains("\(link): warning: a symbolic link to "), "\(link): \(result.errorOutput)")
        }
        #expect(try site.read("output/alias.css") == site.read("static/style.css"))
        #expect(FileManager.default.fileExists(atPath: site.url("output/loop/style.css").path) == false)
        let published = TreeSnapshot(site.url("output")).entries.filter { $0.value.hasPrefix("file") }.keys
        for path in published {
            let bytes = try site.read("output/" + path)
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(!text.contains(secret) && !text.contains("INNER-SECRET") && !text.contains("OUTSIDE-BODY")
                    && !text.contains("PATH="), "output/\(path) leaks a file from outside the site")
        }
        #expect(!published.contains("env.txt") && !published.contains("secret.txt"))
    }

    @Test func aLinkedCacheFolderIsNeitherReadNorWritten() throws {
        let site = try YAMLSite.make()
        let outside = try TemporaryFolder(files: ["content": "broadside-content-cache 8 0\n"])
        try FileManager.default.createSymbolicLink(atPath: site.url(".broadside-cache").path, withDestinationPath: outside.path)
        let result = try run(["build"], in: site)
        #expect(result.status == 2, "a configuration error: \(result.errorOutput)")
        #expect(result.errorOutput.contains(".broadside-cache: error: a symbolic link, where Broadside keeps its records"),
                "\(result.errorOutput)")
        #expect(!site.exists("output"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path) == ["content"], "nothing written through the link")
        #expect(try outside.text("content") == "broadside-content-cache 8 0\n")
    }

    @Test func aSiteFileLinkedFromOutsideIsAnError() throws {
        let site = try SiteCommandTests.exampleSite()
        let outside = try TemporaryFolder(files: ["en.yaml": "site_title: Outside\n"])
        try FileManager.default.removeItem(at: site.url("locales/en.yaml"))
        try FileManager.default.createSymbolicLink(atPath: site.url("locales/en.yaml").path,
                                                   withDestinationPath: outside.url("en.yaml").path)
        let result = try run(["build"], in: site)
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("locales/en.yaml: error: a symbolic link to \(outside.url("en.yaml").resolvingSymlinksInPath().path), outside the site folder"),
                "\(result.errorOutput)")
    }

    @Test func anEditBehindALinkedTemplatesFolderIsSeen() throws {
        let site = try SiteCommandTests.exampleSite()
        try FileManager.default.moveItem(at: site.url("templates/partials"), to: site.url("shared-partials"))
        try FileManager.default.createSymbolicLink(atPath: site.url("templates/partials").path, withDestinationPath: "../shared-partials")
        #expect(try run(["build"], in: site).status == 0)
        let partial = try #require(try FileManager.default.contentsOfDirectory(atPath: site.url("shared-partials").path)
            .first { $0.hasSuffix(".html") })
        let original = try String(decoding: site.read("shared-partials/" + partial), as: UTF8.self)
        try site.write(original + "<!-- EDITED-PARTIAL -->", to: "shared-partials/" + partial)
        let rebuilt = try run(["build"], in: site)
        #expect(rebuilt.status == 0 && !rebuilt.output.hasPrefix("Up to date"), "\(rebuilt.output)")
    }

    // MARK: - Changes a rebuild must see

    @Test func anEditOfGoI18nStringsIsSeen() throws {
        let site = try SiteCommandTests.exampleSite()
        try FileManager.default.removeItem(at: site.url("locales/en.yaml"))
        try site.write("footer = \"The first footer\"\n", to: "i18n/en.toml")
        #expect(try run(["build"], in: site).status == 0)
        try site.write("footer = \"The second footer\"\n", to: "i18n/en.toml")
        let rebuilt = try run(["build"], in: site)
        #expect(rebuilt.status == 0 && !rebuilt.output.hasPrefix("Up to date"), "\(rebuilt.output)")
        #expect(String(decoding: try site.read("output/en/index.html"), as: UTF8.self).contains("The second footer"))
    }

    @Test(arguments: ["content/articles/media-in-many-languages.en.md", "static/style.css"])
    func anEditThatKeepsSizeAndTimeIsSeen(file: String) throws {
        let site = try SiteCommandTests.exampleSite()
        #expect(try run(["build"], in: site).status == 0)
        let path = site.url(file).path
        var info = stat()
        #expect(stat(path, &info) == 0)
        var bytes = [UInt8](try site.read(file))
        let index = try #require(bytes.lastIndex { $0 == UInt8(ascii: "a") })
        bytes[index] = UInt8(ascii: "Z")
        try Data(bytes).write(to: site.url(file))
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        let rebuilt = try run(["build"], in: site)
        #expect(rebuilt.status == 0)
        #expect(!rebuilt.output.hasPrefix("Up to date"))
        let published = file.hasPrefix("static/") ? "output/style.css" : "output/en/articles/media-in-many-languages/index.html"
        #expect(String(decoding: try site.read(published), as: UTF8.self).contains("Z"))
        #expect(bytes.filter { $0 == UInt8(ascii: "Z") }.count <= String(decoding: try site.read(published), as: UTF8.self).filter { $0 == "Z" }.count)
    }

    // MARK: - Write failures

    @Test func aFullDiskLeavesOutputByteIdentical() throws {
        // A real write failure from the kernel: a file size limit makes writes past 32 KiB fail
        // with EFBIG (the signal it would send is ignored), as a full disk makes them fail.
        let site = try SiteCommandTests.exampleSite()
        #expect(try run(["build"], in: site).status == 0)
        try site.write(String(repeating: "x", count: 100_000), to: "static/large.txt")
        let before = TreeSnapshot(site.url("output"))
        let executable = try BroadsideProcess.executable().path
        let result = try Command.run(["bash", "-c", "trap '' XFSZ; ulimit -f 32; exec \"$0\" build", executable], in: site.url)
        #expect(result.status == 1, "\(result.errorOutput)")
        #expect(result.errorOutput.contains("large.txt: error: cannot write the file: File too large"), "\(result.errorOutput)")
        #expect(TreeSnapshot(site.url("output")).differences(from: before).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: site.url(".output.broadside-staging").path))
    }

    @Test(.enabled(if: Command.isRoot, "needs root to mount a small file system"))
    func noSpaceLeftLeavesOutputByteIdentical() throws {
        let disk = try TemporaryFolder()
        let mounted = try Command.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.path])
        try #require(mounted.status == 0, "mount: \(mounted.errorOutput)")
        defer { Command.runIgnoringErrors(["umount", disk.path]) }
        let site = try SiteCommandTests.exampleSite()
        let output = disk.url("site").path
        #expect(try run(["build", "--output", output], in: site).status == 0)
        try site.write(String(repeating: "x", count: 10_000_000), to: "static/large.txt")
        let before = TreeSnapshot(disk.url)
        let result = try run(["build", "--output", output], in: site)
        #expect(result.status == 1, "\(result.errorOutput)")
        #expect(result.errorOutput.contains("No space left on device"), "\(result.errorOutput)")
        #expect(result.errorOutput.contains("hint: the disk is full"))
        #expect(TreeSnapshot(disk.url).differences(from: before).isEmpty)
    }

    @Test(.enabled(if: Command.isRoot, "needs root to run the build as nobody"))
    func permissionFailuresLeaveOutputByteIdenticalAsAnotherUser() throws {
        let site = try SiteCommandTests.exampleSite()
        let executable = try BroadsideProcess.executable().path
        // The example site has search: a copy of Pagefind that nobody may run (pip's may be in root's home).
        let tools = try TemporaryFolder()
        let found = try Command.run(["python3", "-c", "import pagefind_bin; print(pagefind_bin.get_executable())"])
        try FileManager.default.copyItem(atPath: found.output.trimmingCharacters(in: .whitespacesAndNewlines), toPath: tools.url("pagefind").path)
        try Command.run(["chown", "-R", "nobody:nogroup", tools.path])
        func asNobody(_ arguments: [String]) throws -> BroadsideProcess.Result {
            try Command.run(["runuser", "-u", "nobody", "--", "env", "BROADSIDE_PAGEFIND=\(tools.url("pagefind").path)", executable]
                            + arguments + ["--site", site.path])
        }
        try Command.run(["chown", "-R", "nobody:nogroup", site.path])
        try #require(try asNobody(["build"]).status == 0)
        // A file in the output that the build's user may neither link nor read.
        try site.write("root's", to: "output/private.txt")
        chmod(site.url("output/private.txt").path, 0o600)
        try site.write("changed", to: "static/new.txt")
        try Command.run(["chown", "nobody:nogroup", site.url("static/new.txt").path])
        let before = TreeSnapshot(site.url("output"))
        let denied = try asNobody(["build"])
        #expect(denied.status == 1, "\(denied.errorOutput)")
        #expect(denied.errorOutput.contains("output/private.txt: error: cannot keep the file in the new output"), "\(denied.errorOutput)")
        #expect(TreeSnapshot(site.url("output")).differences(from: before).isEmpty)

        // A folder of the output made read-only by its owner: the build succeeds, the folder keeps
        // its permissions, and nothing of the old tree is left behind.
        try FileManager.default.removeItem(at: site.url("output/private.txt"))
        try Command.run(["runuser", "-u", "nobody", "--", "chmod", "555", site.url("output/en").path])
        let built = try asNobody(["build"])
        #expect(built.status == 0, "\(built.errorOutput)")
        #expect(try site.read("output/new.txt") == Data("changed".utf8))
        var info = stat()
        #expect(stat(site.url("output/en").path, &info) == 0 && info.st_mode & 0o777 == 0o555)
        #expect(!FileManager.default.fileExists(atPath: site.url(".output.broadside-staging").path))
        // The parent of the output folder not writable: refused before anything is written.
        try Command.run(["chmod", "555", site.path])
        defer { chmod(site.path, 0o755) }
        let readOnly = TreeSnapshot(site.url("output"))
        try site.write("again", to: "static/new.txt")
        let refused = try asNobody(["build"])
        #expect(refused.status == 1, "\(refused.errorOutput)")
        #expect(refused.errorOutput.contains("cannot create the staging folder"), "\(refused.errorOutput)")
        #expect(TreeSnapshot(site.url("output")).differences(from: readOnly).isEmpty)
    }
}

extension Command {
    /// Runs a clean-up command whose failure does not matter.
    static func runIgnoringErrors(_ arguments: [String]) {
        _ = try? run(arguments)
    }
}
