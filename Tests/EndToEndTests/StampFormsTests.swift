import Foundation
import Testing

/// `broadside stamp` on a translation whose front matter is written in each YAML form: the
/// stamped file is the original with only the sourceHash value changed (or one line or entry
/// added), reads as up to date and builds; or stamp refuses with a clear error and the file is
/// byte-identical.
@Suite struct StampFormsTests {
    /// A form's name, the translation's text, and the text once stamped with `HASH` for the
    /// source's hash (`nil`: stamp refuses).
    static let forms: [(name: String, file: String, stamped: String?)] = [
        ("plain value", "---\ntitle: T\nsourceHash: 111111111111\ndate: 2026-01-01\n---\nBody\n",
         "---\ntitle: T\nsourceHash: HASH\ndate: 2026-01-01\n---\nBody\n"),
        ("no sourceHash", "---\ntitle: T\ndate: 2026-01-01\n---\nBody\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: HASH\n---\nBody\n"),
        ("flow mapping", "---\n{title: x, date: 2026-01-01}\n---\nBody\n",
         "---\n{title: x, date: 2026-01-01, sourceHash: HASH}\n---\nBody\n"),
        ("flow mapping with a trailing comma", "---\n{title: x,\n date: 2026-01-01,\n}\n---\nBody\n",
         "---\n{title: x,\n date: 2026-01-01,\nsourceHash: HASH}\n---\nBody\n"),
        ("flow mapping with sourceHash", "---\n{title: x, sourceHash: old, date: 2026-01-01}\n---\n",
         "---\n{title: x, sourceHash: HASH, date: 2026-01-01}\n---\n"),
        ("double-quoted key and value", "---\ntitle: T\n\"sourceHash\": \"old\" # keep\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\n\"sourceHash\": \"HASH\" # keep\ndate: 2026-01-01\n---\n"),
        ("single-quoted key and value", "---\ntitle: T\n'sourceHash': 'o''ld'\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\n'sourceHash': 'HASH'\ndate: 2026-01-01\n---\n"),
        ("complex key", "---\ntitle: T\n? sourceHash\n: old\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\n? sourceHash\n: HASH\ndate: 2026-01-01\n---\n"),
        ("anchor on the value", "---\ntitle: T\nsourceHash: &h old\nsummary: *h\ndate: 2026-01-01\n---\n", nil),
        ("alias as the value", "---\ntitle: &t T\nsourceHash: *t\ndate: 2026-01-01\n---\n", nil),
        ("anchors elsewhere", "---\ntitle: &t T\nsummary: *t\nsourceHash: old\ndate: 2026-01-01\n---\n",
         "---\ntitle: &t T\nsummary: *t\nsourceHash: HASH\ndate: 2026-01-01\n---\n"),
        ("literal block scalar", "---\ntitle: T\nsourceHash: |\n  old\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: HASH\ndate: 2026-01-01\n---\n"),
        ("folded block scalar, last", "---\ntitle: T\ndate: 2026-01-01\nsourceHash: >-\n  old\n---\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: HASH\n---\n"),
        ("trailing comment", "---\ntitle: T # the title\nsourceHash: old   # stamped\ndate: 2026-01-01\n---\n",
         "---\ntitle: T # the title\nsourceHash: HASH   # stamped\ndate: 2026-01-01\n---\n"),
        ("comment line at the end", "---\ntitle: T\ndate: 2026-01-01\n# end\n---\n",
         "---\ntitle: T\ndate: 2026-01-01\n# end\nsourceHash: HASH\n---\n"),
        ("CRLF", "---\r\ntitle: T\r\ndate: 2026-01-01\r\n---\r\nBody\r\n",
         "---\r\ntitle: T\r\ndate: 2026-01-01\r\nsourceHash: HASH\r\n---\r\nBody\r\n"),
        ("CRLF with sourceHash", "---\r\ntitle: T\r\nsourceHash: old\r\ndate: 2026-01-01\r\n---\r\n",
         "---\r\ntitle: T\r\nsourceHash: HASH\r\ndate: 2026-01-01\r\n---\r\n"),
        ("TOML", "+++\ntitle = \"T\"\ndate = 2026-01-01\n[params]\nx = 1\n+++\nBody\n",
         "+++\nsourceHash = \"HASH\"\ntitle = \"T\"\ndate = 2026-01-01\n[params]\nx = 1\n+++\nBody\n"),
        ("TOML with sourceHash", "+++\r\ntitle = \"T\"\r\nsourceHash = 'old'\r\n+++\r\nBody\r\n",
         "+++\r\ntitle = \"T\"\r\nsourceHash = \"HASH\"\r\n+++\r\nBody\r\n"),
        ("JSON", "{\n  \"title\": \"T\",\n  \"date\": \"2026-01-01\"\n}\nBody\n",
         "{\"sourceHash\": \"HASH\", \n  \"title\": \"T\",\n  \"date\": \"2026-01-01\"\n}\nBody\n"),
        ("JSON with sourceHash", "{\"title\": \"T\", \"sourceHash\": \"old\"}\nBody\n",
         "{\"title\": \"T\", \"sourceHash\": \"HASH\"}\nBody\n"),
        ("byte order mark", "\u{FEFF}---\ntitle: T\ndate: 2026-01-01\n---\n",
         "\u{FEFF}---\ntitle: T\ndate: 2026-01-01\nsourceHash: HASH\n---\n"),
        ("... closing fence", "---\ntitle: T\ndate: 2026-01-01\n...\nBody\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: HASH\n...\nBody\n"),
        ("no trailing newline", "---\ntitle: T\ndate: 2026-01-01\n---",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: HASH\n---"),
        ("nested sourceHash", "---\ntitle: T\nextra:\n  sourceHash: keep\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nextra:\n  sourceHash: keep\ndate: 2026-01-01\nsourceHash: HASH\n---\n"),
        ("nested sourceHash before the top-level one", "---\nextra: {sourceHash: keep}\nsourceHash: old\ntitle: T\ndate: 2026-01-01\n---\n",
         "---\nextra: {sourceHash: keep}\nsourceHash: HASH\ntitle: T\ndate: 2026-01-01\n---\n"),
        ("tabs", "---\ntitle:\tT\nsourceHash:\told\t# c\ndate: 2026-01-01\n---\n",
         "---\ntitle:\tT\nsourceHash:\tHASH\t# c\ndate: 2026-01-01\n---\n"),
        ("indented mapping", "---\n  title: T\n  date: 2026-01-01\n---\n",
         "---\n  title: T\n  date: 2026-01-01\n  sourceHash: HASH\n---\n"),
        ("tagged value", "---\ntitle: T\nsourceHash: !!str old\ndate: 2026-01-01\n---\n", nil),
        ("value on the next line", "---\ntitle: T\nsourceHash:\n  old\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash:\n  HASH\ndate: 2026-01-01\n---\n"),
        ("multi-line plain value", "---\ntitle: T\nsourceHash: old\n  more\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: HASH\ndate: 2026-01-01\n---\n"),
        ("already current", "---\ntitle: T\nsourceHash: HASH\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: HASH\ndate: 2026-01-01\n---\n"),
        // A line after a block scalar would add to its line breaks: the line goes first.
        ("block scalar last", "---\ntitle: T\ndate: 2026-01-01\nsummary: |\n  text\n---\n",
         "---\nsourceHash: HASH\ntitle: T\ndate: 2026-01-01\nsummary: |\n  text\n---\n"),
        ("keep-chomped block scalar last, indented", "---\n title: T\n date: 2026-01-01\n summary: |+\n  text\n\n---\n",
         "---\n sourceHash: HASH\n title: T\n date: 2026-01-01\n summary: |+\n  text\n\n---\n"),
        ("nested block scalar last", "---\ntitle: T\ndate: 2026-01-01\nextra:\n  note: >\n    text\n---\n",
         "---\nsourceHash: HASH\ntitle: T\ndate: 2026-01-01\nextra:\n  note: >\n    text\n---\n"),
        ("value with no `:`", "---\ntitle: T\n? sourceHash\ndate: 2026-01-01\n---\n", nil),
        ("literal block scalar with CRLF", "---\r\ntitle: T\r\nsourceHash: |-\r\n  old\r\n\r\ndate: 2026-01-01\r\n---\r\n",
         "---\r\ntitle: T\r\nsourceHash: HASH\r\n\r\ndate: 2026-01-01\r\n---\r\n"),
        ("empty value", "---\ntitle: T\nsourceHash:\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: HASH\ndate: 2026-01-01\n---\n"),
        ("empty value, last", "---\ntitle: T\ndate: 2026-01-01\nsourceHash:\n---\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: HASH\n---\n"),
    ]

    static let translation = "content/articles/a.fr.md"

    /// The source's hash, as stamp prints it for a plain translation.
    static let hash: String = {
        guard let site = try? YAMLSite.make(), let result = try? run(["stamp", translation], in: site),
              let printed = result.output.split(separator: " ").last else { return "" }
        return String(printed.trimmingCharacters(in: .whitespacesAndNewlines))
    }()

    @Test(arguments: forms.indices)
    func stampChangesOnlyTheHashOrRefuses(index: Int) throws {
        let (name, form, expected) = Self.forms[index]
        let file = form.replacingOccurrences(of: "HASH", with: Self.hash)
        #expect(Self.hash.count == 12)
        let site = try YAMLSite.make([Self.translation: file])
        let before = try Self.run(["build"], in: site)
        #expect(before.status == 0, "\(name): the form builds before stamping: \(before.errorOutput)")

        let stamp = try Self.run(["stamp", Self.translation], in: site)
        let after = String(decoding: try site.read(Self.translation), as: UTF8.self)
        guard let expected else {
            #expect(stamp.status == 1, "\(name)")
            #expect(stamp.errorOutput.contains("\(Self.translation):"), "\(name): \(stamp.errorOutput)")
            #expect(stamp.errorOutput.contains("the file was left as it is"), "\(name): \(stamp.errorOutput)")
            #expect(after == file, "\(name)")
            return
        }
        #expect(stamp.status == 0, "\(name): \(stamp.errorOutput)")
        #expect(after == expected.replacingOccurrences(of: "HASH", with: Self.hash), "\(name)")
        let check = try Self.run(["check", "--format", "json"], in: site)
        #expect(!check.output.contains("outdated-translation"), "\(name): the stamped hash is the source's")
        let rebuilt = try Self.run(["build"], in: site)
        #expect(rebuilt.status == 0, "\(name): the stamped file builds: \(rebuilt.errorOutput)")
    }

    @Test func oneRefusalWritesNoFile() throws {
        let refused = "---\ntitle: &t T\nsourceHash: *t\ndate: 2026-01-01\n---\n"
        let site = try YAMLSite.make(["content/articles/b.en.md": YAMLSite.source, "content/articles/b.fr.md": refused])
        let stamp = try Self.run(["stamp", Self.translation, "content/articles/b.fr.md"], in: site)
        #expect(stamp.status == 1)
        #expect(stamp.errorOutput.contains("content/articles/b.fr.md:3:13: error: sourceHash is an alias"))
        #expect(try site.read(Self.translation) == Data(YAMLSite.translation.utf8))
        #expect(try site.read("content/articles/b.fr.md") == Data(refused.utf8))
    }

    static func run(_ arguments: [String], in site: TemporaryFolder) throws -> BroadsideProcess.Result {
        try BroadsideProcess.run(arguments: arguments, currentDirectory: site.url)
    }
}
