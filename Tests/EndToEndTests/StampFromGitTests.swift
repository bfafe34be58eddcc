import Foundation
import Testing

/// `broadside stamp --from-git` on a history a test commits step by step: translations made,
/// a commit marker in some, sources edited afterwards, a renamed source, a source that came
/// later than its translation's marker, a translation never committed, a shallow clone.
@Suite struct StampFromGitTests {
    static func page(_ title: String, _ body: String, extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: 2026-01-01\n\(extra)---\n\(body)\n"
    }

    /// The story; returns the repository and its first commit's id.
    static func story() throws -> (GitHistory, String) {
        let history = try GitHistory()
        let first = try history.commit("Sources", [
            "site.yaml": "title: Stamps\nbaseURL: https://stamps.example.org/\ndefaultLanguage: en\nlanguages: [en, fr]\nrequiredLanguages: [en]\n",
            "content/a.en.md": page("A", "Source A."), "content/b.en.md": page("B", "Source B."),
            "content/c.en.md": page("C", "Source C.", extra: "translationKey: c\n"), "content/d.en.md": page("D", "Source D."),
        ])
        try history.commit("French", [
            "content/a.fr.md": page("A fr", "Texte A.", extra: "default_lang_commit: \(first.prefix(7))\n"),
            "content/b.fr.md": page("B fr", "Texte B."),
            "content/c.fr.md": page("C fr", "Texte C.", extra: "translationKey: c\n"),
            "content/d.fr.md": page("D fr", "Texte D.", extra: "default_lang_commit: \(first)\n"),
        ])
        try history.commit("Sources edited after their translations", [
            "content/a.en.md": page("A", "Source A, edited."), "content/b.en.md": page("B", "Source B, edited."),
            "content/e.en.md": page("E", "Source E."),
        ])
        try history.git("mv", "content/c.en.md", "content/c-moved.en.md")
        try history.commit("A source renamed, a translation that names a commit older than its source", [
            "content/e.fr.md": page("E fr", "Texte E.", extra: "default_lang_commit: \(first.prefix(10))\n"),
        ])
        try history.folder.write(page("G", "Source G."), to: "content/g.en.md")
        try history.folder.write(page("G fr", "Texte G."), to: "content/g.fr.md")
        return (history, first)
    }

    /// Each article's French state, and the keys of the outdated-translation problems.
    static func check(_ folder: URL) throws -> (states: [String: String], outdated: Set<String>) {
        let result = try BroadsideProcess.run(arguments: ["check", "--format", "json"], currentDirectory: folder)
        let json = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        let rows = try #require(json["articles"] as? [[String: Any]])
        let states = Dictionary(uniqueKeysWithValues: rows.map { ($0["key"] as! String, ($0["languages"] as! [String: String])["fr"] ?? "") })
        let problems = try #require(json["problems"] as? [[String: Any]])
        return (states, Set(problems.filter { $0["kind"] as? String == "outdated-translation" }.map { $0["key"] as! String }))
    }

    @Test func theCheckThenReportsExactlyTheTranslationsWhoseSourcesChangedSince() throws {
        let (history, first) = try Self.story()
        let files = ["a", "b", "c", "d", "e", "g"].map { "content/\($0).fr.md" }
        let before = try files.map { try history.folder.text($0) }

        let dry = try BroadsideProcess.run(arguments: ["stamp", "--from-git", "--dry-run"], currentDirectory: history.folder.url)
        #expect(dry.status == 0, "\(dry.errorOutput)")
        #expect(dry.output.contains("Would stamp 4 translations: 2 from their default_lang_commit, 2 dated by their last change"), "\(dry.output)")
        #expect(dry.output.contains("Nothing was written (--dry-run)."))
        #expect(try files.map { try history.folder.text($0) } == before, "a dry run changes nothing")

        let run = try BroadsideProcess.run(arguments: ["stamp", "--from-git"], currentDirectory: history.folder.url)
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output.contains("content/a.fr.md: sourceHash ") && run.output.contains("(content/a.en.md at \(first.prefix(12)), its default_lang_commit)"), "\(run.output)")
        #expect(run.output.contains("(content/c.en.md at "), "c.fr was made when its source had its old name: \(run.output)")
        #expect(run.output.contains("Stamped 4 translations: 2 from their default_lang_commit, 2 dated by their last change (a guess"))
        #expect(run.output.contains("; 2 not stamped."))
        #expect(run.errorOutput.contains("content/e.fr.md") && run.errorOutput.contains("did not exist at \(first.prefix(12))"), "\(run.errorOutput)")
        #expect(run.errorOutput.contains("content/g.fr.md") && run.errorOutput.contains("not committed"), "\(run.errorOutput)")

        for (file, old) in zip(files, before) {
            let new = try history.folder.text(file)
            let added = Set(new.split(separator: "\n")).subtracting(old.split(separator: "\n"))
            if ["content/e.fr.md", "content/g.fr.md"].contains(file) {
                #expect(new == old, "\(file) is not stamped")
            } else {
                #expect(added.count == 1 && added.first!.hasPrefix("sourceHash: ") && new.count == old.count + 25,
                        "\(file): only a sourceHash line is added")
            }
        }
        let (states, outdated) = try Self.check(history.folder.url)
        #expect(outdated == ["a", "b"], "a's source changed after its marker, b's after b.fr last changed")
        #expect(states == ["a": "outdated", "b": "outdated", "c": "translated", "d": "translated", "e": "unverified", "g": "unverified"])

        let again = try BroadsideProcess.run(arguments: ["stamp", "--from-git"], currentDirectory: history.folder.url)
        #expect(again.output.contains("Stamped 0 translations"), "what has a sourceHash is left alone: \(again.output)")
    }

    @Test func aShallowCloneNamesWhatItCannotReach() throws {
        let (history, _) = try Self.story()
        let clones = try TemporaryFolder()
        try Command.run(["git", "clone", "-q", "--depth", "1", "file://" + history.folder.path, clones.url("clone").path])
        let result = try BroadsideProcess.run(arguments: ["stamp", "--from-git"], currentDirectory: clones.url("clone"))
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(result.output.contains("Stamped 0 translations") && result.output.contains("; 5 not stamped."), "\(result.output)")
        for file in ["a", "b", "c", "d", "e"] {
            #expect(result.errorOutput.contains("content/\(file).fr.md"), "\(file)")
        }
        #expect(result.errorOutput.components(separatedBy: "fetch-depth: 0").count == 6, "each with the hint: \(result.errorOutput)")
    }

    @Test func aCommitKeyOfItsOwnAndUsageErrors() throws {
        let history = try GitHistory()
        let first = try history.commit("Sources", [
            "site.yaml": "title: Keys\nbaseURL: https://keys.example.org/\ndefaultLanguage: en\nlanguages: [en, ar]\n",
            "content/a.en.md": Self.page("A", "Source A."),
        ])
        try history.commit("Arabic, later", [
            "content/a.ar.md": Self.page("أ", "نص.", extra: "translatedFrom: \(first.prefix(8))\n"),
            "content/a.en.md": Self.page("A", "Source A, edited as the Arabic was made."),
        ])
        let result = try BroadsideProcess.run(arguments: ["stamp", "--from-git", "--commit-key", "translatedFrom"],
                                              currentDirectory: history.folder.url)
        #expect(result.output.contains("Stamped 1 translation: 1 from their translatedFrom, 0 dated by their last change."), "\(result.output)")
        #expect(try Self.check(history.folder.url).outdated == ["a"], "made from the first version, though committed with the second")

        for arguments in [["stamp"], ["stamp", "--from-git", "content/a.ar.md"], ["stamp", "--dry-run", "content/a.ar.md"]] {
            #expect(try BroadsideProcess.run(arguments: arguments, currentDirectory: history.folder.url).status == 2, "\(arguments)")
        }
        let notARepository = try TemporaryFolder(files: ["site.yaml": "title: X\nbaseURL: https://x.example.org/\ndefaultLanguage: en\nlanguages: [en]\n"])
        let outside = try BroadsideProcess.run(arguments: ["stamp", "--from-git"], currentDirectory: notARepository.url)
        #expect(outside.status != 0 && outside.errorOutput.contains("not in a git repository"), "\(outside.errorOutput)")
    }
}
