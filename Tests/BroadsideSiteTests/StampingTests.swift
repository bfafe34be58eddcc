import Foundation
import Testing
@testable import BroadsideSite

/// `Stamper.stamping` over a table of YAML forms: each result is the file with only the
/// sourceHash value changed (or one entry added), or a refusal that leaves the file alone.
@Suite struct StampingTests {
    static let hash = "0123456789ab"

    /// A form's name, the file, and the file once stamped (`nil`: stamp refuses).
    static let forms: [(name: String, file: String, stamped: String?)] = [
        ("plain value", "---\ntitle: T\nsourceHash: 111111111111\ndate: 2026-01-01\n---\nBody\n",
         "---\ntitle: T\nsourceHash: 0123456789ab\ndate: 2026-01-01\n---\nBody\n"),
        ("no sourceHash", "---\ntitle: T\ndate: 2026-01-01\n---\nBody\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: 0123456789ab\n---\nBody\n"),
        ("flow mapping", "---\n{title: x, date: 2026-01-01}\n---\nBody\n",
         "---\n{title: x, date: 2026-01-01, sourceHash: 0123456789ab}\n---\nBody\n"),
        ("flow mapping with a trailing comma", "---\n{title: x,\n date: 2026-01-01,\n}\n---\nBody\n",
         "---\n{title: x,\n date: 2026-01-01,\nsourceHash: 0123456789ab}\n---\nBody\n"),
        ("flow mapping with sourceHash", "---\n{title: x, sourceHash: old, date: 2026-01-01}\n---\n",
         "---\n{title: x, sourceHash: 0123456789ab, date: 2026-01-01}\n---\n"),
        ("double-quoted key and value", "---\ntitle: T\n\"sourceHash\": \"old\" # keep\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\n\"sourceHash\": \"0123456789ab\" # keep\ndate: 2026-01-01\n---\n"),
        ("single-quoted key and value", "---\ntitle: T\n'sourceHash': 'o''ld'\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\n'sourceHash': '0123456789ab'\ndate: 2026-01-01\n---\n"),
        ("complex key", "---\ntitle: T\n? sourceHash\n: old\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\n? sourceHash\n: 0123456789ab\ndate: 2026-01-01\n---\n"),
        ("anchor on the value", "---\ntitle: T\nsourceHash: &h old\nsummary: *h\ndate: 2026-01-01\n---\n", nil),
        ("alias as the value", "---\ntitle: &t T\nsourceHash: *t\ndate: 2026-01-01\n---\n", nil),
        ("anchors elsewhere", "---\ntitle: &t T\nsummary: *t\nsourceHash: old\ndate: 2026-01-01\n---\n",
         "---\ntitle: &t T\nsummary: *t\nsourceHash: 0123456789ab\ndate: 2026-01-01\n---\n"),
        ("literal block scalar", "---\ntitle: T\nsourceHash: |\n  old\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: 0123456789ab\ndate: 2026-01-01\n---\n"),
        ("folded block scalar, last", "---\ntitle: T\ndate: 2026-01-01\nsourceHash: >-\n  old\n---\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: 0123456789ab\n---\n"),
        ("trailing comment", "---\ntitle: T # the title\nsourceHash: old   # stamped\ndate: 2026-01-01\n---\n",
         "---\ntitle: T # the title\nsourceHash: 0123456789ab   # stamped\ndate: 2026-01-01\n---\n"),
        ("comment line at the end", "---\ntitle: T\ndate: 2026-01-01\n# end\n---\n",
         "---\ntitle: T\ndate: 2026-01-01\n# end\nsourceHash: 0123456789ab\n---\n"),
        ("CRLF", "---\r\ntitle: T\r\ndate: 2026-01-01\r\n---\r\nBody\r\n",
         "---\r\ntitle: T\r\ndate: 2026-01-01\r\nsourceHash: 0123456789ab\r\n---\r\nBody\r\n"),
        ("CRLF with sourceHash", "---\r\ntitle: T\r\nsourceHash: old\r\ndate: 2026-01-01\r\n---\r\n",
         "---\r\ntitle: T\r\nsourceHash: 0123456789ab\r\ndate: 2026-01-01\r\n---\r\n"),
        ("byte order mark", "\u{FEFF}---\ntitle: T\ndate: 2026-01-01\n---\n",
         "\u{FEFF}---\ntitle: T\ndate: 2026-01-01\nsourceHash: 0123456789ab\n---\n"),
        ("... closing fence", "---\ntitle: T\ndate: 2026-01-01\n...\nBody\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: 0123456789ab\n...\nBody\n"),
        ("no trailing newline", "---\ntitle: T\ndate: 2026-01-01\n---",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: 0123456789ab\n---"),
        ("nested sourceHash", "---\ntitle: T\nextra:\n  sourceHash: keep\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nextra:\n  sourceHash: keep\ndate: 2026-01-01\nsourceHash: 0123456789ab\n---\n"),
        ("nested sourceHash before the top-level one", "---\nextra: {sourceHash: keep}\nsourceHash: old\ntitle: T\ndate: 2026-01-01\n---\n",
         "---\nextra: {sourceHash: keep}\nsourceHash: 0123456789ab\ntitle: T\ndate: 2026-01-01\n---\n"),
        ("tabs", "---\ntitle:\tT\nsourceHash:\told\t# c\ndate: 2026-01-01\n---\n",
         "---\ntitle:\tT\nsourceHash:\t0123456789ab\t# c\ndate: 2026-01-01\n---\n"),
        ("indented mapping", "---\n  title: T\n  date: 2026-01-01\n---\n",
         "---\n  title: T\n  date: 2026-01-01\n  sourceHash: 0123456789ab\n---\n"),
        ("sourceHash as a list", "---\ntitle: T\nsourceHash: [a, b]\ndate: 2026-01-01\n---\n", nil),
        ("tagged value", "---\ntitle: T\nsourceHash: !!str old\ndate: 2026-01-01\n---\n", nil),
        ("value on the next line", "---\ntitle: T\nsourceHash:\n  old\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash:\n  0123456789ab\ndate: 2026-01-01\n---\n"),
        ("multi-line plain value", "---\ntitle: T\nsourceHash: old\n  more\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: 0123456789ab\ndate: 2026-01-01\n---\n"),
        ("already current", "---\ntitle: T\nsourceHash: 0123456789ab\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: 0123456789ab\ndate: 2026-01-01\n---\n"),
        // A line after a block scalar would add to its line breaks: the line goes first.
        ("block scalar last", "---\ntitle: T\ndate: 2026-01-01\nsummary: |\n  text\n---\n",
         "---\nsourceHash: 0123456789ab\ntitle: T\ndate: 2026-01-01\nsummary: |\n  text\n---\n"),
        ("keep-chomped block scalar last, indented", "---\n title: T\n date: 2026-01-01\n summary: |+\n  text\n\n---\n",
         "---\n sourceHash: 0123456789ab\n title: T\n date: 2026-01-01\n summary: |+\n  text\n\n---\n"),
        ("nested block scalar last", "---\ntitle: T\ndate: 2026-01-01\nextra:\n  note: >\n    text\n---\n",
         "---\nsourceHash: 0123456789ab\ntitle: T\ndate: 2026-01-01\nextra:\n  note: >\n    text\n---\n"),
        ("value with no `:`", "---\ntitle: T\n? sourceHash\ndate: 2026-01-01\n---\n", nil),
        ("literal block scalar with CRLF", "---\r\ntitle: T\r\nsourceHash: |-\r\n  old\r\n\r\ndate: 2026-01-01\r\n---\r\n",
         "---\r\ntitle: T\r\nsourceHash: 0123456789ab\r\n\r\ndate: 2026-01-01\r\n---\r\n"),
        ("empty value", "---\ntitle: T\nsourceHash:\ndate: 2026-01-01\n---\n",
         "---\ntitle: T\nsourceHash: 0123456789ab\ndate: 2026-01-01\n---\n"),
        ("empty value, last", "---\ntitle: T\ndate: 2026-01-01\nsourceHash:\n---\n",
         "---\ntitle: T\ndate: 2026-01-01\nsourceHash: 0123456789ab\n---\n"),
        ("empty flow mapping", "---\n{}\n---\n", "---\n{sourceHash: 0123456789ab}\n---\n"),
    ]

    @Test(arguments: forms.indices)
    func stampsEveryFormOrRefuses(index: Int) throws {
        let (name, file, expected) = Self.forms[index]
        let bytes = Array(file.utf8)
        do {
            let result = try Stamper.stamping(bytes, hash: Self.hash, path: "a.fr.md")
            #expect(String(decoding: result, as: UTF8.self) == expected, "\(name)")
        } catch {
            #expect(expected == nil, "\(name): \(error)")
        }
    }
}
